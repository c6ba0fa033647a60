package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Qpdf;
import dev.debrief.TestIncidents;
import dev.debrief.files.SpecialFiles;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code debrief render} never loses what the user has, and says plainly why a file cannot be read or written. */
class RenderFilesTest {
    static final String EXAMPLE = RenderCommandTest.EXAMPLE;

    static Path incident(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), TestIncidents.CORE);
    }

    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /** One line that names the input and says why it cannot be read. */
    static void assertSaysWhy(String stderr, Object input, String reason) {
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.contains(input + ":") && stderr.contains(": " + reason), stderr);
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void devNullIsWrittenToNotReplaced() throws Exception {
        Path devNull = SpecialFiles.device("/dev/null");
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", devNull.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(SpecialFiles.isSpecial(devNull), "/dev/null was replaced by a regular file");
    }

    @Test
    void aFullDeviceFailsWithExitOneSayingWhy() throws Exception {
        Path devFull = SpecialFiles.device("/dev/full");
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", devFull.toString());
        assertEquals(ExitCode.RENDER_FAILED, run.exitCode(), run.stderr());
        assertTrue(run.stderr().endsWith("debrief: cannot write /dev/full: No space left on device\n"), run.stderr());
        assertTrue(SpecialFiles.isSpecial(devFull), "/dev/full was replaced by a regular file");
    }

    @Test
    void aFifoGetsThePdfAndStaysAFifo(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("out.pdf"));
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", fifo.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        Qpdf.assertNoErrors(reader.get(30, TimeUnit.SECONDS));
        assertTrue(SpecialFiles.isSpecial(fifo), "the FIFO was replaced by a regular file");
    }

    @Test
    void theInputIsNeverOverwrittenByAnyName(@TempDir Path dir) throws Exception {
        Path input = incident(dir, "self.yaml");
        List<Path> sameFile = List.of(input, dir.resolve(".").resolve("self.yaml"),
                Files.createLink(dir.resolve("hard.yaml"), input), Files.createSymbolicLink(dir.resolve("soft.yaml"), input));
        for (Path output : sameFile) {
            CommandRun run = CommandRun.of("render", input.toString(), "-o", output.toString());
            assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), output + ": " + run.stderr());
            assertTrue(run.stderr().contains("debrief: cannot write " + output + ": it is "), run.stderr());
            assertEquals(TestIncidents.CORE, Files.readString(input));
        }
        assertTrue(Files.isSymbolicLink(dir.resolve("soft.yaml")));
        assertEquals(List.of("hard.yaml", "self.yaml", "soft.yaml"), names(dir));
    }

    @Test
    void anOutputFolderCannotOverwriteAnInputEither(@TempDir Path dir) throws Exception {
        Path input = incident(dir, "INC-TEST-1.pdf"); // YAML that happens to bear the name its PDF will get
        CommandRun run = CommandRun.of("render", input.toString(), "--output-dir", dir.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("debrief: cannot write " + input + ": it is an input file"), run.stderr());
        assertEquals(TestIncidents.CORE, Files.readString(input));
    }

    @Test
    void standardOutputWriteErrorsExitOne() throws Exception {
        Path devFull = SpecialFiles.device("/dev/full");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream full = new PrintStream(new FileOutputStream(devFull.toFile()))) {
            code = Main.run(new String[] {"render", EXAMPLE, "-o", "-"}, full, new PrintStream(err, true,
                    StandardCharsets.UTF_8));
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.RENDER_FAILED, code, stderr);
        assertTrue(stderr.contains("debrief: cannot write standard output"), stderr);
    }

    @Test
    void theRealStandardOutputReportsWhyItFailed(@TempDir Path dir) throws Exception {
        Path devFull = SpecialFiles.device("/dev/full");
        ChildRun.Result run = new ChildRun().stdoutTo(devFull.toFile()).run("render", incident(dir, "i.yaml").toString(),
                "-o", "-");
        assertEquals(ExitCode.RENDER_FAILED, run.exitCode(), run.stderr());
        assertTrue(run.stderr().endsWith("debrief: cannot write standard output: No space left on device\n"),
                run.stderr());
    }

    @Test
    void anEndlessDeviceAsInputIsRefusedAtTheSizeLimit() {
        SpecialFiles.device("/dev/zero");
        CommandRun run = CommandRun.of("render", "/dev/zero", "-o", "-");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.stderr());
        assertSaysWhy(run.stderr(), "/dev/zero", "larger than 8 MiB; an incident file is text");
        assertEquals(0, run.stdout().length);
    }

    @Test
    void aFifoWithNoWriterFailsWithinSeconds(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.yaml"));
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CommandRun.of("render", fifo.toString()));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.stderr());
        assertSaysWhy(run.stderr(), fifo, "nothing opened it for writing within 5 s");
    }

    @Test
    void aFolderGivenAsInputIsNamedAFolder(@TempDir Path dir) {
        CommandRun run = CommandRun.of("render", dir.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertSaysWhy(run.stderr(), dir, "is a folder, not a file");
    }

    @Test
    void aMissingInputSaysNoSuchFile(@TempDir Path dir) {
        CommandRun run = CommandRun.of("render", dir.resolve("none.yaml").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertSaysWhy(run.stderr(), dir.resolve("none.yaml"), "no such file");
    }

    @Test
    void aFontsFileIsNamedAFileNotAMissingFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("NotoSans-Regular.ttf"), "not a folder");
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", dir.resolve("x.pdf").toString(), "--fonts",
                file.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("fonts folder " + file + ": is a file, not a folder"), run.stderr());
        assertFalse(run.stderr().contains("does not exist"), run.stderr());
    }

    @Test
    void aTemplatesFileIsNamedAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("report.ftlh"), "<p/>");
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", dir.resolve("x.pdf").toString(), "--templates",
                file.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("templates folder " + file + ": is a file, not a folder"), run.stderr());
    }

    @Test
    void anImageThatIsAFolderIsNamedAFolder(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("shots"));
        Path input = Files.writeString(dir.resolve("i.yaml"), TestIncidents.CORE + "images:\n  - file: shots\n");
        CommandRun run = CommandRun.of("render", input.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("image file " + dir.resolve("shots") + ": is a folder, not a file"),
                run.stderr());
        assertFalse(run.stderr().contains("does not exist"), run.stderr());
        Qpdf.assertNoErrors(dir.resolve("x.pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-------"})
    void aReplacedOutputKeepsItsMode(String mode, @TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("x.pdf"), "previous report");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(mode));
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(mode, mode(out));
        Qpdf.assertNoErrors(out);
        assertEquals(List.of("x.pdf"), names(dir));
    }

    @Test
    void aNewOutputHonoursTheUmask(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new.pdf");
        ChildRun.Result run = new ChildRun().umask("027").run("render", incident(dir, "i.yaml").toString(), "-o",
                out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals("rw-r-----", mode(out)); // 0666 less 027, as any program's new file
    }

    @Test
    void aReadOnlyFolderSaysPermissionDeniedAndNoTemporaryName(@TempDir Path dir) throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            ChildRun.Result run = new ChildRun().unprivileged().run("render", incident(dir, "i.yaml").toString(),
                    "-o", readOnly.resolve("x.pdf").toString());
            assertEquals(ExitCode.RENDER_FAILED, run.exitCode(), run.stderr());
            assertTrue(run.stderr().endsWith("debrief: cannot write " + readOnly.resolve("x.pdf")
                    + ": Permission denied\n"), run.stderr());
            assertFalse(run.stderr().contains(".part"), run.stderr());
            assertEquals(List.of(), names(readOnly));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aReadOnlyOutputIsNotReplaced(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("x.pdf"), "previous report");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        ChildRun.Result run = new ChildRun().unprivileged().run("render", incident(dir, "i.yaml").toString(), "-o",
                out.toString());
        assertEquals(ExitCode.RENDER_FAILED, run.exitCode(), run.stderr());
        assertTrue(run.stderr().endsWith("debrief: cannot write " + out + ": Permission denied\n"), run.stderr());
        assertEquals("previous report", Files.readString(out));
        assertEquals(List.of("i.yaml", "x.pdf"), names(dir));
    }

    @Test
    void anUnreadableInputSaysPermissionDenied(@TempDir Path dir) throws Exception {
        Path input = incident(dir, "secret.yaml");
        Files.setPosixFilePermissions(input, PosixFilePermissions.fromString("---------"));
        ChildRun.Result run = new ChildRun().unprivileged().run("render", input.toString(), "-o", "-");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.stderr());
        assertSaysWhy(run.stderr(), input, "Permission denied");
    }
}
