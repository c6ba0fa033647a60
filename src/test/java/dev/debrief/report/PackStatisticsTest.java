package dev.debrief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestPack;
import dev.debrief.model.Period;
import dev.debrief.model.Priority;
import dev.debrief.model.Severity;
import dev.debrief.report.Compared.Trend;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics of the test pack for Q2 2024 without game days, made on 8 July 2024, against figures worked out
 * by hand from the table in {@link TestPack}. Q2 holds 0401, 0424, 0514, 0603 and 0627 (0612 is a game day);
 * Q1 holds 0114 and 0331.
 */
class PackStatisticsTest {
    static PackStatistics stats;

    @BeforeAll
    static void compute() throws Exception {
        stats = PackStatistics.of(TestPack.reports(), q2WithoutGameDays(), TestPack.PACK_DATE);
    }

    static PackFilter q2WithoutGameDays() throws Exception {
        return new PackFilter(Optional.of(Period.parse("2024-Q2")), Set.of(), Set.of("game-day"));
    }

    static Duration min(double minutes) {
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    static List<String> ids(List<IncidentRow> rows) {
        return rows.stream().map(IncidentRow::id).toList();
    }

    @Test
    void countsIncidentsAndMajorOnesBesideTheLastQuarter() throws Exception {
        // Q2: 5 incidents, of which SEV1/SEV2: 0401, 0424, 0514, 0627 = 4. Q1: 0114 (SEV2), 0331 (SEV1) = 2, 2.
        assertEquals(new Compared<>(Optional.of(5L), Optional.of(2L), Optional.of(3L), Trend.WORSE),
                stats.headline().incidents());
        assertEquals(new Compared<>(Optional.of(4L), Optional.of(2L), Optional.of(2L), Trend.WORSE),
                stats.headline().sev1to2());
        assertEquals(1, stats.current().ongoing());
        assertEquals(Period.parse("2024-Q1"), stats.previous().orElseThrow().period());
    }

    @Test
    void impactDurationLeavesOutTheOngoingIncident() throws Exception {
        // Q2 ended: 150 + 240 + 1450 + 35 = 1875; median of 35, 150, 240, 1450 = (150 + 240) / 2 = 195.
        // Q1: 88 + 180 = 268; median (88 + 180) / 2 = 134.
        assertEquals(new Compared<>(Optional.of(min(1875)), Optional.of(min(268)), Optional.of(min(1607)), Trend.WORSE),
                stats.headline().totalImpact());
        assertEquals(new Compared<>(Optional.of(min(195)), Optional.of(min(134)), Optional.of(min(61)), Trend.WORSE),
                stats.headline().medianImpact());
    }

    @Test
    void timeToDetectGotBetter() throws Exception {
        // Q2 TTD sorted: 2, 4, 11, 15, 20: median 11; p90 rank ceil(0.9 x 5) = 5 -> 20.
        // Q1: 16, 25: median 20.5; p90 rank ceil(0.9 x 2) = 2 -> 25. Changes: -9.5 and -5, both better.
        assertEquals(new Compared<>(Optional.of(min(11)), Optional.of(min(20.5)), Optional.of(min(-9.5)), Trend.BETTER),
                stats.headline().medianTimeToDetect());
        assertEquals(new Compared<>(Optional.of(min(20)), Optional.of(min(25)), Optional.of(min(-5)), Trend.BETTER),
                stats.headline().p90TimeToDetect());
        assertEquals(5, stats.current().timeToDetect().measured());
    }

    @Test
    void timeToResolveGotWorseAndLeavesOutTheOngoingIncident() throws Exception {
        // Q2 TTR: 145, 220, 1430, and 35 for 0603 (no resolution event: window end); 0627 has none.
        // Sorted 35, 145, 220, 1430: median (145 + 220) / 2 = 182.5; p90 rank ceil(0.9 x 4) = 4 -> 1430.
        // Q1: 80, 160: median 120, p90 160.
        assertEquals(new Compared<>(Optional.of(min(182.5)), Optional.of(min(120)), Optional.of(min(62.5)),
                Trend.WORSE), stats.headline().medianTimeToResolve());
        assertEquals(new Compared<>(Optional.of(min(1430)), Optional.of(min(160)), Optional.of(min(1270)),
                Trend.WORSE), stats.headline().p90TimeToResolve());
        assertEquals(4, stats.current().timeToResolve().measured());
    }

    @Test
    void theLongestCalmRunsBetweenMajorIncidentsOnTheirOwnCalendars() throws Exception {
        // Q2 major days: 1 Apr (0401, Tokyo), 24 Apr, 14-15 May (0514 ends 09:10 on the 15th),
        // 27-30 Jun (0627, ongoing, cut at the period's end). Calm runs: 2-23 Apr = 22, 25 Apr-13 May = 19,
        // 16 May-26 Jun = 16 + 26 = 42. Q1: 14 Jan (0114), 31 Mar (0331, Los Angeles): 1-13 Jan = 13,
        // 15 Jan-30 Mar = 17 + 29 + 30 = 76.
        assertEquals(Optional.of(new PeriodFigures.CalmStretch(LocalDate.of(2024, 5, 16), LocalDate.of(2024, 6, 26))),
                stats.current().longestCalm());
        assertEquals(Optional.of(new PeriodFigures.CalmStretch(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 30))),
                stats.previous().orElseThrow().longestCalm());
        assertEquals(new Compared<>(Optional.of(42L), Optional.of(76L), Optional.of(-34L), Trend.WORSE),
                stats.headline().daysWithoutSev1to2());
    }

