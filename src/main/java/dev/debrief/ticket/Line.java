package dev.debrief.ticket;

/**
 * User text made into one clean line, before any escaping: control characters and the invisible characters that
 * reorder text (bidirectional overrides, embeddings and isolates, the "Trojan Source" trick) are removed, and
 * runs of white space, line breaks included, become one space.
 */
final class Line {
    private Line() {}

    static String of(String text) {
        StringBuilder line = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !line.isEmpty();
                continue;
            }
            if (Character.isISOControl(c) || reorders(c) || Character.getType(c) == Character.SURROGATE) {
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            line.appendCodePoint(c);
        }
        return line.toString();
    }

    /** U+202A..U+202E and U+2066..U+2069; the marks U+200E/U+200F are kept, right-to-left text needs them. */
    private static boolean reorders(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
