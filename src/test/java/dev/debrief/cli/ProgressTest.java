package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress of a command over many files, where no terminal watches: plain lines, or nothing. */
class ProgressTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private List<String> lines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aCapturedStreamIsNoTerminal() {
        assertTrue(!console.onTerminal());
    }

    @Test
    void withoutATerminalALineIsLoggedAtEveryTenthOfTheWay() {
        try (Progress progress = Progress.start(console, "Reading", 20, "files")) {
            for (int i = 0; i < 20; i++) {
                progress.step();
            }
        }
        List<String> lines = lines();
        assertEquals(10, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("debrief: Reading: 2/20 files (10%), "), lines.get(0));
        assertTrue(lines.get(9).startsWith("debrief: Reading: 20/20 files (100%), "), lines.get(9));
        assertTrue(lines.get(9).matches(".* elapsed, [0-9.]+ files/s"), lines.get(9));
    }

    @Test
    void stepsFromManyThreadsAreAllCounted() throws Exception {
        try (Progress progress = Progress.start(console, "Writing", 1000, "incidents")) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < 250; i++) {
                        progress.step();
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        assertTrue(lines().getLast().startsWith("debrief: Writing: 1000/1000 incidents (100%)"), lines().toString());
    }

    @Test
    void quietSilencesProgress() {
        console.quiet(true);
        try (Progress progress = Progress.start(console, "Reading", 20, "files")) {
            progress.step(20);
        }
        assertEquals(List.of(), lines());
    }

    @Test
    void aSingleFileNeedsNoProgress() {
        try (Progress progress = Progress.start(console, "Rendering", 1, "files")) {
            progress.step();
        }
        assertEquals(List.of(), lines());
    }
}
