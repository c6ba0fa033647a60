package dev.debrief.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a finished file in one step: a failed run never leaves a half-written file or clobbers an old one. */
final class AtomicOutput {
    private AtomicOutput() {}

    static void write(Path target, byte[] content) throws IOException {
        write(target, (Content<RuntimeException>) out -> out.write(content));
    }

    /** What writes a file's content, which may be too large to hold in memory first; it may fail with {@code E}. */
    interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /** Writes what {@code content} writes; if it fails, the target is left as it was. */
    static <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
