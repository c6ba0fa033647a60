package dev.debrief.check;

import dev.debrief.diag.Diagnostic.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * How the rules are set for a file, from the {@code .debrief.yaml} that applies to it: each rule's severity
 * ({@code off} silences it) and the word range of the narrative.
 *
 * @param levels    a rule id to its configured severity, empty for {@code off}; rules not named keep their own
 * @param minWords  the fewest words the narrative should have
 * @param maxWords  the most words the narrative should have
 */
public record Settings(Map<String, Optional<Severity>> levels, int minWords, int maxWords) {
    public static final int MIN_WORDS = 400;
    public static final int MAX_WORDS = 600;

    /** No configuration file: every rule at its own severity, the narrative between 400 and 600 words. */
    public static final Settings DEFAULT = new Settings(Map.of(), MIN_WORDS, MAX_WORDS);

    public Settings {
        levels = Map.copyOf(levels);
    }

    /** The severity of {@code rule}'s findings here; empty when the rule is off. */
    public Optional<Severity> severityOf(Rule rule) {
        return levels.getOrDefault(rule.id(), Optional.of(rule.severity()));
    }
}
