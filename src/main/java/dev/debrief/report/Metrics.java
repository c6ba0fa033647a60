package dev.debrief.report;

import java.time.Duration;
import java.util.Optional;

/**
 * What the format computes from the window and the timeline. Every time is measured from the start of impact;
 * an empty value means it cannot be computed (no such event, or the incident is ongoing).
 */
public record Metrics(
        Optional<Duration> duration,
        boolean ongoing,
        Optional<Duration> timeToDetect,
        Optional<Duration> timeToEscalate,
        Optional<Duration> timeToMitigate,
        Optional<Duration> timeToResolve,
        int openTasks,
        int doneTasks) {}
