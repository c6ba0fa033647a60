package dev.debrief.load;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.Location;
import dev.debrief.diag.Quote;
import dev.debrief.model.Item;
import dev.debrief.model.Markdown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of one mapping. A problem with a value is recorded and the read gives nothing, so one
 * pass over a file finds every mistake in it; the caller never sees a half-checked value as valid, because
 * a file with errors is refused as a whole.
 */
final class Fields {
    /** The key that marks an item as internal, and the message for places where it does nothing. */
    static final String INTERNAL = "internal";

    private final Reading reading;
    private final Node.Mapping mapping;
    private final String path;
    /** Known keys that an unknown key was taken for: their absence is not reported again. */
    private final Set<String> misspelt = new java.util.HashSet<>();

    private Fields(Reading reading, Node.Mapping mapping, String path) {
        this.reading = reading;
        this.mapping = mapping;
        this.path = path;
    }

    /**
     * Opens {@code node} as a mapping that may hold only {@code known} keys; an unknown key is an error that
     * names the closest known one. When {@code node} is not a mapping, that is the one error reported, and
     * every read gives nothing.
     */
    static Fields of(Reading reading, Node node, String path, Set<String> known) {
        if (!(node instanceof Node.Mapping mapping)) {
            reading.error("wrong-type", node.location(), path, expectedAt(path, "a mapping of keys", node));
            return new Fields(reading, null, path);
        }
        Fields fields = new Fields(reading, mapping, path);
        for (Node.Entry entry : mapping.entries().values()) {
            String at = fields.pathOf(entry.key());
            reading.sources.key(at, entry.keyLocation()).value(at, entry.value().location());
            if (known.contains(entry.key())) {
                continue;
            }
            Optional<String> meant = Suggestion.closest(entry.key(), known);
            meant.ifPresent(fields.misspelt::add);
            reading.report(Diagnostic.error("unknown-key", entry.keyLocation(), at, "unknown key "
                    + Quote.of(entry.key()) + (path.isEmpty() ? "" : " in " + path))
                    .withHint(meant.map(k -> "did you mean `" + k + "`?").orElse(null)));
        }
        return fields;
    }

