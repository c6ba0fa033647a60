package dev.debrief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-Q2  | 2024-04-01 | 2024-06-30 | Q2 2024
            2024-q1  | 2024-01-01 | 2024-03-31 | Q1 2024
            2024-Q4  | 2024-10-01 | 2024-12-31 | Q4 2024
            2024-05  | 2024-05-01 | 2024-05-31 | May 2024
            2024-02  | 2024-02-01 | 2024-02-29 | February 2024
            2023-2   | 2023-02-01 | 2023-02-28 | February 2023
            2024     | 2024-01-01 | 2024-12-31 | 2024
            ' 2024-Q3 ' | 2024-07-01 | 2024-09-30 | Q3 2024
            """)
    void readsAQuarterAMonthAndAYear(String text, LocalDate first, LocalDate last, String label) throws Exception {
        Period period = Period.parse(text);
        assertEquals(first, period.first());
        assertEquals(last, period.last());
        assertEquals(label, period.label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-Q2 | 2024-Q1
            2024-Q1 | 2023-Q4
            2024-05 | 2024-04
            2024-01 | 2023-12
            2024    | 2023
            """)
    void thePreviousPeriodIsTheOneJustBefore(String text, String previous) throws Exception {
        assertEquals(Period.parse(previous), Period.parse(text).previous());
    }

    @Test
    void thePreviousRangeHasTheSameLengthAndEndsTheDayBefore() throws Exception {
        Period range = Period.between("2024-04-10", "2024-04-19");
        assertEquals(10, range.days());
        Period previous = range.previous();
        assertEquals(LocalDate.of(2024, 3, 31), previous.first());
        assertEquals(LocalDate.of(2024, 4, 9), previous.last());
        assertEquals(10, previous.days());
    }

    @Test
    void aRangeIsLabelledWithItsDays() throws Exception {
        assertEquals("1 Apr – 30 Jun 2024", Period.between("2024-04-01", "2024-06-30").label());
        assertEquals("15 Dec 2023 – 14 Jan 2024", Period.between("2023-12-15", "2024-01-14").label());
        assertEquals("9 Sep 2024", Period.between("2024-09-09", "2024-09-09").label());
    }

    @Test
    void bothEndsOfARangeAreIncluded() throws Exception {
        Period range = Period.between("2024-04-01", "2024-04-30");
        assertTrue(range.contains(LocalDate.of(2024, 4, 1)));
        assertTrue(range.contains(LocalDate.of(2024, 4, 30)));
        assertFalse(range.contains(LocalDate.of(2024, 3, 31)));
        assertFalse(range.contains(LocalDate.of(2024, 5, 1)));
    }

    @Test
    void aLateEveningInLagosOnTheLastOfMarchBelongsToMarch() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2024, 3, 31, 23, 30, 0, 0, ZoneId.of("Africa/Lagos"));
        assertTrue(Period.parse("2024-03").contains(start));
        assertFalse(Period.parse("2024-04").contains(start));
    }

    @Test
    void theDayIsReadInTheZoneTheStartCarriesNotInUtc() throws Exception {
        ZonedDateTime losAngeles = ZonedDateTime.of(2024, 3, 31, 20, 0, 0, 0, ZoneId.of("America/Los_Angeles"));
        ZonedDateTime tokyo = ZonedDateTime.of(2024, 4, 1, 8, 0, 0, 0, ZoneId.of("Asia/Tokyo"));
        assertEquals(LocalDate.of(2024, 4, 1), losAngeles.withZoneSameInstant(ZoneId.of("UTC")).toLocalDate());
        assertTrue(Period.parse("2024-Q1").contains(losAngeles));
        assertTrue(Period.parse("2024-Q2").contains(tokyo));
        assertFalse(Period.parse("2024-Q1").contains(tokyo));
    }

    @Test
    void everyMonthThePeriodTouchesIsListed() throws Exception {
        assertEquals(List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6)),
                Period.parse("2024-Q2").months());
        assertEquals(List.of(YearMonth.of(2023, 12), YearMonth.of(2024, 1)),
                Period.between("2023-12-30", "2024-01-02").months());
        assertEquals(12, Period.parse("2024").months().size());
    }

    @Test
    void aCoveringRangeRunsFromTheFirstStartToTheLastOnTheirOwnCalendars() {
        Period range = Period.covering(List.of(
                ZonedDateTime.of(2024, 5, 2, 1, 0, 0, 0, ZoneId.of("Asia/Tokyo")),
                ZonedDateTime.of(2024, 4, 30, 23, 0, 0, 0, ZoneId.of("America/New_York"))));
        assertEquals(LocalDate.of(2024, 4, 30), range.first());
        assertEquals(LocalDate.of(2024, 5, 2), range.last());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-Q5     | `2024-Q5` is not a period: a year has quarters Q1 to Q4
            2024-13     | `2024-13` is not a period: months run from 01 to 12
            Q2          | `Q2` is not a period: expected a quarter like 2024-Q2, a month like 2024-05 or a year like 2024
            last month  | `last month` is not a period: expected a quarter like 2024-Q2, a month like 2024-05 or a year like 2024
            2024-05-01  | `2024-05-01` is a single day, not a period: give a range with a start and an end date (--from and --to), or a quarter like 2024-Q2, a month like 2024-05 or a year like 2024
            """)
    void unreadablePeriodSaysWhatWasExpected(String text, String message) {
        assertEquals(message, assertThrows(InvalidValueException.class, () -> Period.parse(text)).getMessage());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertEquals("the range ends on 2024-04-01, before it starts on 2024-06-30",
                assertThrows(InvalidValueException.class, () -> Period.between("2024-06-30", "2024-04-01"))
                        .getMessage());
    }

    @Test
    void aDayThatIsNotInTheCalendarIsRefused() {
        assertEquals("`2024-02-30` is not a day of the calendar",
                assertThrows(InvalidValueException.class, () -> Period.between("2024-02-01", "2024-02-30"))
                        .getMessage());
        assertEquals("`April 1` is not a date: expected a date like 2024-04-01",
                assertThrows(InvalidValueException.class, () -> Period.between("April 1", "2024-04-30"))
                        .getMessage());
    }
}
