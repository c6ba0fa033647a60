package dev.debrief.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that could not be read or written, with the sentence to show the user: "cannot read FILE: REASON",
 * naming the file as the user gave it (never a temporary file) and saying why.
 */
public final class FileException extends IOException {
    private final String reason;

    private FileException(String verb, String subject, String reason, IOException cause) {
        super("cannot " + verb + " " + subject + ": " + reason, cause);
        this.reason = reason;
    }

    /** Reading {@code file} failed; the reason is taken from {@code cause} (see {@link FileProblem#reason}). */
    public static FileException reading(Path file, IOException cause) {
        return new FileException("read", file.toString(), FileProblem.reason(cause), cause);
    }

    /** Reading {@code file} failed for {@code reason}, such as "is a folder, not a file". */
    public static FileException reading(Path file, String reason) {
        return new FileException("read", file.toString(), reason, null);
    }

    /** Writing {@code file} failed; the reason is taken from {@code cause} (see {@link FileProblem#reason}). */
    public static FileException writing(Path file, IOException cause) {
        return new FileException("write", file.toString(), FileProblem.reason(cause), cause);
    }

    /** Writing standard output (or another open stream) failed for {@code reason}. */
    static FileException writingStandardOutput(String reason, IOException cause) {
        return new FileException("write", "standard output", reason, cause);
    }

    /** Why, without the file: "Permission denied", "no such file", "larger than 8 MiB ...". */
    public String reason() {
        return reason;
    }
}
