package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {
    static final String EXAMPLE = "examples/checkout-database-misconfiguration.yaml";

    @Test
    void printsTheSummaryInTheChosenFormat() {
        CommandRun run = CommandRun.of("summary", EXAMPLE, "--format", "jira");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(run.out().startsWith("h3. INC\\-2024\\-0522\\-01: Checkout down"), run.out());
        assertTrue(run.out().contains("* Patch the database server with the latest updates. · DBA team"), run.out());
    }

    @Test
    void plainTextIsTheDefaultAndTheFormatIsReadInAnyCase() {
        assertTrue(CommandRun.of("summary", EXAMPLE).out().startsWith("INC-2024-0522-01: Checkout down"));
        assertEquals(ExitCode.OK, CommandRun.of("summary", EXAMPLE, "--format", "Slack").exitCode());
    }

    @Test
    void externalAudienceLeavesOutOwnersAndInternalTasks() {
        String internal = CommandRun.of("summary", EXAMPLE, "--format", "markdown").out();
        String external = CommandRun.of("summary", EXAMPLE, "--format", "markdown", "--audience", "external").out();
        assertTrue(internal.contains("DBA team"), internal);
        assertFalse(external.contains("DBA team"), external);
    }

    @Test
    void aFileThatAsksForExternalIsRedactedWithoutTheOption(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("incident.yaml");
        Files.writeString(input, TestIncidents.CORE + "audience: external\ntasks: [{task: Fix, owner: Alice}]\n");
        String text = CommandRun.of("summary", input.toString()).out();
        assertTrue(text.contains("- Fix\n"), text);
        assertFalse(text.contains("Alice"), text);
    }

    @Test
    void warningsGoToStandardErrorAndTheSummaryStaysClean(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("incident.yaml");
        Files.writeString(input, TestIncidents.CORE.replace("title: Checkout down", "title: \"Bell\\x07 here\""));
        CommandRun run = CommandRun.of("summary", input.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(run.out().startsWith("INC-TEST-1: Bell here\n"), run.out());
        assertEquals(input + ":2:8: warning: removed characters that cannot be shown: U+0007 [control-characters]\n",
                run.stderr());
        assertEquals("", CommandRun.of("summary", input.toString(), "--quiet").stderr());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of("summary", EXAMPLE, "--format", "html");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("expected markdown, jira, slack or text, got 'html'"), run.stderr());
    }

    @Test
    void invalidInputNamesTheLineAndExitsTwo(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("bad.yaml");
        Files.writeString(input, TestIncidents.CORE + "serverity: SEV1\n");
        CommandRun run = CommandRun.of("summary", input.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(input + ":8:1: error: unknown key `serverity` (did you mean `severity`?) [unknown-key]\n",
                run.stderr());
        assertEquals("", run.out());
    }

    @Test
    void aMissingFileExitsTwo() {
        CommandRun run = CommandRun.of("summary", "no/such/file.yaml");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("no/such/file.yaml:1:1: error: cannot read the file: no such file [unreadable]\n",
                run.stderr());
        assertEquals("", run.out());
    }
}
