package dev.debrief.load;

import dev.debrief.diag.Location;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Removes characters that cannot stand in a document (control characters, lone surrogates, noncharacters)
 * and says so: a YAML escape like {@code "\x07"} is legal input, but it would break the page or vanish
 * silently. Refuses a value longer than any report needs.
 */
public final class TextCleaner {
    /** About 300 pages of prose in one field: more is a mistake or an attack, and takes long to lay out. */
    public static final int MAX_FIELD_CHARS = 1 << 20;

    private final Reading reading;

    TextCleaner(Reading reading) {
        this.reading = reading;
    }

    /** The text without such characters; one warning per field names each removed character and how often. */
    String clean(String text, String where, Location at) {
        if (text.length() > MAX_FIELD_CHARS) {
            reading.error("too-long", at, where, String.format(Locale.ROOT, "`%s` holds %,d characters; a field may"
                    + " hold at most %,d (about 300 pages)", where, text.length(), MAX_FIELD_CHARS));
            return text;
        }
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
        reading.warning("control-characters", at, where, "removed characters that cannot be shown: " + describe(removed));
        return out.toString();
    }

    /** "U+0007, U+001B (3 times)": removed characters by code point, with how often each was removed. */
    public static String describe(Map<Integer, Integer> removed) {
        return removed.entrySet().stream()
                .map(e -> String.format("U+%04X%s", e.getKey(), e.getValue() > 1 ? " (" + e.getValue() + " times)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** Tab, line breaks and every character XML 1.0 allows except C1 controls, surrogates and noncharacters. */
    public static boolean isDocumentCharacter(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        return (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF);
    }
}
