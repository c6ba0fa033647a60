package dev.debrief.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date, date-time, time-of-day and zone forms that format version 1 accepts. */
final class TimeText {
    private TimeText() {}

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern TIME_24 = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern TIME_12 = Pattern.compile(
            "(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*([AaPp])\\.?\\s*[Mm]\\.?");

    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A full date-time; one without an offset is read in {@code zone}. */
    static Optional<ZonedDateTime> dateTime(String text, ZoneId zone) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000000").substring(0, 9);
            LocalDateTime local = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5),
                    m.group(6) == null ? 0 : num(m, 6), Integer.parseInt(fraction));
            if (m.group(8) == null) {
                return Optional.of(ZonedDateTime.ofLocal(local, zone, null));
            }
            ZoneOffset offset = offset(m.group(8));
            return Optional.of(local.atOffset(offset).atZoneSameInstant(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A time of day: {@code 14:05}, {@code 14:05:30}, {@code 2:05 PM}, {@code 2 pm}. */
    static Optional<LocalTime> timeOfDay(String text) {
        String t = text.strip();
        try {
            Matcher m = TIME_24.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalTime.of(num(m, 1), num(m, 2), m.group(3) == null ? 0 : num(m, 3)));
            }
            m = TIME_12.matcher(t);
            if (m.matches()) {
                int hour = num(m, 1);
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                boolean pm = m.group(4).equalsIgnoreCase("p");
                int hour24 = hour % 12 + (pm ? 12 : 0);
                return Optional.of(LocalTime.of(hour24, m.group(2) == null ? 0 : num(m, 2),
                        m.group(3) == null ? 0 : num(m, 3)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** An IANA zone ({@code Africa/Lagos}), {@code UTC}/{@code GMT}, or an offset ({@code +01:00}, {@code UTC+1}). */
    static Optional<ZoneId> zone(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (t.charAt(0) == '+' || t.charAt(0) == '-') {
                return OFFSET.matcher(t).matches() ? Optional.of(offset(t)) : Optional.empty();
            }
            if (t.equalsIgnoreCase("utc") || t.equalsIgnoreCase("z")) {
                return Optional.of(ZoneOffset.UTC);
            }
            if (t.equalsIgnoreCase("gmt")) {
                return Optional.of(ZoneId.of("GMT"));
            }
            return Optional.of(ZoneId.of(t));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code Z}, {@code +01:00}, {@code +0100}, {@code +01}, {@code +1}, {@code +1:30}; out of range throws. */
    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        Matcher m = OFFSET.matcher(text);
        if (!m.matches()) {
            throw new DateTimeException("not an offset: " + text);
        }
        int sign = m.group(1).equals("-") ? -1 : 1;
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * minutes);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
