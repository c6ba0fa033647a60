package dev.debrief.check;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.Diagnostic.Severity;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.diag.Location;
import dev.debrief.load.IncidentLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check stage: runs rules over loaded incident files and applies what the user configured, so every
 * finding comes out with its final severity and real position. Configured once with {@link #builder()};
 * immutable and safe to share between threads (settings files are read once per instance).
 *
 * <p>A rule's severity is its default, unless the nearest {@code .debrief.yaml} sets another; a
 * {@code # debrief-disable} comment in the file, or {@code --disable} on the command line, switches it off
 * whatever the settings say.
 */
public final class Checks {
    private final List<Rule> rules;
    private final Clock clock;
    private final Set<String> disabled;
    private final Map<Path, Optional<Path>> settingsFiles = new ConcurrentHashMap<>();
    private final Map<Path, SettingsFile.Read> settings = new ConcurrentHashMap<>();

    private Checks(Builder builder) {
        this.rules = Rules.of(builder.sets.toArray(RuleSet[]::new));
        this.clock = builder.clock;
        this.disabled = Set.copyOf(builder.disabled);
    }

    /** The validation rules, today by the system clock: what runs before every render. */
    public static Checks validation() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One file's findings after checking, in the order to print them. */
    public record Checked(IncidentLoader.Loaded loaded, List<Diagnostic> diagnostics) {
        public Checked {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * Checks the files of one run together (a rule that looks across files sees them all). Each result holds
     * the loader's warnings and the findings, in file order; problems in a settings file come first, with the
     * first file that uses it.
     */
    public List<Checked> check(List<IncidentLoader.Loaded> files) {
        LocalDate today = LocalDate.now(clock);
        List<Subject> subjects = files.stream().map(Subject::of).toList();
        Map<Subject, List<Diagnostic>> raw = new IdentityHashMap<>();
        Map<Subject, SettingsFile.Read> read = new IdentityHashMap<>();
        for (Subject subject : subjects) {
            List<Diagnostic> found = new ArrayList<>();
            raw.put(subject, found);
            SettingsFile.Read config = settingsFor(subject.file());
            read.put(subject, config);
            Context context = new Context(today, config.settings());
            for (Rule rule : rules) {
                if (rule.check() instanceof Rule.EachFile each && enabled(rule, config.settings())) {
                    each.check(subject, context, new Findings(rule, subject, found::add));
                }
            }
        }
        for (Rule rule : rules) {
            if (rule.check() instanceof Rule.AcrossFiles across) {
                across.check(subjects, new Findings.PerSubject(rule, subjects, s -> raw.get(s)::add));
            }
        }
        Set<SettingsFile.Read> reported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Checked> results = new ArrayList<>();
        for (Subject subject : subjects) {
            SettingsFile.Read config = read.get(subject);
            List<Diagnostic> out = new ArrayList<>();
            if (reported.add(config)) {
                out.addAll(config.problems());
            }
            InlineDisables inline = InlineDisables.of(subject.text());
            List<Diagnostic> own = new ArrayList<>(subject.loaded().warnings());
            own.addAll(inline.problems());
            for (Diagnostic finding : raw.get(subject)) {
                applied(finding, subject, config.settings(), inline).ifPresent(own::add);
            }
            own.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
                    .thenComparingInt(d -> d.location().column()));
            out.addAll(own);
            results.add(new Checked(subject.loaded(), out));
        }
        return results;
    }

    /**
     * Checks one file, as before a render: the file with the findings that are not errors added to its
     * warnings, or, when any finding is an error, an exception carrying every finding.
     */
    public IncidentLoader.Loaded validate(IncidentLoader.Loaded loaded) throws InvalidInputException {
        Checked checked = check(List.of(loaded)).get(0);
        if (checked.hasErrors()) {
            throw new InvalidInputException(checked.diagnostics());
        }
        return new IncidentLoader.Loaded(loaded.incident(), loaded.sources(), checked.diagnostics(), loaded.source());
    }

    private boolean enabled(Rule rule, Settings settings) {
        return !disabled.contains(rule.id()) && settings.severityOf(rule).isPresent();
    }

    /** A finding as configured: with the severity in force, or nothing when silenced. */
    private Optional<Diagnostic> applied(Diagnostic finding, Subject subject, Settings settings, InlineDisables inline) {
        Optional<Rule> rule = Rules.find(finding.rule());
        if (rule.isEmpty()) {
            return Optional.of(finding);
        }
        Optional<Severity> severity = settings.severityOf(rule.get());
        if (disabled.contains(finding.rule()) || severity.isEmpty()) {
            return Optional.empty();
        }
        Location key = subject.sources().locateKey(finding.path());
        Location value = subject.sources().locate(finding.path());
        if (inline.silences(finding.rule(), finding.location().line(), key.line(), value.line())) {
            return Optional.empty();
        }
        return Optional.of(finding.withSeverity(severity.get()));
    }

    private SettingsFile.Read settingsFor(Path incidentFile) {
        Path folder = incidentFile.toAbsolutePath().normalize().getParent();
        Optional<Path> file = folder == null ? Optional.empty()
                : settingsFiles.computeIfAbsent(folder, f -> SettingsFile.find(incidentFile));
        return file.map(f -> settings.computeIfAbsent(f, SettingsFile::read))
                .orElse(new SettingsFile.Read(Settings.DEFAULT, List.of()));
    }

    /** Which rules run, what day it is, and which rules the command line switched off. */
    public static final class Builder {
        private final Set<RuleSet> sets = new LinkedHashSet<>(List.of(RuleSet.VALIDATION));
        private Clock clock = Clock.systemDefaultZone();
        private final Set<String> disabled = new HashSet<>();

        private Builder() {}

        /** Adds the lint rules to the validation rules. */
        public Builder lint() {
            sets.add(RuleSet.LINT);
            return this;
        }

        /** The clock that says what day it is (for overdue tasks). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Switches rules off, whatever the settings say.
         *
         * @throws IllegalArgumentException naming an id that is no rule, with the closest one
         */
        public Builder disable(Collection<String> ids) {
            for (String id : ids) {
                if (Rules.find(id).isEmpty()) {
                    throw new IllegalArgumentException("unknown rule `" + id + "`" + Rules.closest(id)
                            .map(r -> " (did you mean `" + r + "`?)").orElse(""));
                }
                disabled.add(id);
            }
            return this;
        }

        public Checks build() {
            return new Checks(this);
        }
    }
}
