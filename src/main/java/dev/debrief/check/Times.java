package dev.debrief.check;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Times and durations as the rules' messages show them. */
final class Times {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");

    private Times() {}

    /** {@code 2024-05-22 14:05 +00:00}, in the incident's zone; seconds only when there are some. */
    static String show(ZonedDateTime time, ZoneId zone) {
        ZonedDateTime local = time.withZoneSameInstant(zone);
        return (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local);
    }

    /** {@code 3 d 4 h}, {@code 23 h 55 min}, {@code 40 min}. */
    static String show(Duration duration) {
        long minutes = duration.abs().toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (rest > 0 ? " " + rest + " min" : "");
        }
        return rest + " min";
    }
}
