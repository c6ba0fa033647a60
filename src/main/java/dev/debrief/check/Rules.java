package dev.debrief.check;

import dev.debrief.load.Suggestion;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every rule Debrief checks, by set; docs/authoring.md describes each. */
public final class Rules {
    /** Validation first, then lint, each in the order the documentation lists them. */
    public static final List<Rule> ALL = Stream.concat(ValidationRules.ALL.stream(), LintRules.ALL.stream()).toList();

    private Rules() {}

    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rules of the sets given, in catalogue order. */
    public static List<Rule> of(RuleSet... sets) {
        List<RuleSet> wanted = Arrays.asList(sets);
        return ALL.stream().filter(r -> wanted.contains(r.set())).toList();
    }

    /** The rule id closest to a misspelt one, for "did you mean". */
    public static Optional<String> closest(String id) {
        // Suggestion compares words with '_' for '-', as keys are written.
        return Suggestion.closest(id, ALL.stream().map(r -> r.id().replace('-', '_')).toList())
                .map(k -> k.replace('_', '-'));
    }
}
