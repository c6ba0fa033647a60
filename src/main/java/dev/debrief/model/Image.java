package dev.debrief.model;

import java.nio.file.Path;

/** A picture for the report: a local file (resolved against the incident file) or a remote URL. */
public sealed interface Image {
    String caption();

    boolean internal();

    /** A file on disk, already resolved to an absolute path. */
    record Local(Path file, String caption, boolean internal) implements Image {}

    /** A remote picture; never fetched, shown as a captioned placeholder. */
    record Remote(String url, String caption, boolean internal) implements Image {}
}
