package dev.debrief.render;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How durations, counts, percentages and days are written on every page, so a pack and a report agree. */
public final class Formats {
    /** A day as the pages show it: "22 May 2024". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {}

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

    public static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    public static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ENGLISH, "%.1f", value))
                + "%";
    }
}
