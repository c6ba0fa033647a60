package dev.debrief.report;

import dev.debrief.model.Priority;
import dev.debrief.model.Task;
import java.time.LocalDate;
import java.util.Optional;

/** A follow-up task not yet done, with the incident it came from; overdue when due before the pack date. */
public record OpenTask(Report report, Task task, boolean overdue) {
    public String incidentId() {
        return report.incident().id();
    }

    public Optional<String> owner() {
        return task.owner();
    }

    public Optional<LocalDate> due() {
        return task.due();
    }

    public Optional<Priority> priority() {
        return task.priority();
    }

    public Optional<String> ticket() {
        return task.ticket();
    }
}
