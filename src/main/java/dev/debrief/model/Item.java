package dev.debrief.model;

/** One entry of a Markdown list (a measure, a lesson, a contributing factor), possibly internal only. */
public record Item(Markdown text, boolean internal) {}