    @Test
    void usersAffectedAddsCountsAndCountsPercentOnlyIncidentsApart() throws Exception {
        // Q2 counts: 0424 8000 + 0514 30000 = 38000; 0401 (20%) and 0627 (2%) give only a percentage;
        // 0603 gives nothing. Q1: 4200 + 12000 = 16200.
        assertEquals(new PeriodFigures.UsersAffected(Optional.of(38_000L), 2, 2, 1), stats.current().usersAffected());
        assertEquals(new Compared<>(Optional.of(38_000L), Optional.of(16_200L), Optional.of(21_800L), Trend.WORSE),
                stats.headline().usersAffected());
    }

    @Test
    void incidentsAreOrderedBySeverityThenImpactDuration() throws Exception {
        // SEV1 0514; SEV2: 0627 (ongoing: 27 Jun 23:30 to the end of 8 Jul, 11 d 30 min) > 0424 (240) > 0401 (150);
        // SEV3 0603.
        assertEquals(List.of("INC-2024-0514", "INC-2024-0627", "INC-2024-0424", "INC-2024-0401", "INC-2024-0603"),
                ids(stats.incidents()));
        assertEquals(List.of("INC-2024-0514", "INC-2024-0627", "INC-2024-0424"), ids(stats.greatestImpact()));
        assertEquals(Duration.ofDays(11).plusMinutes(30),
                ImpactOrder.impactSoFar(stats.incidents().get(1).report(), TestPack.PACK_DATE));
    }

    @Test
    void anIncidentRowCarriesItsTableColumns() throws Exception {
        IncidentRow tokyo = stats.incidents().get(3);
        assertEquals("INC-2024-0401", tokyo.id());
        assertEquals(4, tokyo.rank());
        assertEquals(LocalDate.of(2024, 4, 1), tokyo.date()); // 31 March in UTC
        assertEquals(Optional.of(Severity.SEV2), tokyo.severity());
        assertEquals(Optional.of(min(150)), tokyo.duration());
        assertEquals(Optional.of(min(4)), tokyo.timeToDetect());
        assertEquals(Optional.of(min(145)), tokyo.timeToResolve());
        assertEquals(2, tokyo.openTasks());
        assertEquals(0, tokyo.overdueTasks());

        IncidentRow ongoing = stats.incidents().get(1);
        assertTrue(ongoing.ongoing());
        assertEquals(Optional.empty(), ongoing.duration());
        assertEquals(Optional.empty(), ongoing.timeToResolve());
        assertEquals(1, ongoing.overdueTasks());
    }

