package dev.debrief.model;

/** A task's priority, P0 the most urgent. */
public enum Priority {
    P0, P1, P2, P3, P4
}
