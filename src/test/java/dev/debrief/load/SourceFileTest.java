package dev.debrief.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.files.FileException;
import dev.debrief.files.SpecialFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
    static final byte[] YAML = "id: INC-1\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aFileIsReadWhole(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("i.yaml"), YAML);
        assertArrayEquals(YAML, SourceFile.read(file));
    }

    @Test
    void anEndlessDeviceIsRefusedAtTheLimit() {
        Path zero = SpecialFiles.device("/dev/zero");
        FileException e = assertThrows(FileException.class, () -> SourceFile.read(zero));
        assertEquals("cannot read /dev/zero: larger than 8 MiB; an incident file is text", e.getMessage());
    }

    @Test
    void aFileOfExactlyTheLimitIsRead(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("big.yaml"), new byte[SourceFile.MAX_BYTES]);
        assertEquals(SourceFile.MAX_BYTES, SourceFile.read(file).length);
        Files.write(dir.resolve("big.yaml"), new byte[1], StandardOpenOption.APPEND);
        assertThrows(FileException.class, () -> SourceFile.read(file));
    }

    @Test
    void aFifoWithoutAWriterFailsInBoundedTimeNamingTheFile(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.yaml"));
        FileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(FileException.class, () -> SourceFile.read(fifo, Duration.ofMillis(300))));
        assertEquals("cannot read " + fifo + ": nothing opened it for writing within 300 ms", e.getMessage());
        // The thread left waiting for a writer is let go.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (openerAlive(fifo) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(!openerAlive(fifo), "the opener thread is still blocked");
    }

    private static boolean openerAlive(Path fifo) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("debrief-open " + fifo));
    }

    @Test
    void aFifoWithAWriterIsRead(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.yaml"));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(YAML);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertArrayEquals(YAML, SourceFile.read(fifo, Duration.ofSeconds(5)));
        writer.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aFolderIsNotAFile(@TempDir Path dir) {
        FileException e = assertThrows(FileException.class, () -> SourceFile.read(dir));
        assertEquals("cannot read " + dir + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        FileException e = assertThrows(FileException.class, () -> SourceFile.read(dir.resolve("none.yaml")));
        assertEquals("cannot read " + dir.resolve("none.yaml") + ": no such file", e.getMessage());
    }

    @Test
    void aStreamIsReadUpToTheLimitUnderItsName() throws Exception {
        assertArrayEquals(YAML, SourceFile.read(new ByteArrayInputStream(YAML), SourceFile.STANDARD_INPUT));
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) 'x');
                return length;
            }
        };
        FileException e = assertThrows(FileException.class, () -> SourceFile.read(endless, SourceFile.STANDARD_INPUT));
        assertEquals("cannot read <stdin>: larger than 8 MiB; an incident file is text", e.getMessage());
    }

    @Test
    void aStreamReadErrorNamesTheInput() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };
        FileException e = assertThrows(FileException.class, () -> SourceFile.read(broken, SourceFile.STANDARD_INPUT));
        assertEquals("cannot read <stdin>: Input/output error", e.getMessage());
    }

    @Test
    void theLoaderReadsBytesInHand() throws Exception {
        IncidentLoader.Loaded loaded = IncidentLoader.parse(SourceFile.STANDARD_INPUT,
                dev.debrief.TestIncidents.CORE.getBytes(StandardCharsets.UTF_8));
        assertEquals("INC-TEST-1", loaded.incident().id());
    }
}
