package dev.debrief.report;

import java.time.Duration;

/**
 * The impact minutes of the incidents of one category or one service.
 *
 * @param name the category or service as first written in the pack
 * @param impact the impact durations of its incidents that ended, added up
 * @param incidents how many incidents, ongoing ones included
 */
public record ImpactTotal(String name, Duration impact, int incidents) {}
