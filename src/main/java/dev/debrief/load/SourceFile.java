package dev.debrief.load;

import dev.debrief.files.FileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads an input's bytes, never more than {@link #MAX_BYTES}: from a file, a device ({@code /dev/zero} is
 * refused at the limit, whatever size it claims), a pipe (waiting a bounded time for a writer) or a stream
 * such as standard input. Failures name the input and say why.
 */
public final class SourceFile {
    /** An incident file is text; anything larger is a mistake (or an attack) and is refused. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** How long to wait for a pipe (a FIFO) to have a writer before giving up on it. */
    public static final Duration WRITER_WAIT = Duration.ofSeconds(5);
    /** The name standard input goes by in messages and locations. */
    public static final Path STANDARD_INPUT = Path.of("<stdin>");

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;

    private SourceFile() {}

    /**
     * The bytes of {@code file}.
     *
     * @throws FileException when it cannot be read: missing, a folder, not permitted, a pipe with no writer,
     *     or larger than {@link #MAX_BYTES}
     */
    public static byte[] read(Path file) throws FileException {
        return read(file, WRITER_WAIT);
    }

    /** As {@link #read(Path)}, waiting {@code writerWait} for a pipe's writer. */
    public static byte[] read(Path file, Duration writerWait) throws FileException {
        try (InputStream in = open(file, writerWait)) {
            return limited(in, file);
        } catch (IOException e) {
            throw e instanceof FileException known ? known : FileException.reading(file, e);
        }
    }

    /**
     * The bytes of an open stream such as {@code System.in}, read up to the limit; {@code name} (say
     * {@link #STANDARD_INPUT}) names it in errors. The stream is left open.
     */
    public static byte[] read(InputStream in, Path name) throws FileException {
        try {
            return limited(in, name);
        } catch (IOException e) {
            throw e instanceof FileException known ? known : FileException.reading(name, e);
        }
    }

    private static byte[] limited(InputStream in, Path name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw FileException.reading(name, "larger than 8 MiB; an incident file is text");
        }
        return bytes;
    }

    private static InputStream open(Path file, Duration writerWait) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw FileException.reading(file, "is a folder, not a file");
        }
        if (attributes.isRegularFile()) {
            return Files.newInputStream(file);
        }
        // A device or a pipe: opening a FIFO blocks until something opens it for writing, and Java cannot
        // interrupt that, so the open happens on a thread of its own that we stop waiting for.
        CompletableFuture<InputStream> opened = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("debrief-open " + file).start(() -> {
            try {
                InputStream in = Files.newInputStream(file);
                if (!opened.complete(in)) {
                    in.close(); // we gave up on it meanwhile
                }
            } catch (IOException | RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        try {
            try {
                return opened.get(writerWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (opened.completeExceptionally(FileException.reading(file,
                        "nothing opened it for writing within " + shortly(writerWait)))) {
                    release(file);
                }
                return opened.get(); // our failure, or the opener's result if it came first after all
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while opening " + file);
        }
    }

    private static String shortly(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }

    /**
     * Lets the abandoned opener thread finish: opening a FIFO for reading and writing never blocks (on Linux
     * and macOS) and counts as a writer, so the blocked open returns and the thread closes what it opened.
     */
    private static void release(Path file) {
        try {
            if (((Integer) Files.getAttribute(file, "unix:mode") & S_IFMT) == S_IFIFO) {
                FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: if this fails, an idle daemon thread stays blocked; the answer to the user is the same.
        }
    }
}
