package dev.debrief.report;

import dev.debrief.model.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One incident as the pack's tables list it.
 *
 * @param rank its place in impact order, 1 for the greatest
 * @param date the day its window starts, in its own zone (the day that puts it in the period)
 * @param overdueTasks open tasks due before the pack date
 */
public record IncidentRow(Report report, int rank, LocalDate date, int overdueTasks) {
    public String id() {
        return report.incident().id();
    }

    public String title() {
        return report.incident().title();
    }

    public Optional<Severity> severity() {
        return report.incident().severity();
    }

    /** Empty for an ongoing incident. */
    public Optional<Duration> duration() {
        return report.metrics().duration();
    }

    public boolean ongoing() {
        return report.metrics().ongoing();
    }

    public Optional<Duration> timeToDetect() {
        return report.metrics().timeToDetect();
    }

    public Optional<Duration> timeToResolve() {
        return report.metrics().timeToResolve();
    }

    public int openTasks() {
        return report.metrics().openTasks();
    }
}
