package dev.debrief.model;

import java.time.ZonedDateTime;
import java.util.Optional;

/** When impact began and, unless the incident is ongoing, when it ended. */
public record Window(ZonedDateTime start, Optional<ZonedDateTime> end) {}
