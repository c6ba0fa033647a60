package dev.debrief.report;

import dev.debrief.diag.SourceMap;
import dev.debrief.model.Audience;
import dev.debrief.model.EventType;
import dev.debrief.model.Incident;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An incident as one audience sees it, with what is derived from it: the report date and the metrics. A pure
 * function of the model; {@code sources} says where each value of the incident was written.
 */
public record Report(Incident incident, Audience audience, SourceMap sources, LocalDate reportDate, Metrics metrics) {

    /** The report of {@code incident} for {@code audience}: redacted first when the audience is external. */
    public static Report of(Incident incident, SourceMap sources, Audience audience) {
        Redaction.Applied applied = Redaction.apply(incident, sources, audience);
        Incident shown = applied.incident();
        return new Report(shown, audience, applied.sources(), reportDate(shown), metrics(shown));
    }

    /** The report for the audience the file names, with no source positions: for incidents built in code. */
    public static Report of(Incident incident) {
        return of(incident, SourceMap.empty(incident.source()), incident.audience());
    }

    /** The report's date: as written, else the day impact ended, else the day of the last known event. */
    static LocalDate reportDate(Incident incident) {
        if (incident.date().isPresent()) {
            return incident.date().get();
        }
        ZonedDateTime last = incident.window().end().orElseGet(() -> incident.timeline().stream()
                .map(TimelineEntry::time)
                .max(ZonedDateTime::compareTo)
                .filter(t -> t.isAfter(incident.window().start()))
                .orElse(incident.window().start()));
        return last.withZoneSameInstant(incident.zone()).toLocalDate();
    }

    static Metrics metrics(Incident incident) {
        ZonedDateTime start = incident.window().start();
        Optional<ZonedDateTime> end = incident.window().end();
        int done = (int) incident.tasks().stream().filter(Task::done).count();
        return new Metrics(
                end.map(e -> Duration.between(start, e)),
                end.isEmpty(),
                firstOf(incident, EnumSet.of(EventType.DETECTION, EventType.ALERT)),
                firstOf(incident, EnumSet.of(EventType.ESCALATION)),
                firstOf(incident, EnumSet.of(EventType.MITIGATION)),
                firstOf(incident, EnumSet.of(EventType.RESOLUTION)).or(() -> end.map(e -> Duration.between(start, e))),
                incident.tasks().size() - done,
                done);
    }

    private static Optional<Duration> firstOf(Incident incident, Set<EventType> types) {
        ZonedDateTime start = incident.window().start();
        return incident.timeline().stream()
                .filter(e -> types.contains(e.type()))
                .map(TimelineEntry::time)
                .min(ZonedDateTime::compareTo)
                .map(t -> Duration.between(start, t));
    }

    /** A task is overdue when it is open and its due date is before the report date. */
    public boolean isOverdue(Task task) {
        return !task.done() && task.due().filter(d -> d.isBefore(reportDate)).isPresent();
    }
}
