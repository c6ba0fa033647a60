package dev.debrief.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code debrief completion}: a shell completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Print a completion script for bash, zsh or fish: commands, options and their values.",
        footerHeading = "%nExample:%n",
        footer = {"  source <(debrief completion bash)     # add to ~/.bashrc",
                  "  source <(debrief completion zsh)      # add to ~/.zshrc",
                  "  debrief completion fish > ~/.config/fish/completions/debrief.fish"})
final class CompletionCommand extends DebriefCommand {
    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash, zsh or fish.")
    String shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    int run() {
        CommandLine root = spec.root().commandLine();
        String script = switch (shell.toLowerCase(Locale.ROOT)) {
            // picocli's script runs in zsh too, through bashcompinit, which it loads itself.
            case "bash", "zsh" -> AutoComplete.bash(root.getCommandName(), root);
            case "fish" -> FishCompletion.script(root.getCommandSpec());
            default -> throw new Failures.UsageException("no completion for " + shell + "; expected bash, zsh or fish");
        };
        console.out().print(script);
        console.out().flush();
        return ExitCode.OK;
    }

    /** The shells, also offered as completions. */
    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("bash", "zsh", "fish").iterator();
        }
    }
}
