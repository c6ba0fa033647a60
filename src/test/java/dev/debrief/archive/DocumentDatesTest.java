package dev.debrief.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {
    static final LocalDate REPORT_DAY = LocalDate.of(2024, 5, 22);

    static ZonedDateTime created(ZoneId zone, Map<String, String> environment) {
        return Archiving.of(true, environment).document(REPORT_DAY, zone, List.of()).created();
    }

    @Test
    void theDateIsTheStartOfTheReportDayInTheIncidentsZone() {
        assertEquals(ZonedDateTime.of(2024, 5, 22, 0, 0, 0, 0, ZoneId.of("Africa/Lagos")),
                created(ZoneId.of("Africa/Lagos"), Map.of()));
    }

    @Test
    void sourceDateEpochWinsWhenSet() {
        ZonedDateTime created = created(ZoneId.of("Africa/Lagos"), Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        assertEquals("2023-11-14T22:13:20Z", DocumentDates.xmp(created));
        assertEquals("D:20231114221320Z", DocumentDates.pdf(created));
    }

    @Test
    void aBlankSourceDateEpochIsUnset() {
        assertEquals(REPORT_DAY.atStartOfDay(ZoneId.of("UTC")),
                created(ZoneId.of("UTC"), Map.of("SOURCE_DATE_EPOCH", " ")));
    }

    @Test
    void aSourceDateEpochThatIsNoNumberIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Archiving.of(true, Map.of("SOURCE_DATE_EPOCH", "yesterday")));
        assertEquals("SOURCE_DATE_EPOCH is 'yesterday': expected a whole number of seconds since"
                + " 1970-01-01T00:00:00Z", e.getMessage());
    }

    @Test
    void bothSpellingsCarryTheSameOffset() {
        ZonedDateTime lagos = REPORT_DAY.atStartOfDay(ZoneId.of("Africa/Lagos"));
        assertEquals("D:20240522000000+01'00'", DocumentDates.pdf(lagos));
        assertEquals("2024-05-22T00:00:00+01:00", DocumentDates.xmp(lagos));
        ZonedDateTime newfoundland = REPORT_DAY.atStartOfDay(ZoneId.of("America/St_Johns"));
        assertEquals("D:20240522000000-02'30'", DocumentDates.pdf(newfoundland));
        assertEquals("2024-05-22T00:00:00-02:30", DocumentDates.xmp(newfoundland));
    }
}
