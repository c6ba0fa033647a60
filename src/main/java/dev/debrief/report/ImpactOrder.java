package dev.debrief.report;

import dev.debrief.model.Impact;
import dev.debrief.model.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;

/**
 * Orders incidents by impact, greatest first: by severity (SEV1 first, none last), then by impact duration
 * (an ongoing incident's impact runs to the end of the pack date), then by users affected (the count, then the
 * percentage; none last), then earliest first, then by id.
 *
 * <p>Severity leads because it is the team's own judgement of business impact and nearly every incident has one.
 * Users are only a tie-break: most incidents give a percentage or nothing, and a product of duration and a count
 * would rank any incident that happens to give a count above every one that does not.
 */
final class ImpactOrder {
    private ImpactOrder() {}

    static Comparator<Report> greatestFirst(LocalDate packDate) {
        return Comparator
                .comparingInt((Report r) -> r.incident().severity().map(Severity::ordinal).orElse(Severity.values().length))
                .thenComparing((Report r) -> impactSoFar(r, packDate), Comparator.reverseOrder())
                .thenComparingLong(r -> -r.incident().impact().usersAffected().orElse(-1))
                .thenComparingDouble(r -> -percent(r.incident().impact()))
                .thenComparing(r -> r.incident().window().start().toInstant())
                .thenComparing(r -> r.incident().id());
    }

    /** The impact duration; for an ongoing incident, from its start to the end of the pack date in its zone. */
    static Duration impactSoFar(Report report, LocalDate packDate) {
        if (report.metrics().duration().isPresent()) {
            return report.metrics().duration().get();
        }
        ZonedDateTime start = report.incident().window().start();
        ZonedDateTime endOfPackDate = packDate.plusDays(1).atStartOfDay(report.incident().zone());
        return endOfPackDate.isAfter(start) ? Duration.between(start, endOfPackDate) : Duration.ZERO;
    }

    private static double percent(Impact impact) {
        return impact.usersAffectedPercent().orElse(-1);
    }
}
