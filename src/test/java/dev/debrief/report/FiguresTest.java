package dev.debrief.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.debrief.model.Window;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {
    @ParameterizedTest
    @CsvSource({"0, 0 min", "45, 45 s", "2700, 45 min", "7200, 2 h", "9000, 2 h 30 min", "187200, 2 d 4 h",
        "-600, −10 min"})
    void durationsReadShortest(long seconds, String expected) {
        assertEquals(expected, Figures.duration(Optional.of(Duration.ofSeconds(seconds))));
    }

    @Test
    void aMissingDurationIsNotAvailable() {
        assertEquals("n/a", Figures.duration(Optional.empty()));
    }

    @Test
    void aWindowNamesTheEndDayOnlyWhenItDiffers() {
        ZonedDateTime start = ZonedDateTime.of(2024, 5, 22, 14, 0, 0, 0, ZoneId.of("UTC"));
        assertEquals("22 May 2024, 14:00 – 16:30", Figures.window(new Window(start, Optional.of(start.plusMinutes(150)))));
        assertEquals("22 May 2024, 14:00 – 23 May 2024, 09:00",
                Figures.window(new Window(start, Optional.of(start.plusHours(19)))));
        assertEquals("22 May 2024, 14:00 – ongoing", Figures.window(new Window(start, Optional.empty())));
    }

    @Test
    void zonesShowTheirOffset() {
        ZonedDateTime at = ZonedDateTime.of(2024, 5, 22, 14, 0, 0, 0, ZoneId.of("UTC"));
        assertEquals("UTC", Figures.zone(ZoneId.of("UTC"), at));
        assertEquals("Africa/Lagos (UTC+01:00)", Figures.zone(ZoneId.of("Africa/Lagos"), at));
        assertEquals("UTC+05:30", Figures.zone(ZoneId.of("+05:30"), at));
    }

    @Test
    void countsAndPercentsReadInEnglish() {
        assertEquals("12,500", Figures.count(12500));
        assertEquals("70%", Figures.percent(70));
        assertEquals("12.5%", Figures.percent(12.5));
    }
}
