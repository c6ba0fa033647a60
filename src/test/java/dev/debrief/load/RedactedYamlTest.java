package dev.debrief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.model.Audience;
import dev.debrief.model.Incident;
import dev.debrief.report.Redaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedactedYamlTest {
    static final Path INTERNAL_EVERYWHERE = Path.of("src/test/resources/testdata/internal-everywhere.yaml");

    static Stream<Path> incidentFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return Stream.concat(files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream(),
                    Stream.of(INTERNAL_EVERYWHERE, Path.of("src/test/resources/testdata/scripts.yaml")));
        }
    }

    /** The incident an external report shows: the file loaded, then redacted as {@link Redaction} does. */
    static Incident redacted(Path file, String text) throws Exception {
        IncidentLoader.Loaded loaded = IncidentLoader.parse(file, text);
        return Redaction.apply(loaded.incident(), loaded.sources(), Audience.EXTERNAL).incident();
    }

    /** Loading the redacted text, and loading the original then redacting it, give the same incident. */
    @ParameterizedTest
    @MethodSource("incidentFiles")
    void loadingTheRedactedTextGivesTheRedactedIncident(Path file) throws Exception {
        String text = Files.readString(file);
        Incident actual = IncidentLoader.parse(file, RedactedYaml.of(file, text)).incident();
        assertEquals(redacted(file, text), actual);
    }

    @ParameterizedTest
    @MethodSource("incidentFiles")
    void redactingRedactedTextChangesNothing(Path file) throws Exception {
        String once = RedactedYaml.of(file, Files.readString(file));
        assertEquals(once, RedactedYaml.of(file, once));
    }

    @Test
    void internalItemsAuthorsOwnersAndCommentsAreGone() throws Exception {
        String redacted = RedactedYaml.of(INTERNAL_EVERYWHERE, Files.readString(INTERNAL_EVERYWHERE));
        assertTrue(Files.readString(INTERNAL_EVERYWHERE).contains("Hush"), "the test file has internal text");
        assertFalse(redacted.contains("Hush"), redacted);
        assertFalse(redacted.contains("#"), "a comment is left: " + redacted);
        assertFalse(redacted.contains("authors:") || redacted.contains("owner:"), redacted);
        assertTrue(redacted.contains("Check the document count before swapping an alias."), redacted);
    }

    @Test
    void audienceIsSetToExternalWhereItWasWritten() throws Exception {
        String redacted = RedactedYaml.of(IncidentLoaderTest.FILE,
                "id: X-1\naudience: internal\ntitle: T\n" + TestIncidents.CORE.replaceAll("(?m)^(id|title):.*\n", ""));
        assertTrue(redacted.startsWith("id: X-1\naudience: external\ntitle: T\n"), redacted);
    }

    @Test
    void audienceIsAddedAfterTheIdentityKeysWhenMissing() throws Exception {
        String redacted = RedactedYaml.of(IncidentLoaderTest.FILE, TestIncidents.CORE);
        assertTrue(redacted.startsWith("id: INC-TEST-1\ntitle: Checkout down\naudience: external\nsummary:"),
                redacted);
        assertEquals(Audience.EXTERNAL, IncidentLoader.parse(IncidentLoaderTest.FILE, redacted).incident().audience());
    }

    @Test
    void everyTaskLosesItsOwner() throws Exception {
        String redacted = RedactedYaml.of(IncidentLoaderTest.FILE, TestIncidents.CORE
                + "tasks:\n  - {task: Fix it, owner: Erin, due: 2024-06-01}\n  - Check it\n");
        assertTrue(redacted.endsWith("tasks:\n  - task: Fix it\n    due: 2024-06-01\n  - Check it\n"), redacted);
    }

    /** Values YAML could read as something else, or whose spaces and breaks matter, come back as written. */
    @Test
    void awkwardValuesKeepTheirExactText() throws Exception {
        List<String> values = List.of("null", "~", "Null", "yes", "No", "on", "true", "14:05", "2:05 PM", "0x1F",
                "1_000", "1e3", ".5", "-", "- x", "a: b", "a #b", "#x", " lead", "trail ", "'quote'", "\"dq\"",
                "key:", "@at", "`tick", "%pct", "!tag", "&anchor", "*alias", "|pipe", ">gt", "[b", "{c", "?q",
                "<<", "=", "line1\nline2", "line1\nline2\n", "x\n\n", "  indented\nnext", "trailing  \nnext",
                "\ttab\tinside", "a\r\nb", "a\u0085b", "a\u2028b", "a\u2029b", "bell\u0007", "\uFEFFbom", "emoji 😀",
                "back\\slash", "long ".repeat(60));
        StringBuilder yaml = new StringBuilder(TestIncidents.CORE).append("measures:\n");
        for (String value : values) {
            yaml.append("  - \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                    .replace("\r", "\\r").replace("\t", "\\t").replace("\u0085", "\\N").replace("\u2028", "\\L")
                    .replace("\u2029", "\\P").replace("\u0007", "\\a").replace("\uFEFF", "\\uFEFF")).append("\"\n");
        }
        Incident expected = redacted(IncidentLoaderTest.FILE, yaml.toString());
        assertEquals(values.size(), expected.measures().size(), "the test file reads every value");
        String redacted = RedactedYaml.of(IncidentLoaderTest.FILE, yaml.toString());
        assertEquals(expected, IncidentLoader.parse(IncidentLoaderTest.FILE, redacted).incident(), redacted);
        Node.Sequence measures = (Node.Sequence) ((Node.Mapping) YamlTree.read(new Reading(IncidentLoaderTest.FILE),
                redacted).orElseThrow()).entries().get("measures").value();
        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i), ((Node.Scalar) measures.items().get(i)).text(),
                    "value " + i + " in " + redacted);
        }
    }

    @Test
    void nullValuesStayNull() throws Exception {
        String yaml = TestIncidents.CORE + "category: ~\ntags:\nlessons:\n";
        String redacted = RedactedYaml.of(IncidentLoaderTest.FILE, yaml);
        assertEquals(redacted(IncidentLoaderTest.FILE, yaml),
                IncidentLoader.parse(IncidentLoaderTest.FILE, redacted).incident());
        assertTrue(redacted.contains("category: null\ntags: null\nlessons: null\n"), redacted);
    }

    @Test
    void aFlagTheLoaderRefusesIsRefusedWithTheLoadersDiagnostic() {
        String yaml = TestIncidents.CORE + "timeline:\n  - {time: '14:00', event: x, internal: maybe}\n";
        Path file = IncidentLoaderTest.FILE;
        InvalidInputException loader = assertThrows(InvalidInputException.class, () -> IncidentLoader.parse(file, yaml));
        InvalidInputException redaction = assertThrows(InvalidInputException.class, () -> RedactedYaml.of(file, yaml));
        assertEquals(loader.errors(), redaction.errors());
    }

    @Test
    void anUnknownKeyIsRefusedWithTheLoadersDiagnostic() {
        String yaml = TestIncidents.CORE + "sumary: typo\n";
        Path file = IncidentLoaderTest.FILE;
        InvalidInputException loader = assertThrows(InvalidInputException.class, () -> IncidentLoader.parse(file, yaml));
        InvalidInputException redaction = assertThrows(InvalidInputException.class, () -> RedactedYaml.of(file, yaml));
        assertEquals(loader.errors(), redaction.errors());
    }

    @Test
    void yamlThatIsNoMappingIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RedactedYaml.of(IncidentLoaderTest.FILE, "- just\n- a list\n"));
        assertEquals("wrong-type", e.errors().get(0).rule());
    }
}
