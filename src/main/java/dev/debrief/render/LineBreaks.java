package dev.debrief.render;

import java.text.BreakIterator;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.LineBreakingStrategy;

/**
 * Where the engine may break a line: where {@link BreakIterator#getLineInstance()} allows, before each slash
 * inside a word, so a long URL or path wraps at its parts, and after each zero-width space (which Java's break
 * iterator passes over). The engine's own strategy finds the same places,
 * but looks for each next slash through the whole rest of the text, once per word: a 200 KB paragraph took
 * 37 seconds. This one looks only inside the word, so layout time grows in step with the text.
 */
final class LineBreaks implements LineBreakingStrategy {
    /** A slash at a word's edge, after these or before them, is no place to break. */
    private static final String BREAKING = ".,:;!?- \n\r\t/";

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        return new Breaks(text);
    }

    /** The break points of one text, in order. */
    private static final class Breaks implements BreakPointsProvider {
        private final String text;
        private final BreakIterator words = BreakIterator.getLineInstance();
        /** The last break given. */
        private int at;
        /** The end of the word being split at its slashes; {@code at} when no word is open. */
        private int wordEnd;

        Breaks(String text) {
            this.text = text;
            words.setText(text);
        }

        @Override
        public BreakPoint next() {
            int searchFrom = at;
            if (at == wordEnd) {
                int next = words.next();
                if (next == BreakIterator.DONE) {
                    return BreakPoint.getDonePoint();
                }
                wordEnd = next;
                if (text.startsWith("://", next - 1)) {
                    // Never break inside a URL's scheme separator: its slashes are not path parts.
                    searchFrom = next + 2;
                    int after = words.next();
                    wordEnd = after == BreakIterator.DONE ? text.length() : after;
                }
            }
            int slash = slashIn(searchFrom, wordEnd);
            at = Math.min(slash >= 0 ? slash : wordEnd, afterZeroWidthSpace(at, wordEnd));
            return new BreakPoint(at);
        }

        /** Just after the first zero-width space from {@code from} that is not the last character before {@code to}; else {@code to}. */
        private int afterZeroWidthSpace(int from, int to) {
            for (int i = from; i < to - 1; i++) {
                if (text.charAt(i) == BreaksBeforeRuns.ZERO_WIDTH_SPACE) {
                    return i + 1;
                }
            }
            return to;
        }

        /** The first slash between {@code from} and {@code to}, edge characters left out; -1 if there is none. */
        private int slashIn(int from, int to) {
            int start = from;
            int end = to;
            while (start < end && BREAKING.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && BREAKING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '/') {
                    return i;
                }
            }
            return -1;
        }
    }
}
