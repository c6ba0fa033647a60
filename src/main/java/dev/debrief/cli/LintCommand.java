package dev.debrief.cli;

import dev.debrief.check.Checks;
import dev.debrief.check.Rules;
import dev.debrief.diag.Diagnostic;
import java.util.List;
import java.util.ListResourceBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code debrief lint}: validation, then whether the postmortem is complete and well written. Exits 0 unless
 * a file is invalid, or {@code --strict} is given and there is a warning.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = "dev.debrief.cli.LintCommand$Help",
        description = "Validate incident files, then check that each postmortem is complete and blameless: "
                + "timeline milestones, task owners and due dates, summary and narrative length, blame-laden "
                + "wording. Exits 0 unless a file is invalid (2), or --strict is given and there is a warning (2).",
        footerHeading = "%nExample:%n")
final class LintCommand extends CheckingCommand {
    @Option(names = "--strict", description = "Exit 2 when there is any warning, not only an error.")
    boolean strict;

    @Override
    Checks.Builder rules() {
        return Checks.builder().lint();
    }

    @Override
    int exitWithoutErrors(List<Diagnostic> diagnostics) {
        boolean warned = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
        return strict && warned ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }

    /** The help's footer: an example, then every rule, listed from the catalogue so it never goes stale. */
    public static final class Help extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"usage.footer", """
                      $ debrief lint incident.yaml --disable narrative-length
                      incident.yaml:31:5: warning: `tasks[2]` is open and has no `owner` (name the person or team who will do it) [task-owner]
                      debrief: checked 1 file: 1 warning

                    Switch a rule off for a line with a comment `# debrief-disable RULE`, for a folder in .debrief.yaml.
                    %nRules (id, default severity; see docs/authoring.md):%n""".replace("\n", "%n")
                    + ruleList(Rules.ALL)}};
        }
    }
}
