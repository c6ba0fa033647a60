package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person reads: one form for every finding, nothing that can drive a terminal, nothing too long. */
class MessagesTest {
    @Test
    void aComplexKeyIsNamedInPlainWords(@TempDir Path dir) throws Exception {
        Path input = write(dir, "id: INC-1\n? [a, b]\n: x\n");
        CommandRun run = CommandRun.of("render", input.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(input + ":2:4: error: a key must be plain text, not a list or a mapping [complex-key]\n",
                run.stderr());
    }

    @Test
    void controlCharactersInAQuotedValueAreShownAsEscapes(@TempDir Path dir) throws Exception {
        Path input = write(dir, TestIncidents.CORE + "severity: \"\\e]0;TITLE\\a\"\n");
        CommandRun run = CommandRun.of("render", input.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("`severity` is `\\e]0;TITLE\\u0007`"), run.stderr());
        assertFalse(run.stderr().chars().anyMatch(c -> c < 0x20 && c != '\n'), "a control character reached stderr");
    }

    @Test
    void aLongValueIsCutInTheMessage(@TempDir Path dir) throws Exception {
        Path input = write(dir, TestIncidents.CORE + "severity: " + "9".repeat(5_000) + "\n");
        CommandRun run = CommandRun.of("render", input.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("`" + "9".repeat(60) + "…`"), run.stderr());
        assertTrue(run.stderr().length() < 300, run.stderr().length() + " characters");
    }

    @Test
    void noArgumentsShowsTheUsageAndExitsTwo() {
        CommandRun run = CommandRun.of();
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().startsWith("Usage: debrief"), run.stderr());
        assertEquals("", run.out());
    }

    @Test
    void aUsageErrorIsOneLineAndPointsToHelp() {
        CommandRun run = CommandRun.of("render", "--page-size", "A3", RenderCommandTest.EXAMPLE);
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        List<String> lines = run.stderr().lines().toList();
        assertEquals(2, lines.size(), run.stderr());
        assertTrue(lines.get(0).startsWith("debrief: "), lines.get(0));
        assertEquals("Run 'debrief render --help' for usage.", lines.get(1));
    }

    @Test
    void warningsPrintInTheFormOfErrors(@TempDir Path dir) throws Exception {
        Path input = write(dir, TestIncidents.CORE + "images:\n  - {url: 'https://example.com/x.png'}\n");
        CommandRun run = CommandRun.of("render", input.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(input + ":9:11: warning: remote image `https://example.com/x.png` is not fetched; a placeholder"
                + " is shown [remote-image]", run.stderr().lines().findFirst().orElseThrow());
    }

    private static Path write(Path dir, String yaml) throws Exception {
        Path input = dir.resolve("incident.yaml");
        Files.writeString(input, yaml);
        return input;
    }
}