    @Test
    void followUpIsCountedByPriorityAgainstThePackDate() throws Exception {
        // Open tasks due before 8 Jul are overdue: 0424 P1 (15 May), 0424 P2 (30 Jun), 0514 P3 (1 Jun),
        // 0627 P1 (5 Jul). Done: 0424 P0, 0514 P0, 0401 P1. Open and not overdue: 0401 P2 (31 Jul),
        // 0401 without priority, 0514 P1 (31 Jul), 0603 P2 (15 Jul).
        FollowUp followUp = stats.followUp();
        assertEquals(new FollowUp.Row(Optional.of(Priority.P0), 2, 0, 0), followUp.of(Optional.of(Priority.P0)));
        assertEquals(new FollowUp.Row(Optional.of(Priority.P1), 1, 3, 2), followUp.of(Optional.of(Priority.P1)));
        assertEquals(new FollowUp.Row(Optional.of(Priority.P2), 0, 3, 1), followUp.of(Optional.of(Priority.P2)));
        assertEquals(new FollowUp.Row(Optional.of(Priority.P3), 0, 1, 1), followUp.of(Optional.of(Priority.P3)));
        assertEquals(new FollowUp.Row(Optional.of(Priority.P4), 0, 0, 0), followUp.of(Optional.of(Priority.P4)));
        assertEquals(new FollowUp.Row(Optional.empty(), 0, 1, 0), followUp.of(Optional.empty()));
        assertEquals(List.of("P0", "P1", "P2", "P3", "P4", "none"), followUp.rows().stream().map(FollowUp.Row::key).toList());
        FollowUp.Total total = followUp.total();
        assertEquals(List.of(3, 8, 4), List.of(total.done(), total.open(), total.overdue()));
    }

    @Test
    void openTasksListOverdueFirstThenByDueDateAndPriority() throws Exception {
        assertEquals(List.of(
                        "INC-2024-0424 P1 2024-05-15 overdue",
                        "INC-2024-0514 P3 2024-06-01 overdue",
                        "INC-2024-0424 P2 2024-06-30 overdue",
                        "INC-2024-0627 P1 2024-07-05 overdue",
                        "INC-2024-0603 P2 2024-07-15 open",
                        "INC-2024-0514 P1 2024-07-31 open",
                        "INC-2024-0401 P2 2024-07-31 open",
                        "INC-2024-0401 none none open"),
                stats.openTasks().stream().map(t -> t.incidentId() + " " + t.priority().map(Enum::name).orElse("none")
                        + " " + t.due().map(Object::toString).orElse("none") + " " + (t.overdue() ? "overdue" : "open"))
                        .toList());
        OpenTask first = stats.openTasks().get(0);
        assertEquals(Optional.of("Search team"), first.owner());
        assertEquals(Optional.of("SRCH-77"), first.ticket());
    }

