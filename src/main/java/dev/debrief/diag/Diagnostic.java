package dev.debrief.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * One finding about an input file: an error that stops rendering, a warning the author should read, or a
 * piece of information. Every stage reports through this one type, so every message prints the same way.
 *
 * @param rule  a stable id a user can switch off or search for, e.g. {@code unknown-key}
 * @param path  the field it is about, e.g. {@code timeline[2].event}; empty for the file as a whole
 * @param hint  what to do instead, e.g. "did you mean `root_cause`?"; empty when there is nothing to say
 */
public record Diagnostic(Severity severity, String rule, Location location, String path, String message,
        Optional<String> hint) {

    /** How much a finding matters. */
    public enum Severity {
        ERROR, WARNING, INFO;

        /** The word printed in messages: {@code error}, {@code warning}, {@code info}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Diagnostic error(String rule, Location location, String path, String message) {
        return new Diagnostic(Severity.ERROR, rule, location, path, message, Optional.empty());
    }

    public static Diagnostic warning(String rule, Location location, String path, String message) {
        return new Diagnostic(Severity.WARNING, rule, location, path, message, Optional.empty());
    }

    public Diagnostic withHint(String hint) {
        return new Diagnostic(severity, rule, location, path, message, Optional.ofNullable(hint).filter(h -> !h.isBlank()));
    }

    public Diagnostic withSeverity(Severity severity) {
        return new Diagnostic(severity, rule, location, path, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message and its hint in one sentence: {@code unknown key `x` (did you mean `y`?)}. */
    public String text() {
        return hint.map(h -> message + " (" + h + ")").orElse(message);
    }

    /** {@code file:line:col: error: message (hint) [rule]}, with control characters made visible. */
    @Override
    public String toString() {
        return Quote.visible(location + ": " + severity.word() + ": " + text() + " [" + rule + "]");
    }
}
