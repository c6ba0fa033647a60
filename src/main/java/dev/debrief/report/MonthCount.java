package dev.debrief.report;

import dev.debrief.model.Severity;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many incidents started in one month, by severity; every severity is present, in order from SEV1.
 *
 * @param unrated incidents without a severity
 */
public record MonthCount(YearMonth month, Map<Severity, Integer> bySeverity, int unrated) {
    public MonthCount {
        EnumMap<Severity, Integer> all = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            all.put(severity, bySeverity.getOrDefault(severity, 0));
        }
        bySeverity = Collections.unmodifiableMap(all);
    }

    public int count(Severity severity) {
        return bySeverity.get(severity);
    }

    public int total() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum() + unrated;
    }
}
