package dev.debrief.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.Location;
import dev.debrief.diag.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads one YAML document into a {@link Node} tree that remembers where every value was written. */
final class YamlTree {
    /** Deeper than any incident file needs; a hostile file stops here with a clear error. */
    static final int MAX_DEPTH = 32;

    private static final YAMLFactory FACTORY = createFactory();

    private final Path file;
    private final YAMLParser parser;
    private final String[] lines;
    private final Reading reading;

    private YamlTree(Reading reading, YAMLParser parser, String text) {
        this.file = reading.file;
        this.parser = parser;
        this.lines = text.split("\\R", -1);
        this.reading = reading;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(true); // reported by us, with both places
        options.setCodePointLimit(8 * 1024 * 1024);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 8)
                        .maxStringLength(4 * 1024 * 1024)
                        .build())
                .build();
    }

    /** The document's tree; a file that is not one readable YAML document is reported, and gives nothing. */
    static java.util.Optional<Node> read(Reading reading, String text) {
        Path file = reading.file;
        try (YAMLParser parser = FACTORY.createParser(text)) {
            YamlTree tree = new YamlTree(reading, parser, text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw problem("empty-file", Location.startOf(file), "the file is empty; expected an incident mapping");
            }
            Node root = tree.value(first, 0);
            JsonToken next = parser.nextToken();
            if (next != null) {
                throw problem("multiple-documents", tree.here(),
                        "a second YAML document starts here; one file holds one incident");
            }
            return java.util.Optional.of(root);
        } catch (StreamConstraintsException e) {
            reading.error("too-large", Location.startOf(file), "", "the file is too large or nested too deeply: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            reading.report(syntaxError(file, e));
        } catch (InputException e) {
            reading.report(e.diagnostic());
        }
        return java.util.Optional.empty();
    }

    private static InputException problem(String rule, Location at, String message) {
        return new InputException(Diagnostic.error(rule, at, "", message));
    }

    private Node value(JsonToken token, int depth) throws IOException, InputException {
        Location at = here();
        if (depth > MAX_DEPTH) {
            throw problem("too-deep", at, "values are nested more than " + MAX_DEPTH + " levels deep");
        }
        return switch (token) {
            case START_OBJECT -> mapping(at, depth);
            case START_ARRAY -> sequence(at, depth);
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL,
                    VALUE_EMBEDDED_OBJECT ->
                    scalar(token, at);
            default -> throw problem("yaml-syntax", at, "unexpected YAML content");
        };
    }

    private Node.Scalar scalar(JsonToken token, Location at) throws IOException, InputException {
        if (parser.isCurrentAlias()) {
            throw problem("yaml-alias", at, "YAML aliases (*" + Quote.visible(parser.getText())
                    + ") are not accepted in an incident file; write the value out");
        }
        String text = parser.getText();
        String value = text == null ? "" : text;
        return new Node.Scalar(value, token == JsonToken.VALUE_NULL || value.isEmpty(), at);
    }

    private Node.Mapping mapping(Location at, int depth) throws IOException, InputException {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        String lastKey = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here();
            if (key == null) {
                throw problem("complex-key", keyAt, "a key must be plain text, not a list or a mapping");
            }
            Node value = value(parser.nextToken(), depth + 1);
            Node.Entry last = entries.isEmpty() ? null : entries.get(lastKey);
            if (last != null && last.value() instanceof Node.Scalar text && !text.isNull()
                    && value instanceof Node.Scalar fragment && fragment.isNull() && isCommaFragment(keyAt)) {
                String joined = text.text() + ", " + key;
                reading.report(Diagnostic.warning("comma-in-flow", keyAt, last.key(), "read `" + last.key() + "` as "
                        + Quote.of(joined)).withHint("inside { } a comma ends a value, so quote values that contain one"));
                entries.put(lastKey, new Node.Entry(lastKey, last.keyLocation(),
                        new Node.Scalar(joined, false, text.location())));
                continue;
            }
            lastKey = key;
            Node.Entry previous = entries.putIfAbsent(key, new Node.Entry(key, keyAt, value));
            if (previous != null) {
                throw problem("duplicate-key", keyAt, "key " + Quote.of(key) + " appears twice; it was first given at line "
                        + previous.keyLocation().line());
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw problem("complex-key", here(), "a key must be plain text, not a list or a mapping");
        }
        return new Node.Mapping(entries, at);
    }

    private Node.Sequence sequence(Location at, int depth) throws IOException, InputException {
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw problem("yaml-syntax", here(), "the list is not closed");
            }
            items.add(value(token, depth + 1));
        }
        return new Node.Sequence(items, at);
    }

    /**
     * In a flow mapping, {@code {event: Parameter corrected, server restarted}} makes {@code server restarted} a
     * key with no value. A key written with no colon after it, preceded by a comma, is the rest of the value
     * before it: that is what the person meant.
     */
    private boolean isCommaFragment(Location keyAt) {
        if (keyAt.line() > lines.length) {
            return false;
        }
        String line = lines[keyAt.line() - 1];
        int start = keyAt.column() - 1;
        if (start <= 0 || start >= line.length() || "'\"".indexOf(line.charAt(start)) >= 0) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && line.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || line.charAt(before) != ',') {
            return false;
        }
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return false;
            }
            if (c == ',' || c == '}') {
                return true;
            }
        }
        return false;
    }

    private Location here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Location(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** Turns a parser failure into file:line:column and the parser's own words, without its stack. */
    private static Diagnostic syntaxError(Path file, IOException e) {
        int line = 1;
        int column = 1;
        String message = e.getMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
            message = jpe.getOriginalMessage();
            if (jpe.getLocation() != null) {
                line = Math.max(1, jpe.getLocation().getLineNr());
                column = Math.max(1, jpe.getLocation().getColumnNr());
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
            line = marked.getProblemMark().getLine() + 1;
            column = marked.getProblemMark().getColumn() + 1;
            message = (marked.getContext() == null ? "" : marked.getContext() + ": ") + marked.getProblem();
        }
        if (message != null && message.contains("Expected a field name")) {
            return Diagnostic.error("complex-key", new Location(file, line, column), "",
                    "a key must be plain text, not a list or a mapping");
        }
        return Diagnostic.error("yaml-syntax", new Location(file, line, column), "", "this is not valid YAML: "
                + Quote.visible(firstLine(message)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
