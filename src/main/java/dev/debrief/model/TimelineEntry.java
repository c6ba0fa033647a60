package dev.debrief.model;

import java.time.ZonedDateTime;
import java.util.Optional;

/** One event of the timeline, its time resolved to an instant in the incident's zone. */
public record TimelineEntry(ZonedDateTime time, Markdown event, EventType type, Optional<String> actor,
        boolean internal) {}
