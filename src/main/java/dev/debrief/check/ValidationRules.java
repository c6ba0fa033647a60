package dev.debrief.check;

import static dev.debrief.diag.Diagnostic.Severity.ERROR;
import static dev.debrief.diag.Diagnostic.Severity.WARNING;

import dev.debrief.diag.Location;
import dev.debrief.diag.Quote;
import dev.debrief.model.Incident;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a file must mean, beyond what the loader checks: run by {@code validate}, {@code lint} and before
 * every render. Errors here stop a render; warnings are printed and the PDF is written.
 */
final class ValidationRules {
    private ValidationRules() {}

    /** The mark of a value still to be written, as {@code debrief new} writes them: {@code "TODO: ..."}. */
    static final String PLACEHOLDER_MARK = "TODO";

    /** How far outside the window an entry may be before it is more likely a wrong date than early context. */
    static final Duration FAR = Duration.ofHours(24);

    /** A bare time read as the next day this long after the entry before it was more likely listed out of order. */
    static final Duration LONG_ROLLOVER = Duration.ofHours(12);

    static final Rule PLACEHOLDER = new Rule("placeholder", RuleSet.VALIDATION, ERROR,
            "A value still holds a placeholder: text starting with `TODO`, as `debrief new` writes them.",
            (Rule.EachFile) ValidationRules::placeholders);

    static final Rule TIMELINE_ORDER = new Rule("timeline-order", RuleSet.VALIDATION, ERROR,
            "A timeline entry is earlier than the entry before it (possible only with full date-times); "
                    + "the timeline is shown in the order written.",
            (Rule.EachFile) ValidationRules::order);

    static final Rule TIMELINE_ROLLOVER = new Rule("timeline-rollover", RuleSet.VALIDATION, WARNING,
            "A bare time of day earlier than the entry before it was read as the next day, 12 hours or more "
                    + "later: the entries are probably out of order.",
            (Rule.EachFile) ValidationRules::rollover);

    static final Rule TIMELINE_WINDOW = new Rule("timeline-window", RuleSet.VALIDATION, WARNING,
            "A timeline entry is more than 24 hours before `window.start` or after `window.end`: "
                    + "probably a wrong date.",
            (Rule.EachFile) ValidationRules::farOutside);

    static final Rule OVERDUE_TASK = new Rule("overdue-task", RuleSet.VALIDATION, WARNING,
            "An open task's `due` date has passed (compared with today, not the report's date).",
            (Rule.EachFile) ValidationRules::overdue);

    static final Rule DUPLICATE_ID = new Rule("duplicate-id", RuleSet.VALIDATION, ERROR,
            "Two of the files given have the same `id` (ignoring case): their PDFs and pack entries would collide.",
            (Rule.AcrossFiles) ValidationRules::duplicateIds);

    static final List<Rule> ALL = List.of(PLACEHOLDER, TIMELINE_ORDER, TIMELINE_ROLLOVER, TIMELINE_WINDOW,
            OVERDUE_TASK, DUPLICATE_ID);

    private static void placeholders(Subject subject, Context context, Findings findings) {
        for (TextValue text : TextValues.all(subject)) {
            if (text.value().startsWith(PLACEHOLDER_MARK)) {
                String shown = text.value().lines().findFirst().orElse("");
                findings.inText(text, Pattern.compile(Pattern.quote(shown)), 0, "`" + text.path()
                        + "` is still a placeholder: " + Quote.of(shown), "replace it with what it asks for");
            }
        }
    }

    private static void order(Subject subject, Context context, Findings findings) {
        Incident incident = subject.incident();
        TimelineEntry previous = null;
        for (TimelineEntry entry : incident.timeline()) {
            if (previous != null && entry.time().isBefore(previous.time())) {
                findings.at(entry, "time", "`" + subject.sources().path(entry, "time") + "` ("
                        + Times.show(entry.time(), incident.zone()) + ") is earlier than the entry before it, `"
                        + subject.sources().path(previous, "") + "` (" + Times.show(previous.time(), incident.zone())
                        + ")", "list the entries in the order they happened");
            }
            previous = entry;
        }
    }

    private static void rollover(Subject subject, Context context, Findings findings) {
        Incident incident = subject.incident();
        TimelineEntry previous = null;
        for (TimelineEntry entry : incident.timeline()) {
            if (previous != null && !writtenWithDate(subject, entry)) {
                LocalDate day = entry.time().withZoneSameInstant(incident.zone()).toLocalDate();
                LocalDate before = previous.time().withZoneSameInstant(incident.zone()).toLocalDate();
                Duration gap = Duration.between(previous.time(), entry.time());
                if (day.isAfter(before) && gap.compareTo(LONG_ROLLOVER) >= 0) {
                    findings.at(entry, "time", "`" + subject.sources().path(entry, "time")
                            + "` is earlier in the day than the entry before it, so it is read as the next day, "
                            + Times.show(entry.time(), incident.zone()) + ", " + Times.show(gap) + " later",
                            "if it happened before that entry, move it up; if it did happen the next day, write "
                                    + "the full date-time");
                }
            }
            previous = entry;
        }
    }

    private static final Pattern DATE_FIRST = Pattern.compile("[\"']?\\s*\\d{4}-");

    /** Whether a timeline time was written with its date, as opposed to a bare time of day. */
    private static boolean writtenWithDate(Subject subject, TimelineEntry entry) {
        Location at = subject.sources().locate(entry, "time");
        return DATE_FIRST.matcher(subject.text().from(at)).lookingAt();
    }

    private static void farOutside(Subject subject, Context context, Findings findings) {
        Incident incident = subject.incident();
        ZonedDateTime start = incident.window().start();
        for (TimelineEntry entry : incident.timeline()) {
            String path = subject.sources().path(entry, "time");
            String when = Times.show(entry.time(), incident.zone());
            if (entry.time().isBefore(start.minus(FAR))) {
                findings.at(entry, "time", "`" + path + "` (" + when + ") is " + Times.show(Duration.between(entry.time(),
                        start)) + " before `window.start`", "check its date; an entry more than 24 h outside the "
                        + "window is usually a typo");
            }
            incident.window().end().filter(end -> entry.time().isAfter(end.plus(FAR))).ifPresent(end -> findings.at(
                    entry, "time", "`" + path + "` (" + when + ") is " + Times.show(Duration.between(end, entry.time()))
                            + " after `window.end`", "check its date; an entry more than 24 h outside the window is "
                            + "usually a typo"));
        }
    }

    private static void overdue(Subject subject, Context context, Findings findings) {
        for (Task task : subject.incident().tasks()) {
            if (task.done() || task.due().isEmpty() || !task.due().get().isBefore(context.today())) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(task.due().get(), context.today());
            findings.at(task, "due", "`" + subject.sources().path(task, "") + "` is open and was due "
                    + task.due().get() + ", " + days + (days == 1 ? " day" : " days") + " ago",
                    "mark it `done: true`, or set a new `due` date");
        }
    }

    private static void duplicateIds(List<Subject> subjects, Findings.PerSubject findings) {
        Map<String, List<Subject>> byId = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            byId.computeIfAbsent(subject.incident().id().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(subject);
        }
        for (List<Subject> same : byId.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Subject subject : same) {
                String others = same.stream().filter(s -> s != subject)
                        .map(s -> s.sources().locate("id").toString())
                        .collect(Collectors.joining(", "));
                findings.in(subject).atPath("id", "id " + Quote.of(subject.incident().id()) + " is also the id of "
                        + others, "give each incident its own id");
            }
        }
    }
}
