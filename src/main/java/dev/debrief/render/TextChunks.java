package dev.debrief.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Cuts very long runs of text into pieces of a bounded length, at spaces. The engine copies the rest of a text
 * node for every line it sets, so the time to lay out one paragraph grew with the square of its length (a 1 MB
 * paragraph took minutes); pieces keep it in step with the length. Neighbouring pieces lay out exactly as the
 * whole run did: each piece after the first starts with the space the line may break at.
 */
final class TextChunks {
    /** Short enough that copying the rest of a piece per line costs little; long enough to be rare. */
    static final int MAX = 1_000;

    private TextChunks() {}

    static void cut(Document page) {
        cut(page, MAX);
    }

    static void cut(Document page, int max) {
        List<Text> tooLong = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        Node body = page.getElementsByTagName("body").item(0);
        if (body == null) {
            return;
        }
        pending.push(body);
        while (!pending.isEmpty()) {
            for (Node child = pending.pop().getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE) {
                    if (((Text) child).getLength() > max) {
                        tooLong.add((Text) child);
                    }
                } else if (child.getNodeType() == Node.ELEMENT_NODE && !child.getNodeName().equals("style")) {
                    pending.push(child);
                }
            }
        }
        for (Text text : tooLong) {
            split(text, max);
        }
    }

    private static void split(Text node, int max) {
        String text = node.getData();
        Node parent = node.getParentNode();
        int start = 0;
        while (text.length() - start > max) {
            // Each piece after the first starts with its space: the engine breaks a line inside a piece only.
            int end = text.lastIndexOf(' ', start + max - 1);
            if (end <= start + max / 2) {
                // No space in the second half: a long word, which wraps anywhere anyway.
                end = start + max;
                if (Character.isLowSurrogate(text.charAt(end))) {
                    end--;
                }
            }
            parent.insertBefore(node.getOwnerDocument().createTextNode(text.substring(start, end)), node);
            start = end;
        }
        node.setData(text.substring(start));
    }
}
