package dev.debrief.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Removes characters that cannot stand in a document (control characters, lone surrogates) and says so:
 * a YAML escape like {@code "\x07"} is legal input, but it would break the page or vanish silently.
 */
final class TextCleaner {
    private final List<Warning> warnings;

    TextCleaner(List<Warning> warnings) {
        this.warnings = warnings;
    }

    /** The text without such characters; one warning per field names each removed character and how often. */
    String clean(String text, String where) {
        StringBuilder out = null;
        Map<Character, Integer> removed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                    removed = new TreeMap<>();
                }
                removed.merge(c, 1, Integer::sum);
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        if (out == null) {
            return text;
        }
        warnings.add(new Warning(where, "removed control characters: " + removed.entrySet().stream()
                .map(e -> String.format("U+%04X%s", (int) e.getKey(), e.getValue() > 1 ? " (" + e.getValue() + " times)" : ""))
                .collect(Collectors.joining(", "))));
        return out.toString();
    }
}
