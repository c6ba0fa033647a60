package dev.debrief.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** One postmortem, as read from its file: format version 1. */
public record Incident(
        Path source,
        int format,
        String id,
        String title,
        Optional<Severity> severity,
        Status status,
        List<String> services,
        List<String> authors,
        Optional<LocalDate> date,
        ZoneId zone,
        Optional<String> category,
        List<String> tags,
        Audience audience,
        Markdown summary,
        Window window,
        Impact impact,
        Optional<Markdown> detection,
        Optional<Markdown> trigger,
        Markdown rootCause,
        List<Item> contributingFactors,
        Markdown resolution,
        Optional<Markdown> conclusion,
        List<TimelineEntry> timeline,
        List<Item> measures,
        List<Task> tasks,
        Lessons lessons,
        List<Image> images) {

    public Incident {
        services = List.copyOf(services);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        contributingFactors = List.copyOf(contributingFactors);
        timeline = List.copyOf(timeline);
        measures = List.copyOf(measures);
        tasks = List.copyOf(tasks);
        images = List.copyOf(images);
    }

    /** The incident as an external audience may see it: no internal items, authors or task owners. */
    public Incident redactedForExternal() {
        return new Incident(source, format, id, title, severity, status, services, List.of(), date, zone,
                category, tags, Audience.EXTERNAL, summary, window, impact, detection, trigger, rootCause,
                visible(contributingFactors), resolution, conclusion,
                timeline.stream().filter(e -> !e.internal()).toList(),
                visible(measures),
                tasks.stream().filter(t -> !t.internal())
                        .map(t -> new Task(t.task(), t.done(), Optional.empty(), t.due(), t.priority(), t.ticket(),
                                t.url(), false))
                        .toList(),
                new Lessons(visible(lessons.wentWell()), visible(lessons.wentWrong()), visible(lessons.lucky())),
                images.stream().filter(i -> !i.internal()).toList());
    }

    private static List<Item> visible(List<Item> items) {
        return items.stream().filter(i -> !i.internal()).toList();
    }
}
