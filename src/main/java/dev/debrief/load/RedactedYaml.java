package dev.debrief.load;

import dev.debrief.diag.InvalidInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The text of an incident file as an external audience may see it, for embedding in an external PDF: internal
 * items, {@code authors} and task {@code owner}s left out, {@code audience: external} set, and every comment
 * dropped, since a comment can hold internal text. Loading the result gives the same incident as loading the
 * original and redacting it ({@link dev.debrief.report.Redaction#apply}).
 *
 * <p>The file is read into the loader's own tree and written out again, keys in the order written; the layout
 * changes (block style throughout, Markdown as literal blocks), every value stays the text the loader reads.
 * Redacting redacted text gives the same text, so a report re-rendered from its extracted source is the same.
 */
public final class RedactedYaml {
    private static final Set<String> ITEM = Set.of("text", "internal");
    /** Keys that say what the incident is; {@code audience} is added after them when the file has none. */
    private static final Set<String> IDENTITY = Set.of("format", "id", "title", "severity", "status", "services",
            "authors", "date", "timezone", "category", "tags");
    private static final Resolver RESOLVER = new Resolver();

    private RedactedYaml() {}

    /**
     * @param file names the file in errors, as the loader does
     * @param text a valid incident file (a leading byte-order mark is dropped)
     * @throws InvalidInputException when a part that redaction reads (the YAML itself, the top-level keys, an
     *     {@code internal} flag) is one the loader refuses, with the loader's diagnostics for it
     */
    public static String of(Path file, String text) throws InvalidInputException {
        Reading reading = new Reading(file);
        Optional<Node> root = YamlTree.read(reading, text.startsWith("\uFEFF") ? text.substring(1) : text);
        root.ifPresent(node -> Fields.of(reading, node, "", IncidentLoader.TOP_LEVEL));
        Optional<Node.Mapping> redacted = root.filter(Node.Mapping.class::isInstance)
                .map(node -> redact(reading, (Node.Mapping) node));
        if (redacted.isEmpty() || reading.hasErrors()) {
            throw new InvalidInputException(reading.diagnostics());
        }
        return write(redacted.get());
    }

    private static Node.Mapping redact(Reading reading, Node.Mapping incident) {
        Map<String, Node.Entry> kept = new LinkedHashMap<>();
        Node.Entry audience = new Node.Entry("audience", incident.location(),
                new Node.Scalar("external", false, incident.location()));
        boolean identity = !incident.entries().containsKey(audience.key());
        for (Node.Entry entry : incident.entries().values()) {
            if (identity && !IDENTITY.contains(entry.key())) {
                kept.putIfAbsent(audience.key(), audience);
                identity = false;
            }
            switch (entry.key()) {
                case "authors" -> { }
                case "audience" -> kept.put(entry.key(), audience);
                case "timeline" -> kept.put(entry.key(), visible(reading, entry, entry.key(), IncidentLoader.TIMELINE,
                        m -> m));
                case "tasks" -> kept.put(entry.key(), visible(reading, entry, entry.key(), IncidentLoader.TASK,
                        task -> without(task, "owner")));
                case "images" -> kept.put(entry.key(), visible(reading, entry, entry.key(), IncidentLoader.IMAGE,
                        m -> m));
                case "contributing_factors", "measures" -> kept.put(entry.key(),
                        visible(reading, entry, entry.key(), ITEM, m -> m));
                case "lessons" -> kept.put(entry.key(), lessons(reading, entry));
                default -> kept.put(entry.key(), entry);
            }
        }
        kept.putIfAbsent(audience.key(), audience);
        return new Node.Mapping(kept, incident.location());
    }

    private static Node.Entry lessons(Reading reading, Node.Entry lessons) {
        if (lessons.value() instanceof Node.Scalar nothing && nothing.isNull()) {
            return lessons;
        }
        Fields.of(reading, lessons.value(), "lessons", IncidentLoader.LESSONS);
        if (!(lessons.value() instanceof Node.Mapping mapping)) {
            return lessons;
        }
        Map<String, Node.Entry> kept = new LinkedHashMap<>();
        for (Node.Entry entry : mapping.entries().values()) {
            kept.put(entry.key(), entry.key().equals("internal") ? entry
                    : visible(reading, entry, "lessons." + entry.key(), ITEM, m -> m));
        }
        return new Node.Entry(lessons.key(), lessons.keyLocation(), new Node.Mapping(kept, mapping.location()));
    }

    /**
     * The list without the mappings it marks {@code internal: true}, read exactly as the loader reads the flag;
     * {@code keep} trims what stays. A value that is not a list is left for the loader to refuse.
     */
    private static Node.Entry visible(Reading reading, Node.Entry list, String path, Set<String> keys,
            UnaryOperator<Node.Mapping> keep) {
        if (!(list.value() instanceof Node.Sequence sequence)) {
            return list;
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Node item = sequence.items().get(i);
            if (item instanceof Node.Mapping mapping) {
                String where = path + "[" + (i + 1) + "]";
                if (Fields.of(reading, mapping, where, keys).flag(Fields.INTERNAL, false)) {
                    continue;
                }
                item = keep.apply(mapping);
            }
            items.add(item);
        }
        return new Node.Entry(list.key(), list.keyLocation(), new Node.Sequence(items, sequence.location()));
    }

    private static Node.Mapping without(Node.Mapping mapping, String key) {
        Map<String, Node.Entry> kept = new LinkedHashMap<>(mapping.entries());
        kept.remove(key);
        return new Node.Mapping(kept, mapping.location());
    }

    private static String write(Node.Mapping incident) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        Emitter emitter = new Emitter(out, options);
        try {
            emitter.emit(new StreamStartEvent(null, null));
            emitter.emit(new DocumentStartEvent(null, null, false, null, null));
            node(emitter, incident);
            emitter.emit(new DocumentEndEvent(null, null, false));
            emitter.emit(new StreamEndEvent(null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void node(Emitter emitter, Node node) throws IOException {
        switch (node) {
            case Node.Scalar scalar -> scalar(emitter, scalar);
            case Node.Mapping mapping -> {
                emitter.emit(new MappingStartEvent(null, null, true, null, null, DumperOptions.FlowStyle.BLOCK));
                for (Node.Entry entry : mapping.entries().values()) {
                    emitter.emit(new ScalarEvent(null, null, new ImplicitTuple(true, true), entry.key(), null, null,
                            DumperOptions.ScalarStyle.PLAIN));
                    node(emitter, entry.value());
                }
                emitter.emit(new MappingEndEvent(null, null));
            }
            case Node.Sequence sequence -> {
                emitter.emit(new SequenceStartEvent(null, null, true, null, null, DumperOptions.FlowStyle.BLOCK));
                for (Node item : sequence.items()) {
                    node(emitter, item);
                }
                emitter.emit(new SequenceEndEvent(null, null));
            }
        }
    }

    /**
     * The loader keeps every scalar as the text written and only asks whether it is null, so a value may be
     * written plain unless plain would read as null ({@code null}, {@code ~}); the emitter quotes whatever plain
     * style cannot carry. Multi-line text becomes a literal block, except text with line breaks other than
     * {@code \n}, which a block would turn into {@code \n}: that stays double-quoted, with escapes.
     */
    private static void scalar(Emitter emitter, Node.Scalar scalar) throws IOException {
        if (scalar.isNull()) {
            emitter.emit(new ScalarEvent(null, null, new ImplicitTuple(true, false), "null", null, null,
                    DumperOptions.ScalarStyle.PLAIN));
            return;
        }
        String text = scalar.text();
        boolean plainIsText = !RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.NULL);
        boolean otherBreaks = text.chars().anyMatch(c -> c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029);
        DumperOptions.ScalarStyle style = otherBreaks ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                : text.indexOf('\n') >= 0 ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN;
        emitter.emit(new ScalarEvent(null, null, new ImplicitTuple(plainIsText, true), text, null, null, style));
    }
}
