package dev.debrief.render;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Gives every character a font that has it: the engine sets a whole run of text in one font and drops what
 * that font lacks, so runs of Chinese, Arabic, symbols or emoji are wrapped in spans naming a font that
 * covers them. Right-to-left runs are shaped and put in visual order on the way.
 */
final class FontRuns {
    private final FontSet fonts;

    FontRuns(FontSet fonts) {
        this.fonts = fonts;
    }

    void apply(Document document) {
        Element body = (Element) document.getElementsByTagName("body").item(0);
        if (body != null) {
            List<Text> texts = new ArrayList<>();
            collect(body, texts);
            texts.forEach(this::split);
        }
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && !(child.getNodeType() == Node.CDATA_SECTION_NODE)) {
                texts.add(text);
            } else if (child instanceof Element element && !element.getTagName().equals("style")) {
                collect(child, texts);
            }
        }
    }

    private void split(Text node) {
        String text = node.getData();
        if (RightToLeft.needsWork(text)) {
            text = RightToLeft.visual(text);
            node.setData(text);
        }
        String primary = fonts.primary();
        List<String[]> runs = new ArrayList<>(); // {family or null for the inherited font, text}
        StringBuilder current = new StringBuilder();
        String currentFamily = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String family = familyOf(cp, currentFamily, primary);
            if (!sameRun(family, currentFamily) && !current.isEmpty()) {
                runs.add(new String[] {currentFamily, current.toString()});
                current.setLength(0);
            }
            currentFamily = family;
            current.appendCodePoint(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new String[] {currentFamily, current.toString()});
        }
        if (runs.size() == 1 && runs.get(0)[0] == null) {
            return;
        }
        Document document = node.getOwnerDocument();
        Node parent = node.getParentNode();
        for (String[] run : runs) {
            if (run[0] == null) {
                parent.insertBefore(document.createTextNode(run[1]), node);
            } else {
                Element span = document.createElement("span");
                span.setAttribute("class", "font-run");
                span.setAttribute("style", "font-family: '" + run[0].replace("'", "") + "'");
                span.appendChild(document.createTextNode(run[1]));
                parent.insertBefore(span, node);
            }
        }
        parent.removeChild(node);
    }

    /**
     * The family a character needs, or null where the inherited font will do. Punctuation that the current
     * font has stays in its run, so a Chinese sentence is one span; spaces go to the inherited font, whose
     * space has the text's width (an emoji font's is far wider).
     */
    private String familyOf(int cp, String currentFamily, String primary) {
        if (cp == ' ') {
            return null;
        }
        if (FontSet.isInvisible(cp)) {
            return currentFamily;
        }
        if (fonts.covers(primary, cp)) {
            return currentFamily != null && fonts.covers(currentFamily, cp) && isNeutral(cp) ? currentFamily : null;
        }
        return fonts.familyFor(cp).orElse(null);
    }

    private static boolean isNeutral(int cp) {
        return !Character.isLetterOrDigit(cp);
    }

    private static boolean sameRun(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
