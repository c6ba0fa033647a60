package dev.debrief.model;

/** Text a person wrote in Markdown; rendered to safe HTML only at the render stage. */
public record Markdown(String source) {
    public Markdown {
        if (source == null) {
            throw new IllegalArgumentException("source");
        }
    }
}
