package dev.debrief.load;

import dev.debrief.model.Item;
import dev.debrief.model.Markdown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads the fields of one mapping: unknown keys are refused, each value is checked for its type. */
final class Fields {
    private final Node.Mapping mapping;
    private final String path;
    private final TextCleaner cleaner;

    private Fields(Node.Mapping mapping, String path, TextCleaner cleaner) {
        this.mapping = mapping;
        this.path = path;
        this.cleaner = cleaner;
    }

    /** Opens {@code node} as a mapping that may hold only {@code known} keys. */
    static Fields of(Node node, String path, Set<String> known, TextCleaner cleaner) throws InputException {
        if (!(node instanceof Node.Mapping mapping)) {
            throw new InputException(node.location(), expectedAt(path, "a mapping of keys", node));
        }
        for (Node.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                throw new InputException(entry.keyLocation(), "unknown key `" + entry.key() + "`"
                        + (path.isEmpty() ? "" : " in " + path) + Suggestion.hint(entry.key(), known));
            }
        }
        return new Fields(mapping, path, cleaner);
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value under {@code key}, unless absent or written as null. */
    Optional<Node> node(String key) {
        Node.Entry entry = mapping.entries().get(key);
        if (entry == null || (entry.value() instanceof Node.Scalar s && s.isNull())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    Node require(String key, String expected) throws InputException {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            throw new InputException(mapping.location(), "missing required field `" + pathOf(key) + "`: expected "
                    + expected);
        }
        return node.get();
    }

    Optional<String> text(String key) throws InputException {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String text = oneLine(scalar(node.get(), pathOf(key), "text"), pathOf(key));
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    String requiredText(String key, String expected) throws InputException {
        Node node = require(key, expected);
        String text = oneLine(scalar(node, pathOf(key), expected), pathOf(key));
        if (text.isBlank()) {
            throw new InputException(node.location(), "`" + pathOf(key) + "` is empty: expected " + expected);
        }
        return text;
    }

    Optional<Markdown> markdown(String key) throws InputException {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String text = cleaner.clean(scalar(node.get(), pathOf(key), "Markdown text"), pathOf(key));
        return text.isBlank() ? Optional.empty() : Optional.of(new Markdown(text.strip()));
    }

    Markdown requiredMarkdown(String key) throws InputException {
        Node node = require(key, "Markdown text");
        return markdown(key).orElseThrow(() -> new InputException(node.location(),
                "`" + pathOf(key) + "` is empty: expected Markdown text"));
    }

    boolean flag(String key, boolean fallback) throws InputException {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String text = scalar(node.get(), pathOf(key), "true or false").strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on", "y" -> true;
            case "false", "no", "off", "n" -> false;
            default -> throw new InputException(node.get().location(),
                    "`" + pathOf(key) + "` is `" + text + "`: expected true or false");
        };
    }

    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) throws InputException {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        String text = scalar(node.get(), pathOf(key), String.join(", ", names)).strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.replace('-', '_').replace(' ', '_'))) {
                return Optional.of(constant);
            }
        }
        // SEV-1, sev 1 and "1" all mean SEV1; P-1 means P1.
        String compact = text.replaceAll("[\\s_-]", "");
        for (E constant : type.getEnumConstants()) {
            String name = constant.name();
            String digits = name.replaceAll("\\D", "");
            if (name.equalsIgnoreCase(compact) || (!digits.isEmpty() && digits.equals(compact))) {
                return Optional.of(constant);
            }
        }
        // Severities and priorities are written in capitals (SEV1, P2), the other choices in lower case.
        boolean capitals = type == dev.debrief.model.Severity.class || type == dev.debrief.model.Priority.class;
        List<String> shown = capitals ? Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() : names;
        String hint = Suggestion.closest(text, names)
                .map(n -> " (did you mean `" + (capitals ? n.toUpperCase(Locale.ROOT) : n) + "`?)").orElse("");
        throw new InputException(node.get().location(), "`" + pathOf(key) + "` is `" + text + "`: expected one of "
                + String.join(", ", shown) + hint);
    }

    /** A string, or a list of strings: both are written by people for "one or more". */
    List<String> textList(String key) throws InputException {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node.get() instanceof Node.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                Node item = sequence.items().get(i);
                String where = pathOf(key) + "[" + (i + 1) + "]";
                if (item instanceof Node.Scalar s && s.isNull()) {
                    continue;
                }
                String text = oneLine(scalar(item, where, "text"), where);
                if (!text.isBlank()) {
                    values.add(text);
                }
            }
        } else {
            for (String part : scalar(node.get(), pathOf(key), "text or a list of text").split(",")) {
                String text = oneLine(part, pathOf(key));
                if (!text.isBlank()) {
                    values.add(text);
                }
            }
        }
        return List.copyOf(values);
    }

    /** A list of Markdown items, each plain text or {@code {text: ..., internal: true}}. */
    List<Item> items(String key) throws InputException {
        return list(key, (item, where) -> {
            if (item instanceof Node.Mapping) {
                Fields fields = Fields.of(item, where, Set.of("text", "internal"), cleaner);
                return new Item(fields.requiredMarkdown("text"), fields.flag("internal", false));
            }
            String text = cleaner.clean(scalar(item, where, "Markdown text"), where);
            if (text.isBlank()) {
                throw new InputException(item.location(), "`" + where + "` is empty: expected Markdown text");
            }
            return new Item(new Markdown(text.strip()), false);
        });
    }

    interface ItemReader<T> {
        T read(Node item, String where) throws InputException;
    }

    <T> List<T> list(String key, ItemReader<T> reader) throws InputException {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof Node.Sequence sequence)) {
            throw new InputException(node.get().location(), expectedAt(pathOf(key), "a list", node.get()));
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Node item = sequence.items().get(i);
            if (item instanceof Node.Scalar s && s.isNull()) {
                continue;
            }
            values.add(reader.read(item, pathOf(key) + "[" + (i + 1) + "]"));
        }
        return values;
    }

    <T> Optional<T> parsed(String key, String expected, Function<String, Optional<T>> parser) throws InputException {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String text = scalar(node.get(), pathOf(key), expected);
        return Optional.of(parser.apply(text).orElseThrow(() -> new InputException(node.get().location(),
                "`" + pathOf(key) + "` is `" + text.strip() + "`: expected " + expected)));
    }

    private String oneLine(String text, String where) {
        return cleaner.clean(text, where).strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    static String scalar(Node node, String where, String expected) throws InputException {
        if (node instanceof Node.Scalar scalar) {
            return scalar.isNull() ? "" : scalar.text();
        }
        throw new InputException(node.location(), expectedAt(where, expected, node));
    }

    static String expectedAt(String where, String expected, Node found) {
        return "`" + where + "` should be " + expected + ", but is " + found.kind();
    }
}
