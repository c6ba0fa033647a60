package dev.debrief.model;

/** Who a rendering is for: an external audience does not see internal items, authors or owners. */
public enum Audience {
    INTERNAL, EXTERNAL
}
