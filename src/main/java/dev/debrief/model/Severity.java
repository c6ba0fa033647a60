package dev.debrief.model;

import java.util.Locale;
import java.util.Optional;

/** How bad an incident was; SEV1 is the worst. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4, SEV5;

    /** Reads {@code SEV1} as people write it: {@code sev1}, {@code SEV-1}, {@code sev 1} or {@code 1}. */
    public static Optional<Severity> fromText(String text) {
        String compact = text.strip().replaceAll("[\\s_-]", "").toUpperCase(Locale.ROOT);
        String name = compact.matches("\\d") ? "SEV" + compact : compact;
        for (Severity severity : values()) {
            if (severity.name().equals(name)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
