package dev.debrief.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a pack covers, first and last included: a quarter, a month, a year or a custom range.
 *
 * <p>It lives in the model, not in {@code report}, because the pack config loader reads it and {@code load}
 * comes before {@code report}. An incident belongs to the period its window starts in, on the calendar of the
 * incident's own {@code timezone}: a 23:30 Lagos incident on 31 March belongs to March wherever the pack is made,
 * and the same file always lands in the same pack.
 */
public sealed interface Period {
    LocalDate first();

    LocalDate last();

    /** The period just before: the quarter, month or year before, or for a range the range of equal length. */
    Period previous();

    /** How a reader names it: "Q2 2024", "May 2024", "2024", "1 Apr – 30 Jun 2024". */
    String label();

    default boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    /**
     * Whether an incident whose window starts at {@code windowStart} belongs here. The day is read in the zone the
     * value carries; the loader gives a window start the incident's own zone, so that zone decides.
     */
    default boolean contains(ZonedDateTime windowStart) {
        return contains(windowStart.toLocalDate());
    }

    default long days() {
        return ChronoUnit.DAYS.between(first(), last()) + 1;
    }

    /** Every month the period touches, in order: a chart of the period shows each, even when it is empty. */
    default List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first()); !m.isAfter(YearMonth.from(last())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    /** A calendar quarter: Q1 is January to March. */
    record Quarter(int year, int quarter) implements Period {
        public Quarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter " + quarter);
            }
        }

        @Override
        public LocalDate first() {
            return LocalDate.of(year, quarter * 3 - 2, 1);
        }

        @Override
        public LocalDate last() {
            return YearMonth.of(year, quarter * 3).atEndOfMonth();
        }

        @Override
        public Quarter previous() {
            return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
        }

        @Override
        public String label() {
            return "Q" + quarter + " " + year;
        }
    }

    /** A calendar month. */
    record Month(YearMonth month) implements Period {
        @Override
        public LocalDate first() {
            return month.atDay(1);
        }

        @Override
        public LocalDate last() {
            return month.atEndOfMonth();
        }

        @Override
        public Month previous() {
            return new Month(month.minusMonths(1));
        }

        @Override
        public String label() {
            return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        }
    }

    /** A calendar year. */
    record Year(int year) implements Period {
        @Override
        public LocalDate first() {
            return LocalDate.of(year, 1, 1);
        }

        @Override
        public LocalDate last() {
            return LocalDate.of(year, 12, 31);
        }

        @Override
        public Year previous() {
            return new Year(year - 1);
        }

        @Override
        public String label() {
            return String.valueOf(year);
        }
    }

    /** Any run of days, both ends included. */
    record Range(LocalDate first, LocalDate last) implements Period {
        public Range {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException(first + " is after " + last);
            }
        }

        @Override
        public Range previous() {
            return new Range(first.minusDays(days()), first.minusDays(1));
        }

        @Override
        public String label() {
            if (first.equals(last)) {
                return day(first) + " " + first.getYear();
            }
            return first.getYear() == last.getYear()
                    ? day(first) + " – " + day(last) + " " + last.getYear()
                    : day(first) + " " + first.getYear() + " – " + day(last) + " " + last.getYear();
        }

        private static String day(LocalDate date) {
            return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
    }

    /** Reads {@code 2024-Q2}, {@code 2024-05} or {@code 2024}. */
    static Period parse(String text) throws InvalidValueException {
        String t = text.strip();
        String forms = "a quarter like 2024-Q2, a month like 2024-05 or a year like 2024";
        Matcher m = Pattern.compile("(\\d{4})-[Qq](\\d)").matcher(t);
        if (m.matches()) {
            int quarter = Integer.parseInt(m.group(2));
            if (quarter < 1 || quarter > 4) {
                throw new InvalidValueException("`" + t + "` is not a period: a year has quarters Q1 to Q4");
            }
            return new Quarter(Integer.parseInt(m.group(1)), quarter);
        }
        m = Pattern.compile("(\\d{4})-(\\d{1,2})").matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidValueException("`" + t + "` is not a period: months run from 01 to 12");
            }
            return new Month(YearMonth.of(Integer.parseInt(m.group(1)), month));
        }
        if (t.matches("\\d{4}")) {
            return new Year(Integer.parseInt(t));
        }
        if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            throw new InvalidValueException("`" + t + "` is a single day, not a period: give a range with a start"
                    + " and an end date (--from and --to), or " + forms);
        }
        throw new InvalidValueException("`" + t + "` is not a period: expected " + forms);
    }

    /** The days from {@code from} to {@code to}, both included, each written like 2024-04-01. */
    static Range between(String from, String to) throws InvalidValueException {
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (last.isBefore(first)) {
            throw new InvalidValueException("the range ends on " + last + ", before it starts on " + first);
        }
        return new Range(first, last);
    }

    /** Reads one date like 2024-04-01. */
    static LocalDate date(String text) throws InvalidValueException {
        String t = text.strip();
        Matcher m = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})").matcher(t);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new InvalidValueException("`" + t + "` is not a day of the calendar");
            }
        }
        throw new InvalidValueException("`" + t + "` is not a date: expected a date like 2024-04-01");
    }

    /** The range from the first to the last of these window starts, each on its own zone's calendar. */
    static Range covering(Collection<ZonedDateTime> windowStarts) {
        if (windowStarts.isEmpty()) {
            throw new IllegalArgumentException("no incidents to cover");
        }
        LocalDate first = windowStarts.stream().map(ZonedDateTime::toLocalDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = windowStarts.stream().map(ZonedDateTime::toLocalDate).max(LocalDate::compareTo).orElseThrow();
        return new Range(first, last);
    }
}
