package dev.debrief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RedactionTest {
    static final String YAML = TestIncidents.CORE + """
            authors: [Ann]
            timeline:
              - {time: '14:00', event: secret, internal: true}
              - {time: '14:10', event: public}
            tasks:
              - {task: hidden, internal: true}
              - {task: shown, owner: Bob}
            """;

    static Report report(Audience audience) throws Exception {
        IncidentLoader.Loaded loaded = IncidentLoader.parse(Path.of("t.yaml"), YAML);
        return Report.of(loaded.incident(), loaded.sources(), audience);
    }

    @Test
    void anExternalReportHasNoInternalItemsAuthorsOrOwners() throws Exception {
        Report report = report(Audience.EXTERNAL);
        assertEquals(Audience.EXTERNAL, report.audience());
        assertTrue(report.incident().authors().isEmpty());
        assertEquals(1, report.incident().timeline().size());
        assertEquals(1, report.incident().tasks().size());
        assertTrue(report.incident().tasks().get(0).owner().isEmpty());
    }

    @Test
    void anInternalReportKeepsEverything() throws Exception {
        Report report = report(Audience.INTERNAL);
        assertEquals(2, report.incident().timeline().size());
        assertEquals("Bob", report.incident().tasks().get(1).owner().orElseThrow());
    }

    @Test
    void redactedItemsKeepTheirPlaceInTheFile() throws Exception {
        Report report = report(Audience.EXTERNAL);
        var entry = report.incident().timeline().get(0);
        assertEquals("timeline[2].event", report.sources().path(entry, "event"));
        assertEquals(11, report.sources().locate(entry, "event").line());
        var task = report.incident().tasks().get(0);
        assertEquals("tasks[2].task", report.sources().path(task, "task"));
        assertEquals(14, report.sources().locate(task, "task").line());
    }
}
