package dev.debrief.load;

import dev.debrief.diag.Location;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Removes characters that cannot stand in a document (control characters, lone surrogates, noncharacters)
 * and says so: a YAML escape like {@code "\x07"} is legal input, but it would break the page or vanish
 * silently.
 */
final class TextCleaner {
    private final Reading reading;

    TextCleaner(Reading reading) {
        this.reading = reading;
    }

    /** The text without such characters; one warning per field names each removed character and how often. */
    String clean(String text, String where, Location at) {
        StringBuilder out = null;
        Map<Integer, Integer> removed = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!isDocumentCharacter(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                    removed = new TreeMap<>();
                }
                removed.merge(cp, 1, Integer::sum);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        if (out == null) {
            return text;
        }
        reading.warning("control-characters", at, where, "removed characters that cannot be shown: "
                + removed.entrySet().stream()
                        .map(e -> String.format("U+%04X%s", e.getKey(), e.getValue() > 1 ? " (" + e.getValue() + " times)" : ""))
                        .collect(Collectors.joining(", ")));
        return out.toString();
    }

    /** Tab, line breaks and every character XML 1.0 allows except C1 controls, surrogates and noncharacters. */
    static boolean isDocumentCharacter(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        return (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF);
    }
}
