package dev.debrief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.debrief.TestIncidents;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A field holds at most {@link TextCleaner#MAX_FIELD_CHARS} characters: far more than a report needs. */
class FieldLengthTest {
    @Test
    void aFieldAtTheLimitIsRead() throws Exception {
        String summary = "x".repeat(TextCleaner.MAX_FIELD_CHARS);
        var loaded = IncidentLoader.parse(Path.of("i.yaml"),
                TestIncidents.CORE.replace("summary: Orders failed.", "summary: " + summary));
        assertEquals(summary, loaded.incident().summary().source());
    }

    @Test
    void aLongerFieldIsRefusedAtItsPlace() {
        String yaml = TestIncidents.CORE + "conclusion: \"" + "word ".repeat(300_000) + "\"\n";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> IncidentLoader.parse(Path.of("i.yaml"), yaml));
        Diagnostic error = e.errors().get(0);
        assertEquals("i.yaml:8:13: error: `conclusion` holds 1,500,000 characters; a field may hold at most"
                + " 1,048,576 (about 300 pages) [too-long]", error.toString());
    }
}
