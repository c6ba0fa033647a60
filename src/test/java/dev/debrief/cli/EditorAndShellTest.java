package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What editors and shells get from the tool: the schema, completion scripts, and help with an example. */
class EditorAndShellTest {
    @Test
    void schemaPrintsTheSchemaShippedInTheJar() throws Exception {
        CommandRun run = CommandRun.of("schema");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertArrayEquals(Files.readAllBytes(Path.of("schema/incident-v1.schema.json")), run.stdout());
    }

    @Test
    void bashCompletionKnowsEveryCommandAndTheValuesOfOptions() {
        CommandRun run = CommandRun.of("completion", "bash");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        String script = run.out();
        assertTrue(script.contains("complete -F _complete_debrief"), "registers the function");
        for (String command : List.of("render", "validate", "lint", "new", "schema", "completion", "bench")) {
            assertTrue(script.contains(command), command);
        }
        assertTrue(script.contains("(\"text\" \"json\" \"github\")"), "--format values");
        assertTrue(script.contains("\"placeholder\" \"timeline-order\""), "--disable values");
    }

    @Test
    void theBashScriptIsValidBash() throws Exception {
        Path script = Files.createTempFile("debrief", ".bash");
        try {
            Files.write(script, CommandRun.of("completion", "bash").stdout());
            Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes());
            assertEquals(0, bash.waitFor(), output);
        } finally {
            Files.delete(script);
        }
    }

    @Test
    void zshUsesTheBashScriptThroughBashcompinit() {
        String zsh = CommandRun.of("completion", "zsh").out();
        assertEquals(CommandRun.of("completion", "bash").out(), zsh);
        assertTrue(zsh.contains("bashcompinit"), zsh);
    }

    @Test
    void fishCompletionHasEachCommandItsOptionsAndTheirValues() {
        CommandRun run = CommandRun.of("completion", "fish");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("complete -c debrief -n __fish_use_subcommand -a lint -d 'Validate incident files,"
                + " then check that each postmortem is complete and blameless: timeline milestones, task owners and due"
                + " dates, summary and narrative length, blame-laden wording.'"), run.out());
        assertTrue(lines.contains("complete -c debrief -n '__fish_seen_subcommand_from lint' -l format -x -a"
                + " 'text json github' -d 'text (default), json for bots, or github for GitHub Actions annotations.'"),
                run.out());
        assertTrue(lines.contains("complete -c debrief -n '__fish_seen_subcommand_from lint' -F"), "files");
        assertTrue(lines.contains("complete -c debrief -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'"),
                run.out());
        assertTrue(lines.contains("complete -c debrief -n '__fish_seen_subcommand_from render' -s o -l output -r -F -d"
                + " 'Write to this file (one input only); \\'-\\' writes the PDF to standard output.'"), run.out());
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CommandRun run = CommandRun.of("completion", "powershell");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("debrief: no completion for powershell; expected bash, zsh or fish\n", run.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "validate", "lint", "new", "schema", "completion", "bench"})
    void helpShowsAWorkedExample(String command) {
        CommandRun run = CommandRun.of(command, "--help");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        String help = run.out();
        int example = help.indexOf("\nExample");
        assertTrue(example > 0, help);
        assertTrue(help.substring(example).contains("debrief " + command), help);
    }

    @Test
    void lintHelpListsEveryRuleWithItsSeverity() {
        String help = CommandRun.of("lint", "--help").out();
        dev.debrief.check.Rules.ALL.forEach(rule -> assertTrue(
                help.matches("(?s).*\\n  " + rule.id() + " +" + rule.severity().word() + " .*"), rule.id()));
    }
}
