package dev.debrief.model;

import java.util.List;

/** What went well, what went wrong, and where the team was lucky. */
public record Lessons(List<Item> wentWell, List<Item> wentWrong, List<Item> lucky) {
    public Lessons {
        wentWell = List.copyOf(wentWell);
        wentWrong = List.copyOf(wentWrong);
        lucky = List.copyOf(lucky);
    }

    public static Lessons none() {
        return new Lessons(List.of(), List.of(), List.of());
    }
}
