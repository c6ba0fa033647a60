package dev.debrief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.debrief.TestIncidents;
import dev.debrief.diag.Diagnostic;
import dev.debrief.load.IncidentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .debrief.yaml above an incident file switches rules off, changes their severity, sets the word range. */
class SettingsTest {
    @TempDir
    Path dir;

    static final String LINTED = TestIncidents.CORE + "tasks: [Patch the server]\n";

    /** Every finding about an incident written at {@code relative}, as printed. */
    List<String> lint(String relative, String yaml) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        IncidentLoader.Loaded loaded = IncidentLoader.load(file);
        return Checks.builder().lint().clock(RulesTest.JULY_FIRST).build().check(List.of(loaded)).get(0)
                .diagnostics().stream().map(Diagnostic::toString).map(s -> s.replace(dir + "/", "")).toList();
    }

    void settings(String relative, String yaml) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
    }

    @Test
    void withoutSettingsEveryRuleHasItsOwnSeverity() throws Exception {
        assertEquals(List.of(
                "incidents/a.yaml:3:1: warning: the narrative has 9 words (summary 2, impact 2, root_cause 3,"
                        + " resolution 2); aim for 400 to 600 (say more where a reader needs it: how it was detected,"
                        + " what triggered it, why it happened) [narrative-length]",
                "incidents/a.yaml:8:9: warning: `tasks[1]` is open and has no `owner` (name the person or team who"
                        + " will do it) [task-owner]",
                "incidents/a.yaml:8:9: warning: `tasks[1]` is open and has no `due` date (add `due: YYYY-MM-DD`)"
                        + " [task-due]"), lint("incidents/a.yaml", LINTED).stream().filter(l -> !l.contains("timeline-")).toList());
    }

    @Test
    void theNearestSettingsFileSwitchesRulesOffAndChangesSeverities() throws Exception {
        settings(".debrief.yaml", "rules: {task-owner: off}\n");
        settings("incidents/.debrief.yaml", """
                rules:
                  task-due: error
                  narrative-length: off
                  timeline-detection: off
                  timeline-resolution: info
                """);
        assertEquals(List.of(
                "incidents/a.yaml:1:1: info: the timeline has no `resolution` entry; time to resolve falls back to"
                        + " `window.end` (mark the entry where service was fully restored with `type: resolution`)"
                        + " [timeline-resolution]",
                "incidents/a.yaml:8:9: warning: `tasks[1]` is open and has no `owner` (name the person or team who"
                        + " will do it) [task-owner]",
                "incidents/a.yaml:8:9: error: `tasks[1]` is open and has no `due` date (add `due: YYYY-MM-DD`)"
                        + " [task-due]"), lint("incidents/a.yaml", LINTED));
    }

    @Test
    void theWordRangeIsSetInTheSettingsFile() throws Exception {
        settings(".debrief.yaml", "narrative: {min_words: 5, max_words: 8}\n");
        assertEquals(List.of("a.yaml:3:1: warning: the narrative has 9 words (summary 2, impact 2, root_cause 3,"
                + " resolution 2); aim for 5 to 8 (cut what a reader does not need; link to logs and long analyses"
                + " instead) [narrative-length]"), lint("a.yaml", LINTED).stream()
                        .filter(l -> l.contains("narrative")).toList());
    }

    @Test
    void theSearchStopsAtTheRootOfTheGitRepository() throws Exception {
        settings(".debrief.yaml", "rules: {task-owner: off, task-due: off}\n");
        Files.createDirectories(dir.resolve("repo/.git"));
        assertEquals(2, lint("repo/incidents/a.yaml", LINTED).stream().filter(l -> l.contains("[task-")).count());
        settings("repo/.debrief.yaml", "rules: {task-owner: off, task-due: off}\n");
        assertEquals(0, lint("repo/incidents/b.yaml", LINTED).stream().filter(l -> l.contains("[task-")).count());
    }

    @Test
    void everyMistakeInTheSettingsFileIsAnErrorAtItsLine() throws Exception {
        settings(".debrief.yaml", """
                rules:
                  task-ownr: off
                  task-due: loud
                  blame: [warning]
                narative: {}
                narrative:
                  min_words: 700
                  max_words: many
                  words: 3
                """);
        List<String> config = lint("a.yaml", LINTED).stream().filter(l -> l.endsWith("[config]")).toList();
        assertEquals(List.of(
                ".debrief.yaml:2:3: error: unknown rule `task-ownr` (did you mean `task-owner`?) [config]",
                ".debrief.yaml:3:13: error: `rules.task-due` is `loud`: expected off, info, warning or error [config]",
                ".debrief.yaml:4:10: error: `rules.blame` is a list: expected off, info, warning or error [config]",
                ".debrief.yaml:5:1: error: unknown key `narative` in the settings file (did you mean `narrative`?)"
                        + " [config]",
                ".debrief.yaml:8:14: error: `narrative.max_words` is `many`: expected a whole number of words [config]",
                ".debrief.yaml:9:3: error: unknown key `words` in narrative [config]",
                ".debrief.yaml:6:1: error: `narrative.min_words` (700) is more than `narrative.max_words` (600) [config]"),
                config);
    }

    @Test
    void aMinimumAboveTheMaximumIsAnError() throws Exception {
        settings(".debrief.yaml", "narrative:\n  min_words: 700\n");
        assertEquals(List.of(".debrief.yaml:1:1: error: `narrative.min_words` (700) is more than"
                + " `narrative.max_words` (600) [config]"), lint("a.yaml", LINTED).stream()
                        .filter(l -> l.endsWith("[config]")).toList());
    }

    @Test
    void aSettingsFileThatIsNotYamlIsAnErrorAtItsPlace() throws Exception {
        settings(".debrief.yaml", "rules: {blame: off\n");
        List<String> config = lint("a.yaml", LINTED).stream().filter(l -> l.endsWith("[config]")).toList();
        assertEquals(1, config.size(), config.toString());
        assertEquals(".debrief.yaml:2:1: error: this is not valid YAML: while parsing a flow mapping: expected ',' or"
                + " '}', but got <stream end> [config]", config.get(0));
    }

    @Test
    void anEmptySettingsFileChangesNothing() throws Exception {
        settings(".debrief.yaml", "# nothing yet\n");
        assertEquals(3, lint("a.yaml", LINTED).stream().filter(l -> !l.contains("timeline-")).count());
    }

    @Test
    void unquotedOffIsReadAsOff() throws Exception {
        settings(".debrief.yaml", "rules:\n  task-owner: off\n  task-due: false\n");
        assertEquals(0, lint("a.yaml", LINTED).stream().filter(l -> l.contains("[task-")).count());
    }
}
