package dev.debrief.report;

import dev.debrief.model.Incident;
import dev.debrief.model.InvalidValueException;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which incidents a pack holds: those starting in the period (on their own zone's calendar), of the listed
 * severities, and not of an excluded category.
 *
 * <p>An empty severity set lets every incident through, including one with no severity; a non-empty one lets
 * through only incidents with one of those severities. Categories are compared without regard to case, and
 * excluding {@value #UNCATEGORISED} leaves out incidents that name no category.
 */
public record PackFilter(Optional<Period> period, Set<Severity> severities, Set<String> excludedCategories) {
    /** The name of the category of incidents that give none, in breakdowns and filters alike. */
    public static final String UNCATEGORISED = "uncategorised";

    public PackFilter {
        severities = severities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(severities));
        excludedCategories = excludedCategories.stream().map(PackFilter::categoryKey).collect(
                Collectors.toUnmodifiableSet());
    }

    /** No filter at all: every incident passes. */
    public static PackFilter everything() {
        return new PackFilter(Optional.empty(), Set.of(), Set.of());
    }

    public PackFilter withPeriod(Period other) {
        return new PackFilter(Optional.of(other), severities, excludedCategories);
    }

    /** The same severity and category filters over all time. */
    public PackFilter withoutPeriod() {
        return new PackFilter(Optional.empty(), severities, excludedCategories);
    }

    public boolean accepts(Report report) {
        Incident incident = report.incident();
        if (period.isPresent() && !period.get().contains(windowStart(report))) {
            return false;
        }
        if (!severities.isEmpty() && incident.severity().filter(severities::contains).isEmpty()) {
            return false;
        }
        return !excludedCategories.contains(categoryKey(category(report)));
    }

    /** The reports this filter accepts, in the order given. */
    public List<Report> apply(List<Report> reports) {
        return reports.stream().filter(this::accepts).toList();
    }

    /** Where the incident's window starts, on its own zone's clock: the zone that decides its day. */
    static ZonedDateTime windowStart(Report report) {
        return report.incident().window().start().withZoneSameInstant(report.incident().zone());
    }

    /** The incident's category as written, or {@value #UNCATEGORISED}. */
    static String category(Report report) {
        return report.incident().category().map(String::strip).filter(c -> !c.isEmpty()).orElse(UNCATEGORISED);
    }

    /** Two spellings of a category or service that differ only in case are the same. */
    static String categoryKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads a comma-separated list like {@code SEV1,SEV2}; {@code sev1}, {@code SEV-1} and {@code 1} also work. */
    public static Set<Severity> parseSeverities(String text) throws InvalidValueException {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            severities.add(Severity.fromText(part).orElseThrow(() -> new InvalidValueException("`" + part.strip()
                    + "` is not a severity: expected SEV1, SEV2, SEV3, SEV4 or SEV5, separated by commas")));
        }
        if (severities.isEmpty()) {
            throw new InvalidValueException("no severity given: expected a list like SEV1,SEV2");
        }
        return severities;
    }

    /** Reads a comma-separated list like {@code game-day,maintenance}, in the order given. */
    public static Set<String> parseCategories(String text) throws InvalidValueException {
        List<String> names = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        if (names.isEmpty()) {
            throw new InvalidValueException("no category given: expected a list like game-day,maintenance");
        }
        return new LinkedHashSet<>(names);
    }
}
