package dev.debrief.load;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.diag.Location;
import dev.debrief.diag.Quote;
import dev.debrief.model.Audience;
import dev.debrief.model.InvalidValueException;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pack config file: a small YAML mapping that gives what the {@code pack} command's options give. Like an
 * incident file, it is read in one pass that finds every mistake, each named with file, line and column.
 *
 * <pre>
 * title: Payments platform – Q2 2024
 * period: 2024-Q2            # or from: 2024-04-01 and to: 2024-06-30
 * inputs: [incidents/2024-Q1, incidents/2024-Q2]   # files, folders, globs; relative to this file
 * severities: [SEV1, SEV2]   # or "SEV1,SEV2"
 * exclude_categories: [game-day, maintenance]
 * audience: internal
 * </pre>
 */
public final class PackConfigLoader {
    /** The result of a load: the config and the warnings its author should read. */
    public record Loaded(PackConfig config, List<Diagnostic> warnings) {}

    static final Set<String> KEYS = Set.of("title", "period", "from", "to", "inputs", "severities",
            "exclude_categories", "audience");

    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private PackConfigLoader() {}

    /** Reads {@code file}; every error in it is in the exception. */
    public static Loaded load(Path file) throws InvalidInputException, IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new InvalidInputException(Diagnostic.error("too-large", Location.startOf(file), "",
                    "the file is larger than 1 MiB; a pack config is short"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Diagnostic.error("encoding", Location.startOf(file), "",
                    "the file is not UTF-8 text; save it as UTF-8"));
        }
        return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Reads config text; {@code file} names it in messages and is where relative inputs start from. */
    public static Loaded parse(Path file, String text) throws InvalidInputException, IOException {
        if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            throw new InvalidInputException(Diagnostic.error("empty-file", Location.startOf(file), "",
                    "the file is empty; expected a mapping with keys like `title`, `period` and `inputs`"));
        }
        Reading reading = new Reading(file);
        Optional<Node> root = YamlTree.read(reading, text);
        if (root.isEmpty()) {
            throw new InvalidInputException(reading.diagnostics());
        }
        Fields top = Fields.of(reading, root.get(), "", KEYS);
        PackConfig config = new PackConfig(file, top.text("title"), period(reading, top),
                inputs(reading, top, file), severities(reading, top), Set.copyOf(top.textList("exclude_categories")),
                top.choice("audience", Audience.class));
        if (reading.hasErrors()) {
            throw new InvalidInputException(reading.diagnostics());
        }
        return new Loaded(config, reading.diagnostics());
    }

    private static Optional<Period> period(Reading reading, Fields top) {
        Optional<Node> period = top.node("period");
        Optional<Node> from = top.node("from");
        Optional<Node> to = top.node("to");
        if (period.isPresent() && (from.isPresent() || to.isPresent())) {
            String other = from.isPresent() ? "from" : "to";
            reading.error("period-and-range", from.or(() -> to).orElseThrow().location(), other,
                    "give either `period` or `from` and `to`, not both");
            return Optional.empty();
        }
        if (period.isPresent()) {
            Optional<String> text = top.scalar(period.get(), "period", "a period like 2024-Q2");
            try {
                return text.isEmpty() ? Optional.empty() : Optional.of(Period.parse(text.get()));
            } catch (InvalidValueException e) {
                reading.error("invalid-value", period.get().location(), "period", e.getMessage());
                return Optional.empty();
            }
        }
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        if (from.isEmpty() || to.isEmpty()) {
            String given = from.isEmpty() ? "to" : "from";
            String missing = from.isEmpty() ? "from" : "to";
            reading.error("missing-field", from.or(() -> to).orElseThrow().location(), missing, "`" + given
                    + "` needs `" + missing + "` too: a range has a first and a last day");
            return Optional.empty();
        }
        Optional<String> first = top.scalar(from.get(), "from", "a date like 2024-04-01");
        Optional<String> last = top.scalar(to.get(), "to", "a date like 2024-06-30");
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        try {
            Period.date(first.get());
        } catch (InvalidValueException e) {
            reading.error("invalid-value", from.get().location(), "from", "`from`: " + e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(Period.between(first.get(), last.get()));
        } catch (InvalidValueException e) {
            reading.error("invalid-value", to.get().location(), "to", "`to`: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The files the inputs select; each input that selects none is reported at its own line. */
    private static List<Path> inputs(Reading reading, Fields top, Path file) throws IOException {
        Optional<Node> node = top.node("inputs");
        if (node.isEmpty()) {
            return List.of();
        }
        boolean listed = node.get() instanceof Node.Sequence;
        List<Node> items = node.get() instanceof Node.Sequence sequence ? sequence.items() : List.of(node.get());
        Path base = file.getParent() == null ? Path.of("") : file.getParent();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String where = listed ? "inputs[" + (i + 1) + "]" : "inputs";
            Optional<String> input = top.scalar(item, where, "a file, a folder or a glob")
                    .map(text -> reading.cleaner.clean(text, where, item.location()).strip());
            if (input.isEmpty()) {
                continue;
            }
            try {
                InputFiles.expand(base, List.of(input.get()));
                inputs.add(input.get());
            } catch (MissingInputException e) {
                reading.report(Diagnostic.error("missing-input", item.location(), where, e.getMessage())
                        .withHint("inputs are read from the config file's folder"));
            }
        }
        try {
            return InputFiles.expand(base, inputs);
        } catch (MissingInputException e) {
            throw new IllegalStateException("each input alone selects files, yet together they do not", e);
        }
    }

    private static Set<Severity> severities(Reading reading, Fields top) {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        Optional<Node> node = top.node("severities");
        if (node.isEmpty()) {
            return severities;
        }
        List<Node> items = node.get() instanceof Node.Sequence sequence ? sequence.items() : List.of(node.get());
        for (Node item : items) {
            for (String part : top.scalar(item, "severities", "SEV1 to SEV5").orElse("").split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<Severity> severity = Severity.fromText(part);
                severity.ifPresent(severities::add);
                if (severity.isEmpty()) {
                    reading.error("invalid-value", item.location(), "severities", "`severities` has "
                            + Quote.of(part.strip()) + ": expected SEV1, SEV2, SEV3, SEV4 or SEV5");
                }
            }
        }
        return severities;
    }
}
