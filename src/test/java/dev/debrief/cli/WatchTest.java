package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render --watch: a change renders again; a broken change keeps the last good PDF; stopping ends cleanly. */
class WatchTest {
    @TempDir
    Path dir;

    /** Changes that happen when the loop asks for the next one: each step edits files, then the round runs. */
    static final class Script implements Changes {
        private final Deque<ThrowingRunnable> steps;
        final List<String> watchedFiles = new java.util.ArrayList<>();
        final List<String> watchedFolders = new java.util.ArrayList<>();
        boolean closed;

        Script(ThrowingRunnable... steps) {
            this.steps = new ArrayDeque<>(List.of(steps));
        }

        @Override
        public boolean await() {
            if (steps.isEmpty()) {
                return false;
            }
            try {
                steps.removeFirst().run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return true;
        }

        @Override
        public void close() {
            closed = true;
        }

        Environment environment() {
            return new Environment(new ByteArrayInputStream(new byte[0]), CommandRun.CLOCK, (files, folders) -> {
                files.forEach(f -> watchedFiles.add(f.getFileName().toString()));
                folders.forEach(f -> watchedFolders.add(f.getFileName().toString()));
                return this;
            });
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return Pdfs.flat(Pdfs.text(document));
        }
    }

    @Test
    void aChangeRendersAgainAndABrokenChangeKeepsTheLastGoodPdf() throws Exception {
        Path input = dir.resolve("incident.yaml");
        Path pdf = dir.resolve("out.pdf");
        Files.writeString(input, TestIncidents.CORE.replace("Checkout down", "First title"));
        byte[][] good = new byte[1][];
        Script script = new Script(
                () -> {
                    assertTrue(text(pdf).contains("First title"));
                    Files.writeString(input, TestIncidents.CORE.replace("Checkout down", "Second title"));
                },
                () -> {
                    assertTrue(text(pdf).contains("Second title"), "a new PDF after the change");
                    good[0] = Files.readAllBytes(pdf);
                    Files.writeString(input, TestIncidents.CORE.replace("root_cause:", "rootcause:"));
                },
                () -> assertArrayEquals(good[0], Files.readAllBytes(pdf), "the last good PDF is kept"));
        CommandRun run = CommandRun.with(script.environment(), "render", "--watch", input.toString(), "-o",
                pdf.toString(), "--templates", "templates");
        assertEquals(List.of(
                "debrief: wrote " + pdf,
                "debrief: watching " + input + " and templates; Ctrl-C stops",
                "debrief: changed; rendering again",
                "debrief: wrote " + pdf,
                "debrief: changed; rendering again",
                input + ":6:1: error: unknown key `rootcause` (did you mean `root_cause`?) [unknown-key]",
                "debrief: changed; rendering again",
                input + ":6:1: error: unknown key `rootcause` (did you mean `root_cause`?) [unknown-key]",
                "debrief: stopped watching"), run.stderr().lines().toList());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), "the last round's outcome");
        assertTrue(script.closed);
        assertEquals(List.of("incident.yaml", ".debrief.yaml"), script.watchedFiles);
        assertEquals(List.of("templates"), script.watchedFolders);
    }

    @Test
    void aChangedTemplateIsReadAgain() throws Exception {
        Path templates = dev.debrief.render.EscapingTestAccess.copyTemplates(dir);
        Path input = dir.resolve("incident.yaml");
        Path pdf = dir.resolve("out.pdf");
        Files.writeString(input, TestIncidents.CORE);
        Path summary = templates.resolve("_summary.ftlh");
        Script script = new Script(() -> Files.writeString(summary, "<p>Changed template</p>"
                + Files.readString(summary)));
        CommandRun run = CommandRun.with(script.environment(), "render", "--watch", input.toString(), "-o",
                pdf.toString(), "--templates", templates.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(text(pdf).contains("Changed template"), "rendered with the changed template");
    }

    @Test
    void watchTakesOneInputAndWritesAFile() throws Exception {
        Path input = dir.resolve("incident.yaml");
        Files.writeString(input, TestIncidents.CORE);
        CommandRun two = CommandRun.of("render", "--watch", input.toString(), input.toString());
        assertEquals(ExitCode.INVALID_INPUT, two.exitCode());
        assertEquals("debrief: --watch takes one input file, but 2 were given\n", two.stderr());
        CommandRun stdout = CommandRun.of("render", "--watch", input.toString(), "-o", "-");
        assertEquals(ExitCode.INVALID_INPUT, stdout.exitCode());
        assertEquals("debrief: --watch writes a file; it cannot write to standard output\n", stdout.stderr());
    }

    @Test
    void fileEventsAreChangesOnlyForTheWatchedFilesAndAnythingInTheWatchedFolders() throws Exception {
        Path input = dir.resolve("incident.yaml");
        Path templates = Files.createDirectories(dir.resolve("templates/partials"));
        Files.writeString(input, "a");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            FileChanges changes = new FileChanges(List.of(input), List.of(dir.resolve("templates")));
            try {
                Thread writer = new Thread(() -> write(input, "b"));
                writer.start();
                assertTrue(changes.await(), "the input changed");
                writer.join();

                // An editor saving by rename: a new file moved over the old one.
                Thread renamer = new Thread(() -> {
                    write(dir.resolve("incident.yaml.tmp"), "c");
                    try {
                        Files.move(dir.resolve("incident.yaml.tmp"), input,
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                renamer.start();
                assertTrue(changes.await(), "the input was replaced");
                renamer.join();

                Thread nested = new Thread(() -> write(templates.resolve("_x.ftlh"), "x"));
                nested.start();
                assertTrue(changes.await(), "a template changed, in a folder of the templates");
                nested.join();

                AtomicBoolean unrelatedOnly = new AtomicBoolean(true);
                Thread unrelated = new Thread(() -> {
                    write(dir.resolve("out.pdf"), "pdf");
                    sleep(1500);
                    changes.close();
                });
                unrelated.start();
                unrelatedOnly.set(!changes.await());
                unrelated.join();
                assertTrue(unrelatedOnly.get(), "a PDF written beside the input is no change");
            } finally {
                changes.close();
            }
        });
    }

    @Test
    void closingWhileWaitingEndsTheWait() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            FileChanges changes = new FileChanges(List.of(dir.resolve("incident.yaml")), List.of());
            Thread closer = new Thread(() -> {
                sleep(300);
                changes.close();
            });
            closer.start();
            assertFalse(changes.await());
            closer.join();
        });
    }

    @Test
    void watchingEndToEndWithFileEvents() throws Exception {
        Path input = dir.resolve("incident.yaml");
        Path pdf = dir.resolve("out.pdf");
        Files.writeString(input, TestIncidents.CORE.replace("Checkout down", "First title"));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Environment environment = new Environment(new ByteArrayInputStream(new byte[0]), CommandRun.CLOCK,
                FileChanges::new);
        int[] code = new int[1];
        Thread watcher = new Thread(() -> code[0] = Main.run(new String[] {"render", "--watch", input.toString(), "-o",
                pdf.toString(), "--templates", "templates"}, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true), environment));
        watcher.start();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                waitFor(() -> err.toString().contains("Ctrl-C stops"));
                assertTrue(text(pdf).contains("First title"));
                Files.writeString(input, TestIncidents.CORE.replace("Checkout down", "Second title"));
                waitFor(() -> err.toString().split("debrief: wrote ", -1).length == 3);
                assertTrue(text(pdf).contains("Second title"), "a new PDF after the change");
                byte[] good = Files.readAllBytes(pdf);
                Files.writeString(input, TestIncidents.CORE.replace("root_cause:", "rootcause:"));
                waitFor(() -> err.toString().contains("[unknown-key]"));
                assertArrayEquals(good, Files.readAllBytes(pdf), "the last good PDF is kept");
            });
        } finally {
            watcher.interrupt();
            watcher.join(30_000);
        }
        assertFalse(watcher.isAlive(), "an interrupt stops watching");
        assertTrue(err.toString().endsWith("debrief: stopped watching\n"), err.toString());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            sleep(50);
        }
    }

    private static void write(Path file, String text) {
        sleep(100);
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
