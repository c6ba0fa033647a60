package dev.debrief.check;

/** Which commands run a rule. */
public enum RuleSet {
    /** Meaning beyond the schema; run by {@code validate}, {@code lint} and before every render. */
    VALIDATION,
    /** Completeness and quality of the writing; run by {@code lint}. */
    LINT
}
