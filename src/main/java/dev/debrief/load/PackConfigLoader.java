package dev.debrief.load;

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
 * Reads a pack config file: a small YAML mapping that gives what the {@code pack} command's options give. Errors
 * name file, line and column, as for incidents.
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
    /** The result of a load: the config and what its author should know about it. */
    public record Loaded(PackConfig config, List<Warning> warnings) {}

    static final Set<String> KEYS = Set.of("title", "period", "from", "to", "inputs", "severities",
            "exclude_categories", "audience");

    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private PackConfigLoader() {}

    public static Loaded load(Path file) throws InputException, IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new InputException(new Location(file, 1, 1), "the file is larger than 1 MiB; a pack config is short");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(new Location(file, 1, 1), "the file is not UTF-8 text; save it as UTF-8");
        }
        return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Reads config text; {@code file} names it in errors and is where relative inputs start from. */
    public static Loaded parse(Path file, String text) throws InputException, IOException {
        if (text.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
            throw new InputException(new Location(file, 1, 1), "the file is empty; expected a mapping with keys like"
                    + " `title`, `period` and `inputs`");
        }
        List<Warning> warnings = new ArrayList<>();
        TextCleaner cleaner = new TextCleaner(warnings);
        Node root = YamlTree.read(file, text, warnings);
        Fields top = Fields.of(root, "", KEYS, cleaner);

        PackConfig config = new PackConfig(file, top.text("title"), period(top), inputs(top, file, cleaner),
                severities(top), Set.copyOf(top.textList("exclude_categories")), top.choice("audience", Audience.class));
        return new Loaded(config, List.copyOf(warnings));
    }

    private static Optional<Period> period(Fields top) throws InputException {
        Optional<Node> period = top.node("period");
        Optional<Node> from = top.node("from");
        Optional<Node> to = top.node("to");
        if (period.isPresent() && (from.isPresent() || to.isPresent())) {
            Node other = from.or(() -> to).orElseThrow();
            throw new InputException(other.location(), "give either `period` or `from` and `to`, not both");
        }
        try {
            if (period.isPresent()) {
                return Optional.of(Period.parse(Fields.scalar(period.get(), "period", "a period like 2024-Q2")));
            }
        } catch (InvalidValueException e) {
            throw new InputException(period.get().location(), e.getMessage());
        }
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        if (from.isEmpty() || to.isEmpty()) {
            Node given = from.or(() -> to).orElseThrow();
            throw new InputException(given.location(), "`" + (from.isEmpty() ? "to" : "from") + "` needs `"
                    + (from.isEmpty() ? "from" : "to") + "` too: a range has a first and a last day");
        }
        String first = Fields.scalar(from.get(), "from", "a date like 2024-04-01");
        String last = Fields.scalar(to.get(), "to", "a date like 2024-06-30");
        try {
            Period.date(first);
        } catch (InvalidValueException e) {
            throw new InputException(from.get().location(), "`from`: " + e.getMessage());
        }
        try {
            return Optional.of(Period.between(first, last));
        } catch (InvalidValueException e) {
            throw new InputException(to.get().location(), "`to`: " + e.getMessage());
        }
    }

    /** The files the inputs select; an input that selects none is reported at its own line. */
    private static List<Path> inputs(Fields top, Path file, TextCleaner cleaner) throws InputException, IOException {
        Optional<Node> node = top.node("inputs");
        if (node.isEmpty()) {
            return List.of();
        }
        List<Node> items = node.get() instanceof Node.Sequence sequence ? sequence.items() : List.of(node.get());
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = items.size() > 1 || node.get() instanceof Node.Sequence ? "inputs[" + (i + 1) + "]" : "inputs";
            inputs.add(cleaner.clean(Fields.scalar(items.get(i), where, "a file, a folder or a glob"), where).strip());
        }
        Path base = file.getParent() == null ? Path.of("") : file.getParent();
        try {
            return InputFiles.expand(base, inputs);
        } catch (MissingInputException all) {
            for (int i = 0; i < inputs.size(); i++) {
                try {
                    InputFiles.expand(base, List.of(inputs.get(i)));
                } catch (MissingInputException one) {
                    throw new InputException(items.get(i).location(), one.getMessage()
                            + " (inputs are read from the config file's folder)");
                }
            }
            throw new IllegalStateException("each input alone selects files, yet together they do not", all);
        }
    }

    private static Set<Severity> severities(Fields top) throws InputException {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        Optional<Node> node = top.node("severities");
        if (node.isEmpty()) {
            return severities;
        }
        List<Node> items = node.get() instanceof Node.Sequence sequence ? sequence.items() : List.of(node.get());
        for (Node item : items) {
            for (String part : Fields.scalar(item, "severities", "SEV1 to SEV5").split(",")) {
                if (!part.isBlank()) {
                    severities.add(Severity.fromText(part).orElseThrow(() -> new InputException(item.location(),
                            "`severities` has `" + part.strip() + "`: expected SEV1, SEV2, SEV3, SEV4 or SEV5")));
                }
            }
        }
        return severities;
    }
}
