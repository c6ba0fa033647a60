package dev.debrief.load;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the inputs a person gives (files, folders, globs) into the incident files to read, in a deterministic order
 * and each file once.
 *
 * <ul>
 *   <li>A file is taken as it is, whatever its name.
 *   <li>A folder is searched for {@code *.yaml} and {@code *.yml}, including its subfolders: incidents are often
 *       kept in a tree (one folder per quarter or month, or per incident with its pictures beside it), and
 *       {@code debrief pack incidents/} should find them all. Names starting with a dot are skipped, as a shell
 *       skips them, so {@code .git} or {@code .github/workflows/*.yml} are not read as incidents. Links are
 *       followed; a link back up the tree is not.
 *   <li>A glob ({@code incidents/2024-*}{@code /*.yaml}) is expanded here with Java's glob syntax, because a quoted
 *       glob reaches the program unexpanded: {@code *} stays within a folder, {@code **} crosses folders. A file it
 *       matches is taken if it is YAML; a folder it matches is searched as above.
 * </ul>
 *
 * Files keep the order of the inputs; within a folder or glob they are sorted by path. A file reached twice (named
 * twice, through a folder and a glob, or through a link) is kept at its first place only.
 */
public final class InputFiles {
    private InputFiles() {}

    /** The files selected by {@code inputs}, relative paths read from the working directory. */
    public static List<Path> expand(List<String> inputs) throws MissingInputException, IOException {
        return expand(Path.of(""), inputs);
    }

    /** The files selected by {@code inputs}, relative paths read from {@code base}. */
    public static List<Path> expand(Path base, List<String> inputs) throws MissingInputException, IOException {
        List<Path> files = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String input : inputs) {
            List<Path> found = new ArrayList<>();
            String problem = select(base, input, found);
            if (problem != null) {
                problems.add(problem);
            }
            for (Path file : found) {
                if (seen.add(identity(file))) {
                    files.add(file);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MissingInputException(problems);
        }
        return List.copyOf(files);
    }

    /** Adds what {@code input} selects to {@code found}; returns what is wrong with it, or null. */
    private static String select(Path base, String input, List<Path> found) throws IOException {
        if (input.isBlank()) {
            return "an input is empty: expected a file, a folder or a glob";
        }
        Path path;
        try {
            path = base.resolve(input).normalize();
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path != null && Files.isRegularFile(path)) {
            found.add(path);
            return null;
        }
        if (path != null && Files.isDirectory(path)) {
            found.addAll(search(path));
            return found.isEmpty() ? "`" + input + "`: the folder holds no .yaml or .yml file" : null;
        }
        if (path != null && Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            return "`" + input + "`: a link to nothing";
        }
        if (isGlob(input)) {
            found.addAll(glob(base, input));
            return found.isEmpty() ? "`" + input + "` matches no .yaml or .yml file" : null;
        }
        return path == null ? "`" + input + "` is not a usable path" : "`" + input + "`: no such file or folder";
    }

    static boolean isGlob(String input) {
        return input.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    /** The YAML files under {@code folder}, at any depth, sorted. */
    private static List<Path> search(Path folder) throws IOException {
        return walk(folder, Integer.MAX_VALUE).stream().filter(p -> Files.isRegularFile(p) && isYaml(p)).toList();
    }

    /** Everything below {@code root} down to {@code depth} levels, sorted; hidden files and folders are not entered. */
    private static List<Path> walk(Path root, int depth) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (hidden(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                found.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!hidden(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) {
                    return FileVisitResult.CONTINUE; // a link back up the tree: its files are already found
                }
                throw e;
            }
        });
        found.sort(null);
        return found;
    }

    /**
     * The glob's fixed leading folders are the root of the walk; the rest is matched against each path below it,
     * so {@code incidents/2024-*}{@code /*.yaml} walks only {@code incidents}, two levels deep.
     */
    private static List<Path> glob(Path base, String pattern) throws IOException {
        String[] parts = pattern.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
            fixed++;
        }
        String prefix = String.join("/", List.of(parts).subList(0, fixed));
        String rest = String.join("/", List.of(parts).subList(fixed, parts.length));
        Path root;
        try {
            root = (prefix.isEmpty() && pattern.startsWith("/")) ? Path.of("/")
                    : prefix.isEmpty() ? base : base.resolve(prefix).normalize();
        } catch (InvalidPathException e) {
            return List.of();
        }
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        } catch (IllegalArgumentException e) {
            return List.of(); // an unbalanced [ or {: it cannot match, and the caller says so
        }
        int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/").length;
        List<Path> files = new ArrayList<>();
        for (Path match : walk(root, depth)) {
            if (!matcher.matches(root.relativize(match))) {
                continue;
            }
            if (Files.isDirectory(match)) {
                files.addAll(search(match));
            } else if (Files.isRegularFile(match) && isYaml(match)) {
                files.add(match);
            }
        }
        return files;
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** The file itself, not its name: the file system's key (which sees hard links) or else its real path. */
    private static Object identity(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key != null ? key : file.toRealPath();
    }
}
