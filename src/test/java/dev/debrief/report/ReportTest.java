package dev.debrief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
    static Report report(String yaml) throws Exception {
        return Report.of(IncidentLoader.parse(Path.of("t.yaml"), yaml).incident());
    }

    static final String TIMELINE = """
            timeline:
              - {time: '14:05', type: investigation, event: a}
              - {time: '14:10', type: alert, event: b}
              - {time: '14:20', type: detection, event: c}
              - {time: '15:00', type: escalation, event: d}
              - {time: '15:30', type: mitigation, event: e}
              - {time: '15:50', type: resolution, event: f}
            """;

    @Test
    void metricsAreMeasuredFromTheStartOfImpactToTheFirstEventOfTheirKind() throws Exception {
        Metrics m = report(TestIncidents.CORE + TIMELINE).metrics();
        assertEquals(Optional.of(Duration.ofHours(2)), m.duration());
        assertEquals(Optional.of(Duration.ofMinutes(10)), m.timeToDetect());
        assertEquals(Optional.of(Duration.ofMinutes(60)), m.timeToEscalate());
        assertEquals(Optional.of(Duration.ofMinutes(90)), m.timeToMitigate());
        assertEquals(Optional.of(Duration.ofMinutes(110)), m.timeToResolve());
    }

    @Test
    void timeToResolveFallsBackToTheEndOfTheWindow() throws Exception {
        assertEquals(Optional.of(Duration.ofHours(2)), report(TestIncidents.CORE).metrics().timeToResolve());
    }

    @Test
    void ongoingIncidentHasNoDurationAndNoTimeToResolve() throws Exception {
        Metrics m = report(TestIncidents.CORE.replace(", end: 2024-05-22T16:00:00Z", "")).metrics();
        assertTrue(m.ongoing());
        assertTrue(m.duration().isEmpty());
        assertTrue(m.timeToResolve().isEmpty());
        assertTrue(m.timeToDetect().isEmpty());
    }

    @Test
    void reportDateDefaultsToTheDayImpactEndedInTheIncidentZone() throws Exception {
        Report r = report(TestIncidents.CORE.replace("end: 2024-05-22T16:00:00Z", "end: 2024-05-22T23:30:00Z")
                + "timezone: Asia/Tokyo\n");
        assertEquals(LocalDate.of(2024, 5, 23), r.reportDate());
        assertEquals(LocalDate.of(2024, 7, 1), report(TestIncidents.CORE + "date: 2024-07-01\n").reportDate());
    }

    @Test
    void taskCountsAndOverdueAreRelativeToTheReportDate() throws Exception {
        Report r = report(TestIncidents.CORE + """
                date: 2024-06-10
                tasks:
                  - {task: late, due: 2024-06-01}
                  - {task: on time, due: 2024-06-20}
                  - {task: done late, due: 2024-06-01, done: true}
                """);
        assertEquals(2, r.metrics().openTasks());
        assertEquals(1, r.metrics().doneTasks());
        assertTrue(r.isOverdue(r.incident().tasks().get(0)));
        assertFalse(r.isOverdue(r.incident().tasks().get(1)));
        assertFalse(r.isOverdue(r.incident().tasks().get(2)));
    }
}
