package dev.debrief.check;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.Location;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Where one rule reports what it finds in one file. Every finding carries the rule's id and default
 * severity, and a real position taken from the file's source map; configuration is applied afterwards.
 */
public final class Findings {
    private final Rule rule;
    private final Subject subject;
    private final Consumer<Diagnostic> out;

    Findings(Rule rule, Subject subject, Consumer<Diagnostic> out) {
        this.rule = rule;
        this.subject = subject;
        this.out = out;
    }

    /** A finding about {@code field} of {@code owner} (a list item, or the incident for a top-level field). */
    public void at(Object owner, String field, String message, String hint) {
        String path = subject.sources().path(owner, field);
        at(subject.sources().locate(path), path, message, hint);
    }

    /** A finding about the value at {@code path}, e.g. {@code timeline}. */
    public void atPath(String path, String message, String hint) {
        at(subject.sources().locate(path), path, message, hint);
    }

    /** A finding about a key, reported where the key is written. */
    public void atKey(String path, String message, String hint) {
        at(subject.sources().locateKey(path), path, message, hint);
    }

    /**
     * A finding about the {@code occurrence}-th match (from 0) of {@code phrase} in a text value: at the
     * phrase itself when its place in the file is certain, else at the start of the value.
     */
    public void inText(TextValue text, Pattern phrase, int occurrence, String message, String hint) {
        Optional<Location> exact = subject.text().locate(text.start(), text.value(), phrase, occurrence);
        at(exact.orElse(text.start()), text.path(), message, hint);
    }

    public void at(Location location, String path, String message, String hint) {
        Diagnostic finding = new Diagnostic(rule.severity(), rule.id(), location, path, message, Optional.empty());
        out.accept(hint == null ? finding : finding.withHint(hint));
    }

    /** The findings of one rule that looks across files, one {@link Findings} per file. */
    public static final class PerSubject {
        private final Map<Subject, Findings> bySubject = new IdentityHashMap<>();

        PerSubject(Rule rule, List<Subject> subjects, java.util.function.Function<Subject, Consumer<Diagnostic>> sinks) {
            for (Subject subject : subjects) {
                bySubject.put(subject, new Findings(rule, subject, sinks.apply(subject)));
            }
        }

        public Findings in(Subject subject) {
            Findings findings = bySubject.get(subject);
            if (findings == null) {
                throw new IllegalArgumentException("not a subject of this run: " + subject.file());
            }
            return findings;
        }
    }
}
