package dev.debrief.report;

import dev.debrief.model.Window;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How a report's dates, durations and numbers read, in one style wherever they are shown: the PDF and the ticket
 * text say "2 h 30 min" and "22 May 2024, 14:00 – 16:00" alike.
 */
public final class Figures {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Figures() {}

    /** "22 May 2024". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "14:05", in the time's own zone. */
    public static String clock(ZonedDateTime time) {
        return CLOCK.format(time);
    }

    /** "22 May 2024, 14:00 – 16:00", the end day shown only when it differs; "… – ongoing" without an end. */
    public static String window(Window window) {
        return windowStart(window) + " – " + windowEnd(window);
    }

    /** The start of a window: "22 May 2024, 14:00". */
    public static String windowStart(Window window) {
        return DAY.format(window.start()) + ", " + CLOCK.format(window.start());
    }

    /** The end of a window as shown after its start: "16:00", "23 May 2024, 01:30" on another day, or "ongoing". */
    public static String windowEnd(Window window) {
        if (window.end().isEmpty()) {
            return "ongoing";
        }
        ZonedDateTime until = window.end().get();
        boolean sameDay = until.toLocalDate().equals(window.start().toLocalDate());
        return (sameDay ? "" : DAY.format(until) + ", ") + CLOCK.format(until);
    }

    /** "UTC", or the zone with its offset at the given time: "Africa/Lagos (UTC+01:00)". */
    public static String zone(ZoneId zone, ZonedDateTime at) {
        ZoneOffset offset = at.withZoneSameInstant(zone).getOffset();
        String utc = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        String id = zone.getId();
        if (id.equals("Z") || id.equals("UTC")) {
            return "UTC";
        }
        return zone instanceof ZoneOffset ? utc : id + " (" + utc + ")";
    }

    /** "45 min", "2 h", "2 h 30 min", "3 d 4 h"; "n/a" when it cannot be computed. */
    public static String duration(Optional<Duration> value) {
        if (value.isEmpty()) {
            return "n/a";
        }
        Duration d = value.get();
        String sign = d.isNegative() ? "−" : "";
        d = d.abs();
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return d.isZero() ? "0 min" : sign + d.toSeconds() + " s";
        }
        if (minutes < 60) {
            return sign + minutes + " min";
        }
        long hours = d.toHours();
        if (hours < 48) {
            long rest = minutes % 60;
            return sign + hours + " h" + (rest == 0 ? "" : " " + rest + " min");
        }
        long restHours = hours % 24;
        return sign + d.toDays() + " d" + (restHours == 0 ? "" : " " + restHours + " h");
    }

    /** "12,500". */
    public static String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** "70%", "12.5%". */
    public static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ENGLISH, "%.1f", value))
                + "%";
    }
}
