package dev.debrief.diag;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a loaded incident was written, so that stages after loading (lint, glyph checks,
 * render warnings) can say {@code file:line:col} without knowing YAML.
 *
 * <p>Positions are kept by field path ({@code timeline[2].event}); model objects that stand for a list item
 * (a timeline entry, a task, an image) are mapped to their path by identity. A stage that replaces such an
 * object (redaction drops a task's owner) records the copy with {@link #withCopies}, so positions keep
 * naming the item as the file numbers it, not as a filtered list would.
 */
public final class SourceMap {
    private final Path file;
    private final Map<String, Location> values;
    private final Map<String, Location> keys;
    private final Map<Object, String> paths;

    private SourceMap(Path file, Map<String, Location> values, Map<String, Location> keys, Map<Object, String> paths) {
        this.file = file;
        this.values = values;
        this.keys = keys;
        this.paths = paths;
    }

    /** A map that knows nothing but the file: every position is the start of the file. */
    public static SourceMap empty(Path file) {
        return new SourceMap(file, Map.of(), Map.of(), Map.of());
    }

    public static Builder builder(Path file) {
        return new Builder(file);
    }

    public Path file() {
        return file;
    }

    /** The path of a list item ({@code tasks[3]}), or empty for objects the loader did not make. */
    public Optional<String> pathOf(Object item) {
        return Optional.ofNullable(paths.get(item));
    }

    /** The path of {@code field} inside {@code owner}; an owner that is not a list item is the file's root. */
    public String path(Object owner, String field) {
        String base = paths.getOrDefault(owner, "");
        if (field.isEmpty()) {
            return base;
        }
        return base.isEmpty() ? field : base + (field.startsWith("[") ? "" : ".") + field;
    }

    /** Where the value at {@code path} was written; else its key, else the closest enclosing value. */
    public Location locate(String path) {
        for (String p = path; ; p = parent(p)) {
            Location at = values.get(p);
            if (at == null) {
                at = keys.get(p);
            }
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return Location.startOf(file);
            }
        }
    }

    /** Where the key of {@code path} was written (for "unknown key", "remove this key"); else as {@link #locate}. */
    public Location locateKey(String path) {
        Location at = keys.get(path);
        return at != null ? at : locate(path);
    }

    public Location locate(Object owner, String field) {
        return locate(path(owner, field));
    }

    /** This map, with each copy standing where its original stands. */
    public SourceMap withCopies(Map<Object, Object> copyToOriginal) {
        Map<Object, String> more = new IdentityHashMap<>(paths);
        copyToOriginal.forEach((copy, original) -> {
            String path = paths.get(original);
            if (path != null) {
                more.put(copy, path);
            }
        });
        return new SourceMap(file, values, keys, more);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** Collects positions while a file is read. */
    public static final class Builder {
        private final Path file;
        private final Map<String, Location> values = new HashMap<>();
        private final Map<String, Location> keys = new HashMap<>();
        private final Map<Object, String> paths = new IdentityHashMap<>();

        private Builder(Path file) {
            this.file = file;
        }

        public Builder value(String path, Location at) {
            values.putIfAbsent(path, at);
            return this;
        }

        public Builder key(String path, Location at) {
            keys.putIfAbsent(path, at);
            return this;
        }

        /** Records that {@code item} was read from {@code path}. */
        public <T> T item(T item, String path) {
            paths.put(item, path);
            return item;
        }

        public SourceMap build() {
            return new SourceMap(file, Map.copyOf(values), Map.copyOf(keys), new IdentityHashMap<>(paths));
        }
    }
}
