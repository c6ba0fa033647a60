package dev.debrief.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Changes to some files and to everything inside some folders, from the operating system's file events.
 * Files are watched through their folder, so an editor that saves by writing a new file and renaming it over
 * the old one is seen too. A burst of events (an editor writes, renames, touches) is one change: it ends when
 * nothing relevant has happened for {@value #QUIET_MS} ms.
 */
final class FileChanges implements Changes {
    static final long QUIET_MS = 200;

    private final WatchService service;
    /** For each watched folder, the names in it that matter; null means every name does. */
    private final Map<Path, Set<Path>> watched = new HashMap<>();

    FileChanges(Collection<Path> files, Collection<Path> folders) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        try {
            for (Path file : files) {
                Path absolute = file.toAbsolutePath().normalize();
                Path folder = absolute.getParent();
                Set<Path> names = watched.get(folder);
                if (!watched.containsKey(folder)) {
                    names = new HashSet<>();
                    register(folder, names);
                }
                if (names != null) {
                    names.add(absolute.getFileName());
                }
            }
            for (Path folder : folders) {
                registerTree(folder.toAbsolutePath().normalize());
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                register(dir, null);
            }
        }
    }

    private void register(Path folder, Set<Path> names) throws IOException {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        watched.put(folder, names);
    }

    @Override
    public boolean await() {
        try {
            while (!take(service.take())) {
                // only unrelated files changed
            }
            WatchKey more;
            while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                take(more);
            }
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads a key's events; whether any of them is about a watched file. */
    private boolean take(WatchKey key) {
        Path folder = (Path) key.watchable();
        Set<Path> names = watched.get(folder);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path name = (Path) event.context();
            if (names == null) {
                relevant = true;
                Path child = folder.resolve(name);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
                    try {
                        registerTree(child);
                    } catch (IOException e) {
                        // a folder that vanished as it was made: nothing in it to watch
                    }
                }
            } else if (names.contains(name)) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing is best effort; the process is about to stop watching anyway
        }
    }
}
