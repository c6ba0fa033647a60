package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.load.IncidentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debrief new}: a skeleton that fails validation naming each placeholder, and passes once they are filled. */
class NewCommandTest {
    @TempDir
    Path dir;

    private static final Pattern PLACEHOLDER = Pattern.compile("TODO: [^\"\\n]*");

    String skeleton(String... options) {
        List<String> args = new ArrayList<>(List.of("new"));
        args.addAll(List.of(options));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        return run.out();
    }

    @Test
    void theFirstLinePointsEditorsAtTheSchemaOfTheInstallation() throws Exception {
        String first = skeleton().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("# yaml-language-server: $schema=/"), first);
        Path schema = Path.of(first.substring(first.indexOf('=') + 1));
        assertEquals(Files.readString(Path.of("schema/incident-v1.schema.json")), Files.readString(schema));
    }

    @Test
    void datesAndZoneAreTodaysOnThisMachine() {
        String text = skeleton();
        // The test clock: 2024-07-01 09:30 UTC, in Europe/Berlin.
        assertTrue(text.contains("\ndate: 2024-07-01 "), text);
        assertTrue(text.contains("\ntimezone: \"Europe/Berlin\"\n"), text);
        assertTrue(text.contains("  start: \"2024-07-01 11:30\""), text);
        assertTrue(text.contains("    due: 2024-07-15 "), text);
    }

    @Test
    void untilItsPlaceholdersAreFilledValidationNamesEachAtItsLine() throws Exception {
        Path file = dir.resolve("incident.yaml");
        Files.writeString(file, skeleton());
        List<Integer> placeholderLines = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().startsWith("#") && lines.get(i).contains("TODO: ")) {
                placeholderLines.add(i + 1);
            }
        }
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        List<String> errors = run.stderr().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(placeholderLines.size(), errors.size(), run.stderr());
        for (int i = 0; i < errors.size(); i++) {
            String error = errors.get(i);
            assertTrue(error.startsWith(file + ":" + placeholderLines.get(i) + ":"), error);
            assertTrue(error.contains("is still a placeholder: `TODO: ") && error.endsWith("[placeholder]"), error);
        }
    }

    @Test
    void onceFilledItIsValid() throws Exception {
        Path file = dir.resolve("incident.yaml");
        Files.writeString(file, PLACEHOLDER.matcher(skeleton()).replaceAll("Filled in"));
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals("debrief: checked 1 file: no problems\n", run.stderr());
        CommandRun lint = CommandRun.of("lint", file.toString());
        assertEquals(List.of("narrative-length"), lint.stderr().lines().filter(l -> l.endsWith("]"))
                .map(l -> l.substring(l.lastIndexOf('[') + 1, l.length() - 1)).toList(), lint.stderr());
    }

    @Test
    void idAndTitleAreWrittenSoThatAnyTextReadsBackAsGiven() throws Exception {
        String id = "INC-\"7\" \\ #1";
        String title = "Checkout: down, \"again\" # not a comment\n\ttabbed";
        Path file = dir.resolve("incident.yaml");
        Files.writeString(file, skeleton("--id", id, "--title", title));
        var incident = IncidentLoader.load(file).incident();
        assertEquals(id, incident.id());
        assertEquals("Checkout: down, \"again\" # not a comment tabbed", incident.title(), "one line, as titles are");
        String text = Files.readString(file);
        assertTrue(!text.contains("TODO: an id") && !text.contains("TODO: the incident in one line"), text);
    }

    @Test
    void outputGoesToTheFileAndNeverOverAnExistingOne() throws Exception {
        Path file = dir.resolve("incidents/new.yaml");
        CommandRun first = CommandRun.of("new", "--id", "INC-1", "-o", file.toString());
        assertEquals(ExitCode.OK, first.exitCode(), first.stderr());
        assertEquals("debrief: wrote " + file + "; fill in its TODO values, then run debrief validate " + file + "\n",
                first.stderr());
        Files.writeString(file, "mine");
        CommandRun second = CommandRun.of("new", "-o", file.toString());
        assertEquals(ExitCode.INVALID_INPUT, second.exitCode());
        assertEquals("debrief: " + file + " already exists; it was not changed. Choose another -o FILE\n",
                second.stderr());
        assertEquals("mine", Files.readString(file));
    }
}
