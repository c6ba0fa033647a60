package dev.debrief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.debrief.TestIncidents;
import dev.debrief.TestPack;
import dev.debrief.model.InvalidValueException;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackFilterTest {
    static List<String> ids(PackFilter filter) throws Exception {
        return filter.apply(TestPack.reports()).stream().map(r -> r.incident().id()).toList();
    }

    static PackFilter period(String text) throws Exception {
        return PackFilter.everything().withPeriod(Period.parse(text));
    }

    @Test
    void withoutAFilterEveryIncidentIsKeptInTheOrderGiven() throws Exception {
        assertEquals(List.of("INC-2024-0114", "INC-2024-0331", "INC-2024-0401", "INC-2024-0424", "INC-2024-0514",
                "INC-2024-0603", "INC-2024-0612", "INC-2024-0627"), ids(PackFilter.everything()));
    }

    @Test
    void anIncidentBelongsToTheQuarterItStartsInOnItsOwnCalendar() throws Exception {
        // 0331 starts on 1 April in UTC but 31 March in Los Angeles; 0401 on 31 March in UTC but 1 April in Tokyo.
        assertEquals(List.of("INC-2024-0114", "INC-2024-0331"), ids(period("2024-Q1")));
        assertEquals(List.of("INC-2024-0401", "INC-2024-0424", "INC-2024-0514", "INC-2024-0603", "INC-2024-0612",
                "INC-2024-0627"), ids(period("2024-Q2")));
    }

    @Test
    void aMonthAndARangeSelectByTheSameRule() throws Exception {
        assertEquals(List.of("INC-2024-0401", "INC-2024-0424"), ids(period("2024-04")));
        assertEquals(List.of("INC-2024-0331", "INC-2024-0401"),
                ids(PackFilter.everything().withPeriod(Period.between("2024-03-31", "2024-04-01"))));
    }

    @Test
    void excludedCategoriesAreLeftOutWhateverTheirCase() throws Exception {
        PackFilter filter = new PackFilter(Optional.of(Period.parse("2024-Q2")), Set.of(), Set.of("Game-Day", "maintenance"));
        assertEquals(List.of("INC-2024-0401", "INC-2024-0424", "INC-2024-0514", "INC-2024-0603", "INC-2024-0627"),
                ids(filter));
    }

    @Test
    void excludingUncategorisedLeavesOutIncidentsWithoutACategory() throws Exception {
        PackFilter filter = new PackFilter(Optional.of(Period.parse("2024-04")), Set.of(), Set.of("uncategorised"));
        assertEquals(List.of("INC-2024-0424"), ids(filter));
    }

    @Test
    void onlyTheListedSeveritiesAreKept() throws Exception {
        PackFilter filter = new PackFilter(Optional.of(Period.parse("2024-Q2")), EnumSet.of(Severity.SEV1, Severity.SEV2),
                Set.of("game-day"));
        assertEquals(List.of("INC-2024-0401", "INC-2024-0424", "INC-2024-0514", "INC-2024-0627"), ids(filter));
    }

    @Test
    void aSeverityFilterLeavesOutIncidentsWithoutASeverity() throws Exception {
        Report unrated = ReportTest.report(TestIncidents.CORE);
        Report rated = ReportTest.report(TestIncidents.CORE + "severity: SEV3\n");
        PackFilter filter = new PackFilter(Optional.empty(), EnumSet.of(Severity.SEV3), Set.of());
        assertEquals(List.of(rated), filter.apply(List.of(unrated, rated)));
        assertEquals(List.of(unrated, rated), PackFilter.everything().apply(List.of(unrated, rated)));
    }

    @Test
    void severitiesAreReadAsPeopleWriteThem() throws Exception {
        assertEquals(EnumSet.of(Severity.SEV1, Severity.SEV2, Severity.SEV3),
                PackFilter.parseSeverities("SEV1, sev-2,3"));
        assertEquals("`SEV7` is not a severity: expected SEV1, SEV2, SEV3, SEV4 or SEV5, separated by commas",
                assertThrows(InvalidValueException.class, () -> PackFilter.parseSeverities("SEV1,SEV7")).getMessage());
        assertEquals("no severity given: expected a list like SEV1,SEV2",
                assertThrows(InvalidValueException.class, () -> PackFilter.parseSeverities(" , ")).getMessage());
    }

    @Test
    void categoriesAreACommaSeparatedList() throws Exception {
        assertEquals(List.of("game-day", "maintenance"),
                List.copyOf(PackFilter.parseCategories("game-day, maintenance,")));
        assertThrows(InvalidValueException.class, () -> PackFilter.parseCategories(""));
    }
}
