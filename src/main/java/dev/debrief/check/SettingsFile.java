package dev.debrief.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.Diagnostic.Severity;
import dev.debrief.diag.Location;
import dev.debrief.diag.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a {@code .debrief.yaml}: the settings for the incident files in its folder and below.
 *
 * <pre>{@code
 * rules:
 *   misleading-path: off      # off, info, warning or error
 *   overdue-task: error
 * narrative:
 *   min_words: 300
 *   max_words: 800
 * }</pre>
 *
 * Every mistake in it is a finding with its line and column, under the rule id {@code config}.
 */
final class SettingsFile {
    static final String NAME = ".debrief.yaml";
    static final String RULE = "config";

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final List<String> TOP = List.of("rules", "narrative");
    private static final List<String> NARRATIVE = List.of("min_words", "max_words");
    /** Larger than any settings file; a bigger one is not read. */
    private static final long MAX_BYTES = 256 * 1024;

    /** The settings a file gives, and what is wrong with it; a file with problems gives the defaults for them. */
    record Read(Settings settings, List<Diagnostic> problems) {}

    private final Path file;
    private final List<Diagnostic> problems = new ArrayList<>();
    private YAMLParser parser;

    private SettingsFile(Path file) {
        this.file = file;
    }

    /**
     * The settings file for an incident file: the {@value #NAME} nearest above it, looking in its folder, then
     * each folder above, and stopping after the root of its git repository (a folder holding {@code .git}) or
     * the root of the file system.
     */
    static Optional<Path> find(Path incidentFile) {
        Path absolute = incidentFile.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Read read(Path file) {
        SettingsFile reading = new SettingsFile(file);
        Settings settings = reading.read();
        return new Read(settings, List.copyOf(reading.problems));
    }

    private Settings read() {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problem(Location.startOf(file), "", "the settings file is larger than 256 KiB");
                return Settings.DEFAULT;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problem(Location.startOf(file), "", "cannot read the settings file: " + e.getMessage());
            return Settings.DEFAULT;
        }
        try (YAMLParser p = FACTORY.createParser(bytes)) {
            parser = p;
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return Settings.DEFAULT;
            }
            if (first != JsonToken.START_OBJECT) {
                problem(here(), "", "the settings file should be a mapping with `rules` and `narrative`");
                return Settings.DEFAULT;
            }
            return top();
        } catch (JsonProcessingException e) {
            problem(syntaxErrorAt(e), "", "this is not valid YAML: " + Quote.visible(syntaxProblem(e)));
            return Settings.DEFAULT;
        } catch (IOException e) {
            problem(Location.startOf(file), "", "cannot read the settings file: " + e.getMessage());
            return Settings.DEFAULT;
        }
    }

    private Settings top() throws IOException {
        Map<String, Optional<Severity>> levels = new HashMap<>();
        int[] words = {Settings.MIN_WORDS, Settings.MAX_WORDS};
        Location narrativeAt = null;
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here();
            JsonToken value = parser.nextToken();
            if (!seen.add(key)) {
                problem(keyAt, key, "key " + Quote.of(key) + " appears twice");
                parser.skipChildren();
                continue;
            }
            switch (key) {
                case "rules" -> rules(value, levels);
                case "narrative" -> {
                    narrativeAt = keyAt;
                    narrative(value, words);
                }
                default -> {
                    problem(keyAt, key, "unknown key " + Quote.of(key) + " in the settings file", closest(key, TOP));
                    parser.skipChildren();
                }
            }
        }
        if (words[0] > words[1]) {
            problem(narrativeAt, "narrative", "`narrative.min_words` (" + words[0] + ") is more than `narrative.max_words` ("
                    + words[1] + ")");
            words[0] = Settings.MIN_WORDS;
            words[1] = Settings.MAX_WORDS;
        }
        return new Settings(levels, words[0], words[1]);
    }

    private void rules(JsonToken token, Map<String, Optional<Severity>> levels) throws IOException {
        if (!mapping(token, "rules", "a mapping of rule ids to off, info, warning or error")) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String id = parser.currentName();
            Location idAt = here();
            JsonToken value = parser.nextToken();
            String path = "rules." + id;
            if (Rules.find(id).isEmpty()) {
                problem(idAt, path, "unknown rule " + Quote.of(id), Rules.closest(id).map(r -> "did you mean `" + r + "`?")
                        .orElse("`debrief lint --help` lists the rules"));
                parser.skipChildren();
                continue;
            }
            if (levels.containsKey(id)) {
                problem(idAt, path, "rule " + Quote.of(id) + " appears twice");
            }
            Optional<Optional<Severity>> level = scalar(value).flatMap(SettingsFile::level);
            if (level.isEmpty()) {
                problem(here(), path, "`" + path + "` is " + shown(value) + ": expected off, info, warning or error");
                parser.skipChildren();
                continue;
            }
            levels.put(id, level.get());
        }
    }

    /** {@code off}, and {@code false} or {@code no}, which YAML 1.1 makes of an unquoted {@code off}, switch a rule off. */
    static Optional<Optional<Severity>> level(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "off", "false", "no" -> Optional.of(Optional.empty());
            case "info" -> Optional.of(Optional.of(Severity.INFO));
            case "warning" -> Optional.of(Optional.of(Severity.WARNING));
            case "error" -> Optional.of(Optional.of(Severity.ERROR));
            default -> Optional.empty();
        };
    }

    private void narrative(JsonToken token, int[] words) throws IOException {
        if (!mapping(token, "narrative", "a mapping with `min_words` and `max_words`")) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here();
            JsonToken value = parser.nextToken();
            String path = "narrative." + key;
            int slot = NARRATIVE.indexOf(key);
            if (slot < 0) {
                problem(keyAt, path, "unknown key " + Quote.of(key) + " in narrative", closest(key, NARRATIVE));
                parser.skipChildren();
                continue;
            }
            Optional<Integer> count = scalar(value).map(String::strip).filter(t -> t.matches("\\d{1,6}"))
                    .map(Integer::parseInt);
            if (count.isEmpty()) {
                problem(here(), path, "`" + path + "` is " + shown(value) + ": expected a whole number of words");
                parser.skipChildren();
                continue;
            }
            words[slot] = count.get();
        }
    }

    private boolean mapping(JsonToken token, String path, String expected) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            problem(here(), path, "`" + path + "` should be " + expected);
            parser.skipChildren();
        }
        return false;
    }

    private Optional<String> scalar(JsonToken token) throws IOException {
        return token.isScalarValue() && token != JsonToken.VALUE_NULL ? Optional.ofNullable(parser.getText())
                : Optional.empty();
    }

    private String shown(JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            return "a mapping";
        }
        if (token == JsonToken.START_ARRAY) {
            return "a list";
        }
        return token == JsonToken.VALUE_NULL ? "empty" : Quote.of(parser.getText());
    }

    private static String closest(String word, List<String> known) {
        return dev.debrief.load.Suggestion.closest(word, known).map(k -> "did you mean `" + k + "`?").orElse(null);
    }

    private Location here() {
        JsonLocation at = parser.currentTokenLocation();
        return new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private void problem(Location at, String path, String message) {
        problem(at, path, message, null);
    }

    private void problem(Location at, String path, String message, String hint) {
        problems.add(Diagnostic.error(RULE, at, path, message).withHint(hint));
    }

    /** Where the parser found the problem: SnakeYAML's mark when it has one, which points at the culprit. */
    private Location syntaxErrorAt(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new Location(file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
        }
        JsonLocation at = e.getLocation();
        return at == null ? Location.startOf(file)
                : new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static String syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            return (marked.getContext() == null ? "" : marked.getContext() + ": ") + marked.getProblem();
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
