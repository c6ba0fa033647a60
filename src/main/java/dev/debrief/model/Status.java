package dev.debrief.model;

/** Where a postmortem is in its review; anything but FINAL is watermarked. */
public enum Status {
    DRAFT, REVIEW, FINAL
}
