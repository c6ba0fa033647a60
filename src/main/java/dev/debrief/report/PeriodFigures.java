package dev.debrief.report;

import dev.debrief.model.Impact;
import dev.debrief.model.Incident;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The headline figures of one period's selection of incidents.
 *
 * <p>Rules: an ongoing incident (no window end) counts as an incident, but has no impact duration and no time
 * to resolve unless its timeline has a resolution; an incident without a metric is left out of that metric's
 * median and p90, and a median or p90 of no incidents is empty ("none"), not zero. The median of an even
 * number of values is the mean of the two middle ones; the p90 is the nearest-rank percentile: the value at
 * rank ⌈0.9 × n⌉ (1-based) of the n values in ascending order, so always one of the values.
 *
 * @param incidents how many incidents the selection holds
 * @param sev1to2 how many of them are SEV1 or SEV2
 * @param ongoing how many have no window end
 * @param totalImpact the impact durations of the incidents that ended, added up
 * @param medianImpact the median impact duration of the incidents that ended
 * @param longestCalm the longest run of days without a SEV1 or SEV2, within the period and up to the pack date;
 *     empty when no day of the period has passed or every day had one
 */
public record PeriodFigures(
        Period period,
        int incidents,
        int sev1to2,
        int ongoing,
        Duration totalImpact,
        Optional<Duration> medianImpact,
        Spread timeToDetect,
        Spread timeToResolve,
        Optional<CalmStretch> longestCalm,
        UsersAffected usersAffected) {

    /** The median and nearest-rank p90 of a metric, and how many incidents had it. */
    public record Spread(Optional<Duration> median, Optional<Duration> p90, int measured) {
        static Spread of(List<Duration> values) {
            return new Spread(PeriodFigures.median(values), nearestRank(values, 90), values.size());
        }
    }

    /** A run of days without a SEV1 or SEV2 incident, both ends included. */
    public record CalmStretch(LocalDate first, LocalDate last) {
        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /**
     * How many users were affected. Only {@code impact.users_affected} counts are added up; an incident that gives
     * only {@code users_affected_percent} cannot be turned into a number of users (the base is unknown), so it is
     * counted in {@code percentOnly} and left out of the total.
     *
     * @param total the sum of the counts; empty when no incident gives one
     * @param counted incidents that give a count
     * @param percentOnly incidents that give only a percentage
     * @param unknown incidents that give neither
     */
    public record UsersAffected(Optional<Long> total, int counted, int percentOnly, int unknown) {}

    /**
     * The figures of {@code selection}, the incidents of {@code period}. {@code majorCandidates} are the inputs
     * under the same severity and category filters but any period: a SEV1 that starts the day before the period
     * and lasts into it ends the calm too.
     */
    static PeriodFigures of(Period period, List<Report> selection, List<Report> majorCandidates, LocalDate packDate) {
        List<Duration> impacts = present(selection, r -> r.metrics().duration());
        return new PeriodFigures(
                period,
                selection.size(),
                (int) selection.stream().filter(PeriodFigures::isMajor).count(),
                (int) selection.stream().filter(r -> r.metrics().ongoing()).count(),
                impacts.stream().reduce(Duration.ZERO, Duration::plus),
                median(impacts),
                Spread.of(present(selection, r -> r.metrics().timeToDetect())),
                Spread.of(present(selection, r -> r.metrics().timeToResolve())),
                longestCalm(period, majorCandidates, packDate),
                usersAffected(selection));
    }

    /** SEV1 and SEV2 are the major incidents. */
    static boolean isMajor(Report report) {
        return report.incident().severity().map(s -> s.compareTo(Severity.SEV2) <= 0).orElse(false);
    }

    private static List<Duration> present(List<Report> reports, Function<Report, Optional<Duration>> metric) {
        return reports.stream().map(metric).flatMap(Optional::stream).toList();
    }

    static Optional<Duration> median(List<Duration> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }

    /** The value at rank ⌈p/100 × n⌉ of the values in ascending order. */
    static Optional<Duration> nearestRank(List<Duration> values, int percentile) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }

    /**
     * The longest run of days from the period's first day to its last (or the pack date, if earlier) on which no
     * SEV1 or SEV2 had impact. An incident's impact covers the days, on its own zone's calendar, from the day it
     * started to the day of its last moment of impact; an ongoing one up to the pack date. The earliest of equal
     * runs wins.
     */
    static Optional<CalmStretch> longestCalm(Period period, List<Report> candidates, LocalDate packDate) {
        LocalDate first = period.first();
        LocalDate last = packDate.isBefore(period.last()) ? packDate : period.last();
        if (last.isBefore(first)) {
            return Optional.empty();
        }
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        BitSet troubled = new BitSet(days);
        for (Report report : candidates) {
            if (!isMajor(report)) {
                continue;
            }
            Incident incident = report.incident();
            LocalDate from = PackFilter.windowStart(report).toLocalDate();
            LocalDate to = incident.window().end()
                    .map(end -> end.isAfter(incident.window().start()) ? end.minusNanos(1) : end)
                    .map(end -> end.withZoneSameInstant(incident.zone()).toLocalDate())
                    .orElse(packDate.isAfter(from) ? packDate : from);
            long start = Math.max(0, ChronoUnit.DAYS.between(first, from));
            long end = Math.min(days - 1, ChronoUnit.DAYS.between(first, to));
            if (start <= end) {
                troubled.set((int) start, (int) end + 1);
            }
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = troubled.nextClearBit(0); i < days; i = troubled.nextClearBit(i)) {
            int end = Math.min(troubled.nextSetBit(i) < 0 ? days : troubled.nextSetBit(i), days);
            if (end - i > bestLength) {
                bestStart = i;
                bestLength = end - i;
            }
            i = end;
        }
        return bestLength == 0 ? Optional.empty()
                : Optional.of(new CalmStretch(first.plusDays(bestStart), first.plusDays(bestStart + bestLength - 1L)));
    }

    private static UsersAffected usersAffected(List<Report> selection) {
        long total = 0;
        int counted = 0;
        int percentOnly = 0;
        for (Report report : selection) {
            Impact impact = report.incident().impact();
            if (impact.usersAffected().isPresent()) {
                total += impact.usersAffected().getAsLong();
                counted++;
            } else if (impact.usersAffectedPercent().isPresent()) {
                percentOnly++;
            }
        }
        return new UsersAffected(counted == 0 ? Optional.empty() : Optional.of(total), counted, percentOnly,
                selection.size() - counted - percentOnly);
    }

    /** The number of days without a SEV1 or SEV2: the length of the longest calm, zero when there is none. */
    public long daysWithoutMajor() {
        return longestCalm.map(CalmStretch::days).orElse(0L);
    }
}
