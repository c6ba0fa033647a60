package dev.debrief.files;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;

/**
 * Writes a finished output so that nothing the user has is lost. A regular file is replaced in one step (a
 * failed run never leaves a half-written file nor clobbers the old one), keeps the mode it had, and a new one
 * gets the mode any program's new file gets (0666 less the umask). A device, pipe or socket ({@code
 * /dev/null}, a FIFO) is written to, never replaced. An output that is one of the inputs is refused.
 */
public final class OutputFile {
    private OutputFile() {}

    /**
     * Writes {@code content} to {@code target}, unless it is the same file as one of {@code inputs}.
     *
     * @throws OutputIsInputException when {@code target} is one of {@code inputs}, by whatever name or link
     * @throws FileException when it cannot be written; the message names {@code target} and says why
     */
    public static void write(Path target, byte[] content, Collection<Path> inputs)
            throws OutputIsInputException, FileException {
        write(target, (Content<RuntimeException>) out -> out.write(content), inputs);
    }

    /** What writes an output's content, which may be too large to hold in memory first; it may fail with E. */
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /**
     * Writes what {@code content} writes to {@code target}, as {@link #write(Path, byte[], Collection)} does: if
     * {@code content} fails, with {@code E} or a write error, the target is left as it was (unless it is a device
     * or a pipe, which is written as the content comes).
     */
    public static <E extends Exception> void write(Path target, Content<E> content, Collection<Path> inputs)
            throws OutputIsInputException, FileException, E {
        refuseInputs(target, inputs);
        try {
            BasicFileAttributes existing = attributes(target);
            if (existing == null) {
                if (Files.isSymbolicLink(target)) {
                    // A link to nothing: create what it points to, as the shell would.
                    writeInPlace(target, content, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                } else {
                    replace(target.toAbsolutePath(), content, null);
                }
            } else if (existing.isDirectory()) {
                throw new FileSystemException(target.toString(), null, "Is a directory");
            } else if (!existing.isRegularFile()) {
                writeInPlace(target, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                // Opening it for writing (and writing nothing) asks the system whether we may: a read-only
                // file stays unchanged, and a link that the kernel will not follow is not followed.
                FileChannel.open(target, StandardOpenOption.WRITE).close();
                Path real = target.toRealPath(); // replace the file a link points to, not the link
                replace(real, content, permissions(real));
            }
        } catch (IOException e) {
            throw FileException.writing(target, e);
        }
    }

    /** Checks, before any work is done, that {@code target} is none of {@code inputs}. */
    public static void refuseInputs(Path target, Collection<Path> inputs) throws OutputIsInputException {
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new OutputIsInputException(target, input);
            }
        }
    }

    /**
     * Writes {@code content} to an open stream such as standard output and flushes it. {@link PrintStream}
     * hides its errors: {@code System.out} is bypassed for its file descriptor, which reports them with their
     * reason, and any other print stream is asked afterwards whether one happened.
     *
     * @throws FileException when the write fails (a full disk, a closed pipe)
     */
    public static void write(OutputStream out, byte[] content) throws FileException {
        try {
            if (out == System.out) {
                System.out.flush();
                new FileOutputStream(FileDescriptor.out).write(content); // not closed: that would close fd 1
            } else {
                out.write(content);
                out.flush();
            }
        } catch (IOException e) {
            throw FileException.writingStandardOutput(FileProblem.reason(e), e);
        }
        if (out instanceof PrintStream print && print.checkError()) {
            throw FileException.writingStandardOutput("the write failed (a full disk or a closed pipe?)", null);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // one of them does not exist (or cannot be seen), so writing one cannot destroy the other
        }
    }

    /** The attributes of what {@code path} names, following links; null when there is nothing there. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes().permissions();
    }

    /** Writes through {@code target} as the shell's {@code >} would: a device or pipe cannot be replaced. */
    private static <E extends Exception> void writeInPlace(Path target, Content<E> content, OpenOption... options)
            throws IOException, E {
        try (FileChannel channel = FileChannel.open(target, options)) {
            writeAll(channel, content);
        }
    }

    /**
     * Writes {@code content} beside {@code target}, inside a folder only we can enter (so no one can open the
     * unfinished file, whatever its mode), then moves it over {@code target} in one step.
     *
     * @param keep the mode to give the file; null for a new file's default, the umask's
     */
    private static <E extends Exception> void replace(Path target, Content<E> content, Set<PosixFilePermission> keep)
            throws IOException, E {
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new NotDirectoryException(e.getFile()); // a file stands where a folder should be
        }
        Path stage = Files.createTempDirectory(folder, "." + target.getFileName() + ".part-");
        Path temp = stage.resolve(target.getFileName());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeAll(channel, content);
                channel.force(true); // on disk before the rename, or a crash could leave an empty file in its place
            }
            if (keep != null) {
                Files.setPosixFilePermissions(temp, keep);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(stage);
        }
    }

    private static <E extends Exception> void writeAll(FileChannel channel, Content<E> content)
            throws IOException, E {
        // Not closed here: closing the stream would close the channel before it is forced to disk.
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
        content.writeTo(out);
        out.flush();
    }
}
