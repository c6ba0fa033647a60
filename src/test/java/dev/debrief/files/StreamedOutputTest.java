package dev.debrief.files;

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
class StreamedOutputTest {
    @Test
    void streamedContentReplacesTheTargetWhenComplete(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("pack.pdf");
        Files.writeString(target, "old");
        OutputFile.write(target, (OutputFile.Content<RuntimeException>) out -> {
            out.write("new ".getBytes(StandardCharsets.UTF_8));
            out.write("pack".getBytes(StandardCharsets.UTF_8));
        }, List.of());
        assertEquals("new pack", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoPart(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("pack.pdf");
        Files.writeString(target, "old");
        assertThrows(FileException.class, () -> OutputFile.write(target, (OutputFile.Content<IOException>) out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the renderer failed");
        }, List.of()));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files(dir));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
