package dev.debrief.check;

import dev.debrief.diag.Location;

/** A text value of an incident file: the field it is, where it starts, and the text as loaded. */
public record TextValue(String path, Location start, String value) {}
