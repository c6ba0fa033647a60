package dev.debrief.load;

import dev.debrief.TestIncidents;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema in schema/ names the loader's keys, accepts what the loader accepts and refuses what it refuses. */
class SchemaTest {
    static final Path SCHEMA = Path.of("schema/incident-v1.schema.json");
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final YAMLMapper YAML = new YAMLMapper();
    static final Path FILE = Path.of("incident.yaml");

    static final String MINIMAL = TestIncidents.CORE;


    static JsonNode schemaTree;
    static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schemaTree = new ObjectMapper().readTree(SCHEMA.toFile());
        schema = FACTORY.getSchema(schemaTree);
    }

    static Set<ValidationMessage> errors(String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }

    /** MINIMAL with {@code line} in place of the top-level key it starts with. */
    static String with(String line) {
        String key = line.substring(0, line.indexOf(':'));
        return MINIMAL.lines().filter(l -> !l.startsWith(key + ":")).collect(Collectors.joining("\n", "", "\n"))
                + line + "\n";
    }

    static Stream<Path> incidentFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("examples"), Path.of("src/test/resources/testdata"))) {
            try (Stream<Path> listing = Files.walk(folder)) {
                listing.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incidentFiles")
    void everyExampleAndTestFileIsValid(Path file) throws IOException {
        assertEquals(Set.of(), schema.validate(YAML.readTree(file.toFile())));
    }

    @Test
    void theMinimalIncidentIsValid() throws IOException {
        assertEquals(Set.of(), errors(MINIMAL));
    }

    @Test
    void unknownTopLevelKeyIsRefused() throws IOException {
        Set<ValidationMessage> errors = errors(MINIMAL + "rootcause: typo\n");
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("rootcause"), errors.toString());
    }

    @Test
    void missingTitleIsRefused() throws IOException {
        Set<ValidationMessage> errors = errors(MINIMAL.replace("title: Checkout down\n", ""));
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("title"), errors.toString());
    }

    @Test
    void topLevelKeysAreTheLoadersKeys() {
        Set<String> keys = new TreeSet<>();
        schemaTree.get("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(IncidentLoader.TOP_LEVEL), keys);
    }

    @Test
    void schemaIsValidDraft202012() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        assertEquals(Set.of(), meta.validate(schemaTree));
    }

    @Test
    void everyMappingRefusesUnknownKeysAndDescribesItsKeys() {
        List<String> problems = new ArrayList<>();
        checkMappings(schemaTree, "#", problems);
        assertEquals(List.of(), problems);
    }

    /** Walks the schema: every object schema refuses unknown keys, every key has a title and a description. */
    private static void checkMappings(JsonNode node, String where, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkMappings(node.get(i), where + "/" + i, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("type").asText().equals("object")) {
            if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
                problems.add(where + ": additionalProperties is not false");
            }
            node.path("properties").properties().forEach(p -> {
                if (!p.getValue().hasNonNull("title") || !p.getValue().hasNonNull("description")) {
                    problems.add(where + "/properties/" + p.getKey() + ": no title or description");
                }
            });
        }
        node.properties().forEach(p -> checkMappings(p.getValue(), where + "/" + p.getKey(), problems));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "severity: SEV1", "severity: sev2", "severity: SEV-3", "severity: 4", "severity: SEV 5",
        "status: draft", "status: Review", "status: FINAL", "audience: external", "format: 1",
        "timezone: Africa/Lagos", "timezone: GMT", "timezone: utc", "timezone: '+01:00'", "timezone: '-0530'",
        "timezone: '+1:30'", "timezone: '+130'",
        "timezone: UTC+1",
        "date: 2024-05-23", "date: 2024-5-3",
        "services: checkout", "services: [storefront, checkout]", "authors: Ann, Bob", "tags: [2024, db]",
        "title: no", "id: 2024", "detection:",
        "window: {start: '2024-05-22 14:00', end: 2024-05-22T16:00}",
        "window: {start: 2024-05-22T15:00:00+01:00}",
        "window: {start: 2024-05-22T14:00:00.250Z}",
        "impact: {description: x, users_affected_percent: 12.5}",
        "impact: {description: x, users_affected_percent: 70%}",
        "impact: {description: x, users_affected: '75,000'}",
        "impact: {description: x, users_affected: 75_000}",
        "timeline: [{time: '14:05', event: a}]",
        "timeline: [{time: '14:05:30', event: a}]",
        "timeline: [{time: 2:05 PM, event: a}]",
        "timeline: [{time: 2pm, event: a}]",
        "timeline: [{time: '12:30 a.m.', event: a}]",
        "timeline: [{time: 2024-05-22T14:05:00Z, event: a, type: alert, actor: pager}]",
        "timeline: [{time: '2024-05-22 14:05', event: a, type: Mitigation}]",
        "timeline: [{time: '15:30', event: Parameter corrected, server restarted}]",
        "timeline: [{time: '14:00', event: a, internal: yes}]",
        "tasks: [Patch the server]",
        "tasks: [{task: t, done: true, owner: Ann, due: 2024-06-15, priority: P0, ticket: OPS-1, url: 'https://x.example/1'}]",
        "tasks: [{task: t, priority: p-2}]",
        "tasks: [{task: t, priority: 3}]",
        "measures: [Alert on memory, {text: Quietly, internal: true}]",
        "lessons: {went_well: [a], went_wrong: [b], lucky: [c]}",
        "images: [{file: pictures/graph.png, caption: Load}]",
        "images: [{url: 'https://example.com/a.png'}]",
        "internal: false",
    })
    void whatTheLoaderAcceptsTheSchemaAccepts(String line) throws IOException {
        String yaml = with(line);
        assertAll(
                () -> assertDoesNotThrow(() -> IncidentLoader.parse(FILE, yaml), "loader"),
                () -> assertEquals(Set.of(), errors(yaml), "schema"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "severity: SEV9", "severity: 0", "severity: high", "status: done", "audience: public", "format: 2",
        "timezone: '+25:00'", "date: 22/05/2024", "date: 2024-13-01", "title: ''", "rootcause: typo",
        "services: {a: b}",
        "window: {start: yesterday}", "window: {start: '14:00'}", "window: {start: 2024-05-22T24:00:00Z}",
        "window: {end: 2024-05-22T16:00:00Z}",
        "impact: {description: x, users_affected_percent: 140}",
        "impact: {description: x, users_affected_percent: lots}",
        "impact: {description: x, users_affected: -5}",
        "impact: {description: x, users_affected: 7.5}",
        "impact: {users_affected: 5}",
        "timeline: [{time: '24:00', event: a}]",
        "timeline: [{time: '14:60', event: a}]",
        "timeline: [{time: 13 PM, event: a}]",
        "timeline: [{time: soon, event: a}]",
        "timeline: [{time: '14:00'}]",
        "timeline: [{time: '14:00', event: a, type: misleeding}]",
        "timeline: [{time: '14:00', evnt: a}]",
        "timeline: [just text]",
        "tasks: just one",
        "tasks: [{task: t, done: maybe}]",
        "tasks: [{task: t, priority: P5}]",
        "tasks: [{task: t, url: 'javascript:alert(1)'}]",
        "tasks: [{task: t, due: June 15}]",
        "tasks: [{owner: Ann}]",
        "measures: [{text: x, secret: true}]",
        "lessons: {went_well: [a], learned: [b]}",
        "images: [{caption: nothing}]",
        "images: [{file: a.png, url: 'https://example.com/a.png'}]",
        "internal: true",
        "lessons: {went_well: [a], internal: true}",
    })
    void whatTheLoaderRefusesTheSchemaRefuses(String line) throws IOException {
        String yaml = with(line);
        assertAll(
                () -> assertThrows(dev.debrief.diag.InvalidInputException.class, () -> IncidentLoader.parse(FILE, yaml),
                        "loader"),
                () -> assertFalse(errors(yaml).isEmpty(), "schema"));
    }
}
