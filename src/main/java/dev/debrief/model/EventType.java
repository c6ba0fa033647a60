package dev.debrief.model;

/** The kind of a timeline entry. */
public enum EventType {
    DETECTION, ALERT, INVESTIGATION, MISLEADING, ESCALATION, MITIGATION, RESOLUTION, COMMUNICATION, NOTE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
