package dev.debrief.report;

import java.time.Duration;
import java.util.Optional;

/**
 * The executive page's headline figures, each beside the previous period's. Durations are exact (a median of two
 * values can fall on a half minute); counts are whole numbers.
 */
public record Headline(
        Compared<Long> incidents,
        Compared<Long> sev1to2,
        Compared<Duration> totalImpact,
        Compared<Duration> medianImpact,
        Compared<Duration> medianTimeToDetect,
        Compared<Duration> p90TimeToDetect,
        Compared<Duration> medianTimeToResolve,
        Compared<Duration> p90TimeToResolve,
        Compared<Long> daysWithoutSev1to2,
        Compared<Long> usersAffected) {

    static Headline of(PeriodFigures now, Optional<PeriodFigures> before) {
        Compared.Better lower = Compared.Better.LOWER;
        return new Headline(
                Compared.of(now, before, f -> Optional.of((long) f.incidents()), Headline::minus, lower),
                Compared.of(now, before, f -> Optional.of((long) f.sev1to2()), Headline::minus, lower),
                Compared.of(now, before, f -> Optional.of(f.totalImpact()), Duration::minus, lower),
                Compared.of(now, before, PeriodFigures::medianImpact, Duration::minus, lower),
                Compared.of(now, before, f -> f.timeToDetect().median(), Duration::minus, lower),
                Compared.of(now, before, f -> f.timeToDetect().p90(), Duration::minus, lower),
                Compared.of(now, before, f -> f.timeToResolve().median(), Duration::minus, lower),
                Compared.of(now, before, f -> f.timeToResolve().p90(), Duration::minus, lower),
                Compared.of(now, before, f -> Optional.of(f.daysWithoutMajor()), Headline::minus,
                        Compared.Better.HIGHER),
                Compared.of(now, before, f -> f.usersAffected().total(), Headline::minus, lower));
    }

    private static Long minus(Long a, Long b) {
        return a - b;
    }
}
