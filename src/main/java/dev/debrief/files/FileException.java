package dev.debrief.files;

import java.io.IOException;
import java.nio.file.Path;

/** A file that could not be read or written, with the sentence to show the user: the file as given, and why. */
public final class FileException extends IOException {
    FileException(String message, IOException cause) {
        super(message, cause);
    }

    /** "cannot read FILE: REASON", the reason taken from {@code cause} (see {@link FileProblem#reason}). */
    public static FileException reading(Path file, IOException cause) {
        return new FileException("cannot read " + file + ": " + FileProblem.reason(cause), cause);
    }

    /** "cannot read FILE: REASON". */
    public static FileException reading(Path file, String reason) {
        return new FileException("cannot read " + file + ": " + reason, null);
    }

    /** "cannot write FILE: REASON", the reason taken from {@code cause} (see {@link FileProblem#reason}). */
    public static FileException writing(Path file, IOException cause) {
        return new FileException("cannot write " + file + ": " + FileProblem.reason(cause), cause);
    }
}
