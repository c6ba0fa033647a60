package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streamed output (a pack too large to hold in memory) is written in one step too. */
class AtomicOutputTest {
    @Test
    void streamedContentReplacesTheTargetWhenComplete(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("pack.pdf");
        Files.writeString(target, "old");
        AtomicOutput.write(target, (AtomicOutput.Content<RuntimeException>) out -> {
            out.write("new ".getBytes(StandardCharsets.UTF_8));
            out.write("pack".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("new pack", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoPart(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("pack.pdf");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicOutput.write(target, (AtomicOutput.Content<IOException>) out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the renderer failed");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
