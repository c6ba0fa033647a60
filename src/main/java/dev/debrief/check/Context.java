package dev.debrief.check;

import java.time.LocalDate;

/**
 * What a rule may know beyond the file: today's date (an open task due before it is overdue) and the
 * settings in force for the file.
 */
public record Context(LocalDate today, Settings settings) {}
