package dev.debrief.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFileTest {
    static final byte[] PDF = "%PDF-1.7 new".getBytes(StandardCharsets.US_ASCII);

    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileIsWrittenAndNothingElseIsLeft(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("x.pdf");
        OutputFile.write(out, PDF, List.of());
        assertArrayEquals(PDF, Files.readAllBytes(out));
        assertEquals(List.of("x.pdf"), names(dir));
    }

    @Test
    void missingFoldersAreCreated(@TempDir Path dir) throws Exception {
        OutputFile.write(dir.resolve("a/b/x.pdf"), PDF, List.of());
        assertArrayEquals(PDF, Files.readAllBytes(dir.resolve("a/b/x.pdf")));
    }

    @Test
    void aNewFileGetsTheModeANewFileOfAnyProgramGets(@TempDir Path dir) throws Exception {
        Path plain = Files.createFile(dir.resolve("made-by-another-program")); // 0666 less the umask
        OutputFile.write(dir.resolve("x.pdf"), PDF, List.of());
        assertEquals(mode(plain), mode(dir.resolve("x.pdf")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-------", "rw-rw-r--", "rw-r-----"})
    void aReplacedFileKeepsItsMode(String mode, @TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("x.pdf"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(mode));
        OutputFile.write(out, PDF, List.of());
        assertArrayEquals(PDF, Files.readAllBytes(out));
        assertEquals(mode, mode(out));
    }

    @Test
    void aLinkedOutputKeepsItsLinkAndTheLinkedFileIsReplaced(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("2024.pdf"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("latest.pdf"), real.getFileName());
        OutputFile.write(link, PDF, List.of());
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(PDF, Files.readAllBytes(real));
        assertEquals("rw-r-----", mode(real));
        assertEquals(List.of("2024.pdf", "latest.pdf"), names(dir));
    }

    @Test
    void aLinkToNothingGetsWhatItPointsToCreated(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("latest.pdf"), Path.of("2024.pdf"));
        OutputFile.write(link, PDF, List.of());
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(PDF, Files.readAllBytes(dir.resolve("2024.pdf")));
    }

    @Test
    void devNullIsWrittenToNotReplaced() throws Exception {
        Path devNull = SpecialFiles.device("/dev/null");
        OutputFile.write(devNull, PDF, List.of());
        assertTrue(SpecialFiles.isSpecial(devNull), "/dev/null was replaced by a file");
    }

    @Test
    void aFullDeviceFailsWithItsReasonAndStaysADevice() {
        Path devFull = SpecialFiles.device("/dev/full");
        FileException e = assertThrows(FileException.class, () -> OutputFile.write(devFull, PDF, List.of()));
        assertEquals("cannot write /dev/full: No space left on device", e.getMessage());
        assertTrue(Files.exists(devFull) && !Files.isRegularFile(devFull));
    }

    @Test
    void aFifoIsWrittenToNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe"));
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        OutputFile.write(fifo, PDF, List.of());
        assertArrayEquals(PDF, read.get(30, TimeUnit.SECONDS));
        assertTrue(SpecialFiles.isSpecial(fifo), "the FIFO was replaced by a file");
    }

    @Test
    void aFolderIsNotWrittenOver(@TempDir Path dir) {
        FileException e = assertThrows(FileException.class, () -> OutputFile.write(dir, PDF, List.of()));
        assertEquals("cannot write " + dir + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void aPathThroughAFileSaysSo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep");
        FileException e = assertThrows(FileException.class,
                () -> OutputFile.write(file.resolve("x.pdf"), PDF, List.of()));
        assertEquals("cannot write " + file.resolve("x.pdf") + ": part of the path is a file, not a folder",
                e.getMessage());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void anInputIsNeverOverwrittenWhateverItsName(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("self.yaml"), "id: X\n");
        Path hardLink = Files.createLink(dir.resolve("hard.yaml"), input);
        Path symLink = Files.createSymbolicLink(dir.resolve("soft.yaml"), input);
        Files.createDirectory(dir.resolve("sub"));
        for (Path output : List.of(input, dir.resolve(".").resolve("self.yaml"), dir.resolve("sub/../self.yaml"),
                hardLink, symLink)) {
            OutputIsInputException e = assertThrows(OutputIsInputException.class,
                    () -> OutputFile.write(output, PDF, List.of(dir.resolve("other.yaml"), input)), output.toString());
            assertTrue(e.getMessage().startsWith("cannot write " + output + ": it is "), e.getMessage());
        }
        assertEquals("id: X\n", Files.readString(input));
        assertTrue(Files.isSymbolicLink(symLink));
    }

    @Test
    void anOutputBesideTheInputIsFine(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("self.yaml"), "id: X\n");
        OutputFile.write(dir.resolve("self.pdf"), PDF, List.of(input));
        assertArrayEquals(PDF, Files.readAllBytes(dir.resolve("self.pdf")));
    }

    @Test
    void aStreamWriteErrorIsReportedWithItsReason() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        FileException e = assertThrows(FileException.class, () -> OutputFile.write(broken, PDF));
        assertEquals("cannot write standard output: Broken pipe", e.getMessage());
    }

    @Test
    void aPrintStreamThatSwallowedAnErrorIsCaught() throws Exception {
        Path devFull = SpecialFiles.device("/dev/full");
        try (PrintStream full = new PrintStream(new FileOutputStream(devFull.toFile()))) {
            FileException e = assertThrows(FileException.class, () -> OutputFile.write(full, PDF));
            assertTrue(e.getMessage().startsWith("cannot write standard output: "), e.getMessage());
        }
    }

    @Test
    void aStreamGetsEveryByte() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputFile.write(new PrintStream(out), PDF);
        assertArrayEquals(PDF, out.toByteArray());
    }
}
