package dev.debrief.check;

import dev.debrief.diag.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an input file as written, for what the model does not keep: comments, how a value was spelt,
 * and where a phrase stands inside a value. Lines and columns count from 1, columns in code points, as the
 * loader counts them.
 */
public final class SourceText {
    /** YAML's line breaks. */
    private static final Pattern BREAK = Pattern.compile("\r\n|[\n\r\u0085\u2028\u2029]");

    private final Path file;
    private final List<String> lines;

    private SourceText(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    static SourceText of(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceText(file, List.of(BREAK.split(text, -1)));
    }

    Path file() {
        return file;
    }

    int lineCount() {
        return lines.size();
    }

    /** Line {@code n}, or "" past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    /** The line from {@code at}'s column on. */
    String from(Location at) {
        String line = line(at.line());
        int index = charIndex(line, at.column());
        return line.substring(index);
    }

    /**
     * Where the {@code occurrence}-th match (from 0) of {@code phrase} in {@code value} was written, the value
     * having been written at {@code start}. Found by matching line by line over the lines the value spans;
     * when that does not find as many matches as the value holds (a phrase broken over two lines of a folded
     * scalar, an escape inside it, the same words in a comment), the place is unknown and nothing is given.
     */
    Optional<Location> locate(Location start, String value, Pattern phrase, int occurrence) {
        long inValue = phrase.matcher(value).results().count();
        List<Location> written = new ArrayList<>();
        for (Piece piece : pieces(start)) {
            Matcher m = phrase.matcher(piece.text);
            while (m.find()) {
                written.add(new Location(file, piece.line, piece.column + piece.text.codePointCount(0, m.start())));
            }
        }
        if (written.size() != inValue || occurrence >= written.size()) {
            return Optional.empty();
        }
        return Optional.of(written.get(occurrence));
    }

    private record Piece(int line, int column, String text) {}

    /**
     * The stretches of text a value starting at {@code start} may span: for a block scalar ({@code |} or
     * {@code >}) the lines under its indicator, else the rest of its first line and any continuation lines,
     * which are indented deeper than the line it starts on (or, for a value on a line of its own, at least
     * as deep as it).
     */
    private List<Piece> pieces(Location start) {
        String first = line(start.line());
        int index = charIndex(first, start.column());
        int indent = indentOf(first);
        boolean block = index < first.length() && (first.charAt(index) == '|' || first.charAt(index) == '>');
        boolean ownLine = !block && index == indent;
        List<Piece> pieces = new ArrayList<>();
        if (!block) {
            pieces.add(new Piece(start.line(), start.column(), first.substring(index)));
        }
        for (int n = start.line() + 1; n <= lines.size(); n++) {
            String line = line(n);
            if (line.isBlank()) {
                continue;
            }
            int depth = indentOf(line);
            if (ownLine ? depth < indent : depth <= indent) {
                break;
            }
            pieces.add(new Piece(n, depth + 1, line.substring(depth)));
        }
        return pieces;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The char index of a 1-based code point column, clamped to the line. */
    private static int charIndex(String line, int column) {
        int points = line.codePointCount(0, line.length());
        return line.offsetByCodePoints(0, Math.max(0, Math.min(column - 1, points)));
    }
}
