package dev.debrief.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemTest {
    @Test
    void aDeniedAccessSaysPermissionDeniedWithoutThePathJavaSaw() {
        assertEquals("Permission denied", FileProblem.reason(new AccessDeniedException("/out/.x.pdf.part-1/x.pdf")));
    }

    @Test
    void aMissingFileSaysSo() {
        assertEquals("no such file", FileProblem.reason(new NoSuchFileException("/a/b")));
    }

    @Test
    void theSystemsReasonIsKeptWithoutThePath() {
        assertEquals("No space left on device",
                FileProblem.reason(new FileSystemException("/tmp/.x.part-1", null, "No space left on device")));
        assertEquals("is a folder, not a file", FileProblem.reason(new FileSystemException("/d", null, "Is a directory")));
    }

    @Test
    void javaIoMessagesLoseTheirPath() {
        assertEquals("Permission denied", FileProblem.reason(new FileNotFoundException("/tmp/x (Permission denied)")));
    }

    @Test
    void aPlainIoErrorKeepsItsMessage() {
        assertEquals("No space left on device", FileProblem.reason(new IOException("No space left on device")));
        assertEquals("input/output error", FileProblem.reason(new IOException()));
    }

    @Test
    void aFileExceptionGivesItsOwnReason() {
        FileException e = FileException.reading(Path.of("/dev/zero"), "larger than 8 MiB");
        assertEquals("cannot read /dev/zero: larger than 8 MiB", e.getMessage());
        assertEquals("larger than 8 MiB", FileProblem.reason(e));
    }

    @Test
    void aFolderIsNotAFile(@TempDir Path dir) {
        assertEquals(Optional.of("is a folder, not a file"), FileProblem.notAFile(dir));
    }

    @Test
    void aMissingPathIsNoSuchFileOrFolder(@TempDir Path dir) {
        assertEquals(Optional.of("no such file"), FileProblem.notAFile(dir.resolve("x.png")));
        assertEquals(Optional.of("no such folder"), FileProblem.notAFolder(dir.resolve("fonts")));
    }

    @Test
    void aLinkToNothingIsNamedAsSuch(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("x.png"), dir.resolve("gone.png"));
        assertEquals(Optional.of("is a symbolic link to nothing"), FileProblem.notAFile(link));
    }

    @Test
    void aFileIsNotAFolder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("NotoSans.ttf"), "x");
        assertEquals(Optional.of("is a file, not a folder"), FileProblem.notAFolder(file));
        assertEquals(Optional.empty(), FileProblem.notAFile(file));
        assertEquals(Optional.empty(), FileProblem.notAFolder(dir));
    }

    @Test
    void aDeviceIsNotAFile() {
        assertEquals(Optional.of("is a device or pipe, not a file"), FileProblem.notAFile(SpecialFiles.device("/dev/null")));
    }
}