    /**
     * Reads {@code internal} where it cannot hide anything (the whole file, the window, the impact, the
     * lessons): {@code true} there is an error, since a privacy flag that does nothing would leave the
     * author believing something is hidden.
     */
    void internalWithoutEffect() {
        Optional<Node> node = node(INTERNAL);
        if (node.isPresent() && flag(INTERNAL, false)) {
            reading.error("internal-no-effect", mapping.entries().get(INTERNAL).keyLocation(), pathOf(INTERNAL),
                    "`internal: true` has no effect " + (path.isEmpty() ? "at the top of the file" : "on `" + path + "`")
                            + ": only timeline entries, tasks, images and list items can be internal; use"
                            + " --audience external to redact a whole report");
        }
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Location location() {
        return mapping == null ? Location.startOf(reading.file) : mapping.location();
    }

    /** The value under {@code key}, unless absent or written as null. */
    Optional<Node> node(String key) {
        Node.Entry entry = mapping == null ? null : mapping.entries().get(key);
        if (entry == null || (entry.value() instanceof Node.Scalar s && s.isNull())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** The value under a required key; a missing one is reported (once, unless the mapping itself was bad). */
    Optional<Node> require(String key, String expected) {
        Optional<Node> node = node(key);
        if (node.isEmpty() && mapping != null && !misspelt.contains(key)) {
            reading.error("missing-field", mapping.location(), pathOf(key), "missing required field `" + pathOf(key)
                    + "`: expected " + expected);
        }
        return node;
    }

    Optional<String> text(String key) {
        return node(key).flatMap(node -> scalar(node, pathOf(key), "text")
                        .map(text -> oneLine(text, pathOf(key), node.location())))
                .filter(text -> !text.isBlank());
    }

    /** Required one-line text; empty after an error has been reported. */
    Optional<String> requiredText(String key, String expected) {
        Optional<Node> node = require(key, expected);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = scalar(node.get(), pathOf(key), expected)
                .map(t -> oneLine(t, pathOf(key), node.get().location()));
        if (text.isPresent() && text.get().isBlank()) {
            reading.error("empty-field", node.get().location(), pathOf(key), "`" + pathOf(key) + "` is empty: expected "
                    + expected);
            return Optional.empty();
        }
        return text;
    }

    Optional<Markdown> markdown(String key) {
        return node(key).flatMap(node -> markdownAt(node, pathOf(key), false));
    }

    Optional<Markdown> requiredMarkdown(String key) {
        return require(key, "Markdown text").flatMap(node -> markdownAt(node, pathOf(key), true));
    }

    private Optional<Markdown> markdownAt(Node node, String where, boolean required) {
        Optional<String> text = scalar(node, where, "Markdown text").map(t -> reading.cleaner.clean(t, where, node.location()));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            if (required) {
                reading.error("empty-field", node.location(), where, "`" + where + "` is empty: expected Markdown text");
            }
            return Optional.empty();
        }
        return Optional.of(new Markdown(text.get().strip()));
    }

    boolean flag(String key, boolean fallback) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return fallback;
        }
        Optional<String> text = scalar(node.get(), pathOf(key), "true or false")
                .map(t -> t.strip().toLowerCase(Locale.ROOT));
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get()) {
            case "true", "yes", "on", "y" -> true;
            case "false", "no", "off", "n" -> false;
            default -> {
                reading.error("invalid-value", node.get().location(), pathOf(key), "`" + pathOf(key) + "` is "
                        + Quote.of(text.get()) + ": expected true or false");
                yield fallback;
            }
        };
    }

    /**
     * One of an enum's constants, in any case; {@code SEV-1}, {@code sev 1} and {@code 1} all mean SEV1 and
     * {@code P-1} means P1, but {@code -1} is no severity.
     */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        E[] constants = type.getEnumConstants();
        List<String> names = Arrays.stream(constants).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        Optional<String> read = scalar(node.get(), pathOf(key), String.join(", ", names)).map(String::strip);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get();
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(text.replace('-', '_').replace(' ', '_'))) {
                return Optional.of(constant);
            }
            Matcher numbered = NUMBERED.matcher(constant.name());
            if (numbered.matches() && Pattern.compile("(?i)(?:" + numbered.group(1) + "[\\s_-]?)?" + numbered.group(2))
                    .matcher(text).matches()) {
                return Optional.of(constant);
            }
        }
        // Severities and priorities are written in capitals (SEV1, P2), the other choices in lower case.
        boolean capitals = Arrays.stream(constants).allMatch(c -> NUMBERED.matcher(c.name()).matches());
        List<String> shown = capitals ? Arrays.stream(constants).map(Enum::name).toList() : names;
        reading.report(Diagnostic.error("invalid-value", node.get().location(), pathOf(key), "`" + pathOf(key)
                        + "` is " + Quote.of(text) + ": expected one of " + String.join(", ", shown))
                .withHint(Suggestion.closest(text, names)
                        .map(n -> "did you mean `" + (capitals ? n.toUpperCase(Locale.ROOT) : n) + "`?").orElse(null)));
        return Optional.empty();
    }

    private static final Pattern NUMBERED = Pattern.compile("([A-Z]+)(\\d+)");

    /** A string, or a list of strings: both are written by people for "one or more". */
    List<String> textList(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node.get() instanceof Node.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                Node item = sequence.items().get(i);
                String where = pathOf(key) + "[" + (i + 1) + "]";
                reading.sources.value(where, item.location());
                if (item instanceof Node.Scalar s && s.isNull()) {
                    continue;
                }
                scalar(item, where, "text").map(t -> oneLine(t, where, item.location())).filter(t -> !t.isBlank()).ifPresent(values::add);
            }
        } else {
            scalar(node.get(), pathOf(key), "text or a list of text").ifPresent(text -> {
                for (String part : text.split(",")) {
                    String one = oneLine(part, pathOf(key), node.get().location());
                    if (!one.isBlank()) {
                        values.add(one);
                    }
                }
            });
        }
        return List.copyOf(values);
    }

    /** A list of Markdown items, each plain text or {@code {text: ..., internal: true}}. */
    List<Item> items(String key) {
        return list(key, (item, where) -> {
            if (item instanceof Node.Mapping) {
                Fields fields = Fields.of(reading, item, where, Set.of("text", INTERNAL));
                boolean internal = fields.flag(INTERNAL, false);
                return fields.requiredMarkdown("text").map(text -> new Item(text, internal));
            }
            return markdownAt(item, where, true).map(text -> new Item(text, false));
        });
    }

    /** Reads one list item; gives nothing when the item was wrong (its problems are reported). */
    interface ItemReader<T> {
        Optional<T> read(Node item, String where);
    }

    /** The items of a list; each is read on its own, so one bad item does not hide problems in the next. */
    <T> List<T> list(String key, ItemReader<T> reader) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof Node.Sequence sequence)) {
            reading.error("wrong-type", node.get().location(), pathOf(key), expectedAt(pathOf(key), "a list",
                    node.get()));
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Node item = sequence.items().get(i);
            String where = pathOf(key) + "[" + (i + 1) + "]";
            reading.sources.value(where, item.location());
            if (item instanceof Node.Scalar s && s.isNull()) {
                continue;
            }
            reader.read(item, where).map(value -> reading.sources.item(value, where)).ifPresent(values::add);
        }
        return values;
    }

    /** A scalar turned into a value by {@code parser}; text it cannot read is an error naming {@code expected}. */
    <T> Optional<T> parsed(String key, String expected, Function<String, Optional<T>> parser) {
        return node(key).flatMap(node -> parsedAt(node, pathOf(key), expected, parser));
    }

    <T> Optional<T> parsedAt(Node node, String where, String expected, Function<String, Optional<T>> parser) {
        Optional<String> text = scalar(node, where, expected);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parser.apply(text.get());
        if (value.isEmpty()) {
            reading.error("invalid-value", node.location(), where, "`" + where + "` is " + Quote.of(text.get().strip())
                    + ": expected " + expected);
        }
        return value;
    }

    private String oneLine(String text, String where, Location at) {
        return reading.cleaner.clean(text, where, at).strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** The text of a scalar; a mapping or list where text belongs is reported. */
    Optional<String> scalar(Node node, String where, String expected) {
        if (node instanceof Node.Scalar scalar) {
            return Optional.of(scalar.isNull() ? "" : scalar.text());
        }
        reading.error("wrong-type", node.location(), where, expectedAt(where, expected, node));
        return Optional.empty();
    }

    static String expectedAt(String where, String expected, Node found) {
        return "`" + (where.isEmpty() ? "the file" : where) + "` should be " + expected + ", but is " + found.kind();
    }
}
