package dev.debrief.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import dev.debrief.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Summaries compared whole with the expected text beside their input: {@code summary/<case>[.external].<format>},
 * the input being {@code summary/<case>.yaml} or else {@code examples/<case>.yaml}. Add a case by adding a file;
 * run with {@code -Ddebrief.updateReferences=true} to accept a deliberate change.
 */
class SummaryGoldenTest {
    static final Path FOLDER = Path.of("src/test/resources/summary");

    static Stream<Path> goldens() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> found = files.filter(f -> !f.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(found.isEmpty(), "no expected summaries in " + FOLDER);
            return found.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void summaryMatchesTheExpectedText(Path golden) throws Exception {
        String[] parts = golden.getFileName().toString().split("\\.");
        String name = parts[0];
        boolean external = parts.length == 3 && parts[1].equals("external");
        SummaryFormat format = switch (parts[parts.length - 1]) {
            case "md" -> SummaryFormat.MARKDOWN;
            case "jira" -> SummaryFormat.JIRA;
            case "slack" -> SummaryFormat.SLACK;
            case "txt" -> SummaryFormat.TEXT;
            default -> throw new IllegalArgumentException("unknown format of " + golden);
        };
        Path input = Files.exists(FOLDER.resolve(name + ".yaml")) ? FOLDER.resolve(name + ".yaml")
                : Path.of("examples", name + ".yaml");
        IncidentLoader.Loaded loaded = IncidentLoader.load(input);
        Audience audience = external ? Audience.EXTERNAL : loaded.incident().audience();
        String actual = TicketSummary.of(Report.of(loaded.incident(), loaded.sources(), audience), format);
        if (Boolean.getBoolean("debrief.updateReferences")) {
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual, golden + " differs (" + format.name().toLowerCase(Locale.ROOT)
                + "); run with -Ddebrief.updateReferences=true to accept");
    }
}
