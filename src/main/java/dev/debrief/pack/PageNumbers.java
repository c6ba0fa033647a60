package dev.debrief.pack;

import java.util.Map;

/**
 * The page numbers of a pack (the {@code pages} of the templates): how many pages it has, and on which page
 * each element with an id starts, e.g. {@code at["i3-top"]} for the title of the third incident.
 */
public record PageNumbers(int total, Map<String, Integer> at) {
    public PageNumbers {
        at = Map.copyOf(at);
    }
}
