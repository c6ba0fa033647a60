package dev.debrief.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Makes and finds the special files the I/O tests need, skipping a test where the system has none. */
public final class SpecialFiles {
    private SpecialFiles() {}

    /** A new FIFO (named pipe) at {@code path}. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "needs mkfifo");
            throw e;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return path;
    }

    /** A device such as {@code /dev/full}, when this system has it. */
    public static Path device(String name) {
        Path device = Path.of(name);
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "needs " + name);
        return device;
    }

    /** Whether {@code path} is still the device or pipe it was, not a file put in its place. */
    public static boolean isSpecial(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).isOther();
    }
}
