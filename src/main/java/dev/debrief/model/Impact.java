package dev.debrief.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** What users saw, and how many of them. */
public record Impact(Markdown description, OptionalDouble usersAffectedPercent, OptionalLong usersAffected,
        Optional<String> cost) {}
