package dev.debrief.diag;

import java.nio.file.Path;

/** Where a value stands in an input file: 1-based line and column. */
public record Location(Path file, int line, int column) {
    /** The start of a file: where a problem with the file as a whole is reported. */
    public static Location startOf(Path file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
