package dev.debrief.model;

/** How bad an incident was; SEV1 is the worst. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4, SEV5
}
