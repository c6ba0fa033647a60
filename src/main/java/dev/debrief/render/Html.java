package dev.debrief.render;

/** Markup the renderer made safe (escaped Markdown output); templates print it without escaping again. */
public record Html(String markup) {}
