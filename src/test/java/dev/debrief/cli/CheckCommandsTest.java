package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.debrief.TestIncidents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate and lint as a user runs them: files and standard input, exit codes, options, formats. */
class CheckCommandsTest {
    @TempDir
    Path dir;

    static final String COMPLETE = TestIncidents.CORE + """
            timeline:
              - {time: "14:00", type: detection, event: Alert fires}
              - {time: "16:00", type: resolution, event: Full service confirmed}
            """;

    Path write(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void standardInputIsReadForADash() {
        CommandRun run = CommandRun.withInput(TestIncidents.CORE + "serverity: SEV1\n", "validate", "-");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(List.of("<stdin>:8:1: error: unknown key `serverity` (did you mean `severity`?) [unknown-key]",
                "debrief: checked 1 file: 1 error"), lines(run.stderr()));
    }

    @Test
    void everyFileIsCheckedAndEveryErrorReportedInTheOrderGiven() throws Exception {
        Path good = write("good.yaml", TestIncidents.CORE);
        Path bad = write("bad.yaml", TestIncidents.CORE.replace("title: Checkout down\n", "") + "serverity: SEV1\n");
        CommandRun run = CommandRun.of("validate", bad.toString(), good.toString(), dir.resolve("none.yaml").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(List.of(
                bad + ":1:1: error: missing required field `title`: expected a one-line title [missing-field]",
                bad + ":7:1: error: unknown key `serverity` (did you mean `severity`?) [unknown-key]",
                dir.resolve("none.yaml") + ":1:1: error: cannot read the file: no such file [unreadable]",
                "debrief: checked 3 files: 3 errors"), lines(run.stderr()));
    }

    @Test
    void aValidFileWithWarningsExitsZero() throws Exception {
        Path file = write("a.yaml", TestIncidents.CORE + "tasks: [{task: t, due: 2024-06-01}]\n");
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(List.of(file + ":8:24: warning: `tasks[1]` is open and was due 2024-06-01, 30 days ago (mark it"
                + " `done: true`, or set a new `due` date) [overdue-task]", "debrief: checked 1 file: 1 warning"),
                lines(run.stderr()));
    }

    @Test
    void validateDoesNotLint() throws Exception {
        CommandRun run = CommandRun.of("validate", write("a.yaml", TestIncidents.CORE).toString());
        assertEquals(ExitCode.OK, run.exitCode());
        assertEquals(List.of("debrief: checked 1 file: no problems"), lines(run.stderr()));
    }

    @Test
    void lintExitsZeroOnWarningsUnlessStrict() throws Exception {
        Path file = write("a.yaml", COMPLETE);
        CommandRun lenient = CommandRun.of("lint", file.toString());
        assertEquals(ExitCode.OK, lenient.exitCode());
        assertTrue(lenient.stderr().contains("[narrative-length]"), lenient.stderr());
        assertEquals(ExitCode.INVALID_INPUT, CommandRun.of("lint", "--strict", file.toString()).exitCode());
        CommandRun clean = CommandRun.of("lint", "--strict", "--disable", "narrative-length", file.toString());
        assertEquals(ExitCode.OK, clean.exitCode(), clean.stderr());
        assertEquals(List.of("debrief: checked 1 file: no problems"), lines(clean.stderr()));
    }

    @Test
    void disablingAnUnknownRuleIsAUsageErrorThatNamesTheClosest() throws Exception {
        CommandRun run = CommandRun.of("lint", "--disable", "narative-length", write("a.yaml", COMPLETE).toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(List.of("debrief: --disable: unknown rule `narative-length` (did you mean `narrative-length`?)"),
                lines(run.stderr()));
    }

    @Test
    void quietPrintsOnlyErrors() throws Exception {
        Path file = write("a.yaml", TestIncidents.CORE.replace("title: Checkout down", "title: \"TODO: a title\"")
                + "tasks: [{task: t, due: 2024-06-01}]\n");
        CommandRun run = CommandRun.of("lint", "--quiet", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(List.of(file + ":2:9: error: `title` is still a placeholder: `TODO: a title` (replace it with"
                + " what it asks for) [placeholder]"), lines(run.stderr()));
    }

    @Test
    void renderRefusesInvalidInputWithTheMessagesOfValidate() throws Exception {
        Path file = write("a.yaml", TestIncidents.CORE.replace("title: Checkout down", "title: \"TODO: a title\"")
                + "tasks: [{task: t, due: 2024-06-01}]\n" + "timeline:\n  - {time: '15:00', event: a}\n"
                + "  - {time: '14:00', event: b}\n");
        CommandRun validate = CommandRun.of("validate", file.toString());
        CommandRun render = CommandRun.of("render", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, render.exitCode());
        List<String> findings = lines(validate.stderr()).stream().filter(l -> !l.startsWith("debrief:")).toList();
        assertEquals(3, findings.size(), validate.stderr());
        assertEquals(findings, lines(render.stderr()));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing written");
        }
    }

    @Test
    void renderPrintsValidationWarningsAndWritesThePdf() throws Exception {
        Path file = write("a.yaml", TestIncidents.CORE + "tasks: [{task: t, due: 2024-06-01}]\n");
        CommandRun run = CommandRun.of("render", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(List.of(file + ":8:24: warning: `tasks[1]` is open and was due 2024-06-01, 30 days ago (mark it"
                + " `done: true`, or set a new `due` date) [overdue-task]",
                "debrief: wrote " + dir.resolve("INC-TEST-1.pdf")), lines(run.stderr()));
    }

    @Test
    void jsonIsOneDocumentOnStandardOutput() throws Exception {
        Path bad = write("bad.yaml", TestIncidents.CORE + "serverity: SEV1\n");
        Path warned = write("warned.yaml", TestIncidents.CORE + "tasks: [{task: t, due: 2024-06-01}]\n");
        CommandRun run = CommandRun.of("validate", "--format", "json", bad.toString(), warned.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("version").asInt());
        assertEquals(2, json.get("diagnostics").size());
        JsonNode first = json.get("diagnostics").get(0);
        assertEquals(bad.toString(), first.get("file").asText());
        assertEquals(8, first.get("line").asInt());
        assertEquals(1, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        assertEquals("unknown-key", first.get("rule").asText());
        assertEquals("serverity", first.get("path").asText());
        assertEquals("unknown key `serverity`", first.get("message").asText());
        assertEquals("did you mean `severity`?", first.get("hint").asText());
        assertTrue(json.get("diagnostics").get(1).get("hint").isTextual());
        assertEquals(1, json.get("counts").get("error").asInt());
        assertEquals(1, json.get("counts").get("warning").asInt());
        assertEquals(List.of("debrief: checked 2 files: 1 error, 1 warning"), lines(run.stderr()));
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        CommandRun run = CommandRun.of("validate", "--format", "xml", write("a.yaml", COMPLETE).toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().startsWith("debrief: Invalid value for option '--format': expected text, json or"
                + " github, got 'xml'"), run.stderr());
    }

    @Test
    void standardInputCanBeGivenOnce() {
        CommandRun run = CommandRun.withInput(TestIncidents.CORE, "validate", "-", "-");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(List.of("debrief: '-' (standard input) can be given only once"), lines(run.stderr()));
    }

    @Test
    void aBrokenSettingsFileIsReportedOnceForManyFiles() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".debrief.yaml"), "rules: {blam: off}\n");
        Path a = write("a.yaml", TestIncidents.CORE);
        Path b = write("b.yaml", TestIncidents.CORE.replace("INC-TEST-1", "INC-TEST-2"));
        CommandRun run = CommandRun.of("validate", a.toString(), b.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(List.of(dir.resolve(".debrief.yaml") + ":1:9: error: unknown rule `blam` (did you mean `blame`?)"
                + " [config]", "debrief: checked 2 files: 1 error"), lines(run.stderr()));
        assertFalse(run.stderr().contains("a.yaml"));
    }
}
