package dev.debrief.load;

import java.util.List;

/**
 * Removes characters that cannot stand in a document (control characters, lone surrogates) and says so:
 * a YAML escape like {@code "\x07"} is legal input, but it would break the page or vanish silently.
 */
final class TextCleaner {
    private final List<Warning> warnings;

    TextCleaner(List<Warning> warnings) {
        this.warnings = warnings;
    }

    String clean(String text, String where) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                warnings.add(new Warning(where, String.format("removed control character U+%04X", (int) c)));
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
