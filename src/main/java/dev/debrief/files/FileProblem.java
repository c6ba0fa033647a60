package dev.debrief.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Says why a file could not be used, in the words a user expects ("Permission denied", "is a folder, not a
 * file"), taken from the failure's reason only: Java's messages name the path the system call saw, which may
 * be a temporary file the user never heard of.
 */
public final class FileProblem {
    private FileProblem() {}

    /** The reason of a failed read or write, without any path. */
    public static String reason(IOException e) {
        return switch (e) {
            case FileException known -> known.reason();
            case AccessDeniedException denied -> "Permission denied";
            case NoSuchFileException missing -> "no such file";
            case NotDirectoryException notFolder -> "part of the path is a file, not a folder";
            case FileAlreadyExistsException exists -> "already exists";
            case FileSystemException other when other.getReason() != null -> plain(other.getReason());
            case FileSystemException other -> "failed (" + other.getClass().getSimpleName() + ")";
            // java.io's message is "PATH (Reason)".
            case FileNotFoundException missing when missing.getMessage() != null
                    && missing.getMessage().endsWith(")") && missing.getMessage().contains(" (") ->
                    plain(missing.getMessage().substring(missing.getMessage().lastIndexOf(" (") + 2,
                            missing.getMessage().length() - 1));
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "input/output error"
                    : plain(e.getMessage());
        };
    }

    /** Why {@code path} cannot be read as a file: empty when it is a regular file (or a link to one). */
    public static Optional<String> notAFile(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(attributes.isDirectory() ? "is a folder, not a file" : "is a device or pipe, not a file");
        } catch (IOException e) {
            return Optional.of(missing(path, e, "no such file"));
        }
    }

    /** Why {@code path} cannot be used as a folder: empty when it is one (or a link to one). */
    public static Optional<String> notAFolder(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isDirectory() ? Optional.empty() : Optional.of("is a file, not a folder");
        } catch (IOException e) {
            return Optional.of(missing(path, e, "no such folder"));
        }
    }

    private static String missing(Path path, IOException e, String noSuch) {
        if (e instanceof NoSuchFileException) {
            return Files.isSymbolicLink(path) ? "is a symbolic link to nothing" : noSuch;
        }
        return reason(e);
    }

    /** The C library's words, where ours say it better. */
    private static String plain(String reason) {
        return switch (reason) {
            case "No such file or directory" -> "no such file";
            case "Is a directory" -> "is a folder, not a file";
            case "Not a directory" -> "part of the path is a file, not a folder";
            default -> reason;
        };
    }
}
