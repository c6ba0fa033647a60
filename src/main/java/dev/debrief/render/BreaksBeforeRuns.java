package dev.debrief.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Puts a zero-width space, a place a line may break, at the start of each run of text that follows a space but
 * stands in an element of its own: a bold word, a link, code, a span in another script's font. The engine is
 * told to break a word that does not fit anywhere ({@code word-wrap: break-word}, so long URLs and hashes stay
 * on the page), but it takes the first word of such a run for one that does not fit even when the line already
 * holds text, and split it: bold words, links and every Arabic or Hebrew word were cut in two at line ends.
 */
final class BreaksBeforeRuns {
    static final char ZERO_WIDTH_SPACE = '\u200B';

    /** Elements that start a line box of their own: a run inside one never continues the text before it. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "br",
            "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "img", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
            "th", "thead", "tr", "ul");

    private BreaksBeforeRuns() {}

    static void mark(Document page) {
        Node body = page.getElementsByTagName("body").item(0);
        if (body == null) {
            return;
        }
        boolean afterSpace = false;
        Text previous = null;
        // Document order without recursion; a step out of a block element ends the run of text before it.
        Deque<Step> pending = new ArrayDeque<>();
        pending.push(new Step(body, false));
        while (!pending.isEmpty()) {
            Step step = pending.pop();
            if (step.leaving()) {
                afterSpace = false;
            } else if (step.node() instanceof Text text && !text.getData().isEmpty()) {
                String data = text.getData();
                if (afterSpace && !Character.isWhitespace(data.charAt(0)) && text.getPreviousSibling() != previous) {
                    text.setData(ZERO_WIDTH_SPACE + data);
                }
                afterSpace = data.isBlank() || Character.isWhitespace(data.charAt(data.length() - 1));
                previous = text;
            } else if (step.node() instanceof Element element) {
                String name = element.getTagName();
                boolean block = BLOCKS.contains(name);
                if (block) {
                    afterSpace = false;
                    pending.push(new Step(element, true));
                }
                if (name.equals("pre") || name.equals("style")) {
                    continue;
                }
                for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
                    pending.push(new Step(child, false));
                }
            }
        }
    }

    /** Entering {@code node}, or leaving it once its content is done. */
    private record Step(Node node, boolean leaving) {}
}
