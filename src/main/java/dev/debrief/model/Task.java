package dev.debrief.model;

import java.time.LocalDate;
import java.util.Optional;

/** One item of the follow-up checklist. */
public record Task(Markdown task, boolean done, Optional<String> owner, Optional<LocalDate> due,
        Optional<Priority> priority, Optional<String> ticket, Optional<String> url, boolean internal) {}
