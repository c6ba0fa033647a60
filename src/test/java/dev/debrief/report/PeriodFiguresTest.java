package dev.debrief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.debrief.TestIncidents;
import dev.debrief.model.Period;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PeriodFiguresTest {
    static List<Duration> minutes(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofMinutes).toList();
    }

    static Report incident(String severity, String start, String end) throws Exception {
        return ReportTest.report(TestIncidents.CORE
                .replace("window: {start: 2024-05-22T14:00:00Z, end: 2024-05-22T16:00:00Z}",
                        "window: {start: " + start + (end.isEmpty() ? "" : ", end: " + end) + "}")
                + "severity: " + severity + "\n");
    }

    @Test
    void theP90IsTheValueAtTheNearestRank() {
        // ceil(0.9 x 10) = 9th of 1..10; ceil(0.9 x 11) = 10th; ceil(0.9 x 1) = 1st; ceil(0.9 x 3) = 3rd.
        assertEquals(Optional.of(Duration.ofMinutes(9)), PeriodFigures.nearestRank(minutes(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 90));
        assertEquals(Optional.of(Duration.ofMinutes(10)),
                PeriodFigures.nearestRank(minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90));
        assertEquals(Optional.of(Duration.ofMinutes(7)), PeriodFigures.nearestRank(minutes(7), 90));
        assertEquals(Optional.of(Duration.ofMinutes(30)), PeriodFigures.nearestRank(minutes(10, 30, 20), 90));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(Optional.of(Duration.ofMinutes(20)), PeriodFigures.median(minutes(30, 10, 20)));
        assertEquals(Optional.of(Duration.ofSeconds(15 * 60 + 30)), PeriodFigures.median(minutes(10, 21, 40, 10)));
    }

    @Test
    void theMedianAndP90OfNothingAreNoneNotZero() {
        assertEquals(Optional.empty(), PeriodFigures.median(List.of()));
        assertEquals(Optional.empty(), PeriodFigures.nearestRank(List.of(), 90));
    }

    @Test
    void aPeriodOfOnlyOngoingIncidentsHasNoImpactMedianAndZeroTotal() throws Exception {
        Report ongoing = incident("SEV3", "2024-05-22T14:00:00Z", "");
        PeriodFigures figures = PeriodFigures.of(Period.parse("2024-05"), List.of(ongoing), List.of(ongoing),
                LocalDate.of(2024, 6, 1));
        assertEquals(1, figures.incidents());
        assertEquals(1, figures.ongoing());
        assertEquals(Duration.ZERO, figures.totalImpact());
        assertEquals(Optional.empty(), figures.medianImpact());
        assertEquals(new PeriodFigures.Spread(Optional.empty(), Optional.empty(), 0), figures.timeToResolve());
    }

    @Test
    void theCalmIsCountedOnlyUpToThePackDate() throws Exception {
        // A May pack made on 10 May, with no major incident: 1-10 May, 10 days.
        PeriodFigures figures = PeriodFigures.of(Period.parse("2024-05"), List.of(), List.of(), LocalDate.of(2024, 5, 10));
        assertEquals(Optional.of(new PeriodFigures.CalmStretch(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 10))),
                figures.longestCalm());
        assertEquals(10, figures.daysWithoutMajor());
    }

    @Test
    void aPackMadeBeforeItsPeriodHasNoCalm() throws Exception {
        PeriodFigures figures = PeriodFigures.of(Period.parse("2024-05"), List.of(), List.of(), LocalDate.of(2024, 4, 30));
        assertEquals(Optional.empty(), figures.longestCalm());
        assertEquals(0, figures.daysWithoutMajor());
    }

    @Test
    void aMajorIncidentRunningIntoThePeriodEndsItsFirstCalmDays() throws Exception {
        // Starts 30 April, ends 2 May: 1-2 May are not calm; 3-31 May are, 29 days.
        Report spanning = incident("SEV1", "2024-04-30T22:00:00Z", "2024-05-02T01:00:00Z");
        PeriodFigures figures = PeriodFigures.of(Period.parse("2024-05"), List.of(), List.of(spanning),
                LocalDate.of(2024, 6, 1));
        assertEquals(Optional.of(new PeriodFigures.CalmStretch(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 31))),
                figures.longestCalm());
    }

    @Test
    void anIncidentEndingAtMidnightDoesNotTakeTheNextDay() throws Exception {
        // 30 May 22:00 to 31 May 00:00 touches only 30 May; 31 May is calm, but 1-29 May is the longest run.
        Report lateNight = incident("SEV2", "2024-05-30T22:00:00Z", "2024-05-31T00:00:00Z");
        PeriodFigures figures = PeriodFigures.of(Period.parse("2024-05"), List.of(lateNight), List.of(lateNight),
                LocalDate.of(2024, 6, 1));
        assertEquals(Optional.of(new PeriodFigures.CalmStretch(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 29))),
                figures.longestCalm());
    }

    @Test
    void minorIncidentsDoNotEndTheCalm() throws Exception {
        Report minor = incident("SEV3", "2024-05-15T10:00:00Z", "2024-05-15T11:00:00Z");
        PeriodFigures figures = PeriodFigures.of(Period.parse("2024-05"), List.of(minor), List.of(minor),
                LocalDate.of(2024, 6, 1));
        assertEquals(31, figures.daysWithoutMajor());
    }

    @Test
    void ofEqualCalmRunsTheEarliestIsTaken() throws Exception {
        // A SEV1 on 16 May splits May's 31 days into 1-15 and 17-31, 15 days each.
        Report middle = incident("SEV1", "2024-05-16T10:00:00Z", "2024-05-16T11:00:00Z");
        PeriodFigures figures = PeriodFigures.of(Period.parse("2024-05"), List.of(middle), List.of(middle),
                LocalDate.of(2024, 6, 1));
        assertEquals(Optional.of(new PeriodFigures.CalmStretch(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 15))),
                figures.longestCalm());
    }
}
