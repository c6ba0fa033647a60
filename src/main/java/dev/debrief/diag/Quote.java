package dev.debrief.diag;

/**
 * Puts user text into a message safely: control characters are shown as escapes (a value like
 * {@code "\e]0;TITLE\a"} must not retitle the terminal that prints the message) and long values are cut.
 */
public final class Quote {
    /** Longer values are cut: a message quotes a value to identify it, not to reproduce it. */
    static final int MAX = 60;

    private Quote() {}

    /** {@code `value`}, cut to {@value #MAX} characters, control characters escaped. */
    public static String of(String value) {
        String shown = value.codePointCount(0, value.length()) > MAX
                ? value.substring(0, value.offsetByCodePoints(0, MAX)) + "…"
                : value;
        return "`" + visible(shown) + "`";
    }

    /** The text with every control, format-override and line-breaking character written as an escape. */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean unsafe = Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                    || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                    || Character.getType(cp) == Character.SURROGATE;
            if (unsafe) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(switch (cp) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case 0x1B -> "\\e";
                    default -> String.format("\\u%04X", cp);
                });
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
