package dev.debrief.report;

import java.util.List;

/** Two or more incidents of one period that share a category and a service, in the order they happened. */
public record RepeatCause(String category, String service, List<IncidentRow> incidents) {
    public RepeatCause {
        incidents = List.copyOf(incidents);
    }
}
