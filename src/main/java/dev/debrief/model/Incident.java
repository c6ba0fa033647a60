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
}
