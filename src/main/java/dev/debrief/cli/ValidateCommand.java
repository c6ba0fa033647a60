package dev.debrief.cli;

import dev.debrief.check.Checks;
import dev.debrief.check.RuleSet;
import dev.debrief.check.Rules;
import dev.debrief.diag.Diagnostic;
import java.util.List;
import java.util.ListResourceBundle;
import picocli.CommandLine.Command;

/** {@code debrief validate}: every error in the files given, at once; exit 0 when they are valid, 2 otherwise. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = "dev.debrief.cli.ValidateCommand$Help",
        description = "Check incident files as render does, reporting every error at once with its line and "
                + "column. Exits 0 when every file is valid (warnings or not), 2 otherwise.",
        footerHeading = "%nExample:%n")
final class ValidateCommand extends CheckingCommand {
    @Override
    Checks.Builder rules() {
        return Checks.builder();
    }

    @Override
    int exitWithoutErrors(List<Diagnostic> diagnostics) {
        return ExitCode.OK;
    }

    /** The help's footer: an example, then the rules, listed from the catalogue so it never goes stale. */
    public static final class Help extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"usage.footer", """
                      $ debrief validate incident.yaml
                      incident.yaml:8:1: error: unknown key `rootcause` (did you mean `root_cause`?) [unknown-key]
                      debrief: checked 1 file: 1 error

                      In CI: debrief validate --format github incidents/*.yaml
                    %nValidation rules (id, default severity; see docs/authoring.md):%n""".replace("\n", "%n")
                    + ruleList(Rules.of(RuleSet.VALIDATION))}};
        }
    }
}