    @Test
    void everyMonthOfTheQuarterIsCountedBySeverity() throws Exception {
        // April: 0401, 0424 (SEV2). May: 0514 (SEV1). June: 0603 (SEV3), 0627 (SEV2).
        assertEquals(List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6)),
                stats.perMonth().stream().map(MonthCount::month).toList());
        assertEquals(Map.of(Severity.SEV1, 0, Severity.SEV2, 2, Severity.SEV3, 0, Severity.SEV4, 0, Severity.SEV5, 0),
                stats.perMonth().get(0).bySeverity());
        assertEquals(1, stats.perMonth().get(1).count(Severity.SEV1));
        assertEquals(1, stats.perMonth().get(2).count(Severity.SEV2));
        assertEquals(1, stats.perMonth().get(2).count(Severity.SEV3));
        assertEquals(List.of(2, 1, 2), stats.perMonth().stream().map(MonthCount::total).toList());
    }

    @Test
    void aMonthWithoutIncidentsIsStillThere() throws Exception {
        PackStatistics q1 = PackStatistics.of(TestPack.reports(), PackFilter.everything().withPeriod(Period.parse("2024-Q1")),
                TestPack.PACK_DATE);
        assertEquals(List.of(1, 0, 1), q1.perMonth().stream().map(MonthCount::total).toList());
    }

    @Test
    void impactMinutesAreAddedUpByCategory() throws Exception {
        // deploy: 0514 1450 + 0603 35 = 1485 (2); configuration: 0424 240; uncategorised: 0401 150;
        // capacity: 0627, ongoing, 0 minutes but 1 incident.
        assertEquals(List.of(
                        new ImpactTotal("deploy", min(1485), 2),
                        new ImpactTotal("configuration", min(240), 1),
                        new ImpactTotal("uncategorised", min(150), 1),
                        new ImpactTotal("capacity", Duration.ZERO, 1)),
                stats.impactByCategory());
    }

    @Test
    void eachServiceCountsTheWholeImpactOfItsIncidents() throws Exception {
        // checkout: 0424 240 + 0514 1450 + 0603 35 = 1725; payments-api: 0514 1450; search: 240; auth: 150; ledger: 0.
        assertEquals(List.of(
                        new ImpactTotal("checkout", min(1725), 3),
                        new ImpactTotal("payments-api", min(1450), 1),
                        new ImpactTotal("search", min(240), 1),
                        new ImpactTotal("auth", min(150), 1),
                        new ImpactTotal("ledger", Duration.ZERO, 1)),
                stats.impactByService());
    }

    @Test
    void incidentsSharingACategoryAndAServiceInThePeriodAreARepeatCause() throws Exception {
        // deploy + checkout: 0514 and 0603. configuration + checkout also hit 0331, but that was in Q1.
        assertEquals(1, stats.repeatCauses().size());
        RepeatCause cause = stats.repeatCauses().get(0);
        assertEquals("deploy", cause.category());
        assertEquals("checkout", cause.service());
        assertEquals(List.of("INC-2024-0514", "INC-2024-0603"), ids(cause.incidents()));
    }

    @Test
    void theIncidentsArePrintedInTheOrderTheyStarted() throws Exception {
        assertEquals(List.of("INC-2024-0401", "INC-2024-0424", "INC-2024-0514", "INC-2024-0603", "INC-2024-0627"),
                stats.chronological().stream().map(r -> r.incident().id()).toList());
    }

    @Test
    void withoutThePreviousQuartersIncidentsNothingIsCompared() throws Exception {
        PackStatistics alone = PackStatistics.of(TestPack.secondQuarterOnly(), q2WithoutGameDays(), TestPack.PACK_DATE);
        assertTrue(alone.previous().isEmpty());
        assertEquals(new Compared<>(Optional.of(5L), Optional.empty(), Optional.empty(), Trend.NOT_COMPARED),
                alone.headline().incidents());
        assertEquals(stats.current(), alone.current());
    }

    @Test
    void thePreviousQuarterIsComparedEvenWhenTheFiltersLeaveNothingOfIt() throws Exception {
        // Q1 has incidents among the inputs, but none of SEV3: the comparison is with zero, and medians are none.
        PackFilter sev3 = new PackFilter(Optional.of(Period.parse("2024-Q2")), EnumSet.of(Severity.SEV3), Set.of());
        PackStatistics only = PackStatistics.of(TestPack.reports(), sev3, TestPack.PACK_DATE);
        PeriodFigures q1 = only.previous().orElseThrow();
        assertEquals(0, q1.incidents());
        assertEquals(Duration.ZERO, q1.totalImpact());
        assertEquals(Optional.empty(), q1.medianImpact());
        assertEquals(new Compared<>(Optional.of(1L), Optional.of(0L), Optional.of(1L), Trend.WORSE),
                only.headline().incidents());
        assertEquals(new Compared<>(Optional.of(min(2)), Optional.empty(), Optional.empty(), Trend.NOT_COMPARED),
                only.headline().medianTimeToDetect());
    }

    @Test
    void aGameDayCountsWhenItsCategoryIsNotExcluded() throws Exception {
        PackStatistics all = PackStatistics.of(TestPack.reports(), PackFilter.everything().withPeriod(Period.parse("2024-Q2")),
                TestPack.PACK_DATE);
        // 0612 adds 60 minutes, TTD 3 and TTR 50: impact 1875 + 60 = 1935; TTD 2, 3, 4, 11, 15, 20 -> median 7.5.
        assertEquals(6, all.current().incidents());
        assertEquals(min(1935), all.current().totalImpact());
        assertEquals(Optional.of(min(7.5)), all.current().timeToDetect().median());
        assertEquals(1, all.perMonth().get(2).count(Severity.SEV4));
        assertFalse(all.impactByCategory().stream().noneMatch(t -> t.name().equals("game-day")));
    }

    @Test
    void withoutAPeriodThePackCoversTheDaysFromTheFirstIncidentToTheLast() throws Exception {
        PackStatistics all = PackStatistics.of(TestPack.reports(), PackFilter.everything(), TestPack.PACK_DATE);
        assertEquals(Period.between("2024-01-14", "2024-06-27"), all.period());
        assertEquals(8, all.current().incidents());
        assertTrue(all.previous().isEmpty());
    }
}
