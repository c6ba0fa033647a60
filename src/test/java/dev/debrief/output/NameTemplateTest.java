package dev.debrief.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import dev.debrief.report.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTemplateTest {
    static Report report(String yaml, Audience audience) throws Exception {
        IncidentLoader.Loaded loaded = IncidentLoader.parse(Path.of("test.yaml"), yaml);
        return Report.of(loaded.incident(), loaded.sources(), audience);
    }

    static final String INCIDENT = TestIncidents.CORE + "severity: SEV2\nstatus: draft\ndate: 2024-05-23\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{id}                                     | INC-TEST-1.pdf",
        "{id}-{date}-{audience}                   | INC-TEST-1-2024-05-23-external.pdf",
        "{severity}_{status}_{title}              | SEV2_draft_checkout-down.pdf",
        "postmortem {id} ({date})                 | postmortem-INC-TEST-1-2024-05-23.pdf",
        "{id}.v2                                  | INC-TEST-1.v2.pdf",
        "ärger-{id}                               | arger-INC-TEST-1.pdf",
    })
    void placeholdersAreFilledAndTheResultMadeSafe(String template, String expected) throws Exception {
        assertEquals(expected, NameTemplate.parse(template).fileName(report(INCIDENT, Audience.EXTERNAL), "pdf"));
    }

    @Test
    void theDateIsTheReportDateWhichDefaultsToTheEndOfImpact() throws Exception {
        assertEquals("2024-05-22.pdf",
                NameTemplate.parse("{date}").fileName(report(TestIncidents.CORE, Audience.INTERNAL), "pdf"));
    }

    @Test
    void aMissingSeverityLeavesNoDoubleHyphen() throws Exception {
        assertEquals("INC-TEST-1-internal.pdf", NameTemplate.parse("{id}-{severity}-{audience}")
                .fileName(report(TestIncidents.CORE, Audience.INTERNAL), "pdf"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Checkout down after a DB change!             | checkout-down-after-a-db-change",
        "Ünïcødé «quotes» & Инцидент                  | unicode-quotes-intsident",
        "../../etc/passwd                             | etc-passwd",
        "'   '                                        | ''",
        "A very long title that goes on and on about the many things that went wrong that day | "
            + "a-very-long-title-that-goes-on-and-on-about-the-many-things",
    })
    void theTitleBecomesASlugCutAtAWord(String title, String slug) {
        assertEquals(slug, NameTemplate.slug(title));
    }

    @Test
    void aHostileIdAndTitleStillGiveASafeBoundedName() throws Exception {
        Report report = report(TestIncidents.CORE.replace("INC-TEST-1", "'../事故/" + "x".repeat(300) + "'")
                .replace("Checkout down", "'" + "Ω/".repeat(200) + "'"), Audience.INTERNAL);
        String name = NameTemplate.parse("{id}-{title}-{audience}").fileName(report, "pdf");
        assertEquals(SafeFileName.MAX_BYTES, name.length(), name);
        assertEquals("Shi-Gu-xxx", name.substring(0, 10));
    }

    @Test
    void unknownPlaceholdersAreNamedAllAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NameTemplate.parse("{id}-{ticket}-{Date}"));
        assertEquals("unknown placeholders {ticket}, {Date} in '{id}-{ticket}-{Date}'; known: {id}, {date}, "
                + "{audience}, {severity}, {title}, {status}", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{id                | '{' at position 1 of '{id' is not closed",
        "id}                | '}' at position 3 of 'id}' closes no placeholder",
        "out/{id}           | 'out/{id}' names a folder; give a file name, and the folder with --output-dir",
        "'  '               | the name template is empty",
    })
    void malformedTemplatesSayWhatIsWrong(String template, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> NameTemplate.parse(template))
                .getMessage());
    }
}
