package dev.debrief.render;

import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Removes characters that only steer other characters and draw nothing (a soft hyphen, direction marks and
 * embeddings, joiners, variation selectors) once the text is in visual order: the engine draws each as a
 * visible mark, a hyphen or a box.
 */
final class InvisibleCharacters {
    private InvisibleCharacters() {}

    static void strip(Document page) {
        Node body = page.getElementsByTagName("body").item(0);
        if (body == null) {
            return;
        }
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(body);
        while (!pending.isEmpty()) {
            for (Node child = pending.pop().getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Text text) {
                    String data = text.getData();
                    String visible = strip(data);
                    if (visible.length() != data.length()) {
                        text.setData(visible);
                    }
                } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                    pending.push(child);
                }
            }
        }
    }

    static String strip(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isSteering(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSteering(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
