package dev.debrief.ticket;

import dev.debrief.model.Markdown;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.commonmark.renderer.text.TextContentWriter;

/**
 * A Markdown field as one line of plain text, for ticket comments: the markup goes, the words stay, a web link
 * keeps its address in brackets, and raw HTML stays text, as it does in the PDF. Not yet escaped for any target.
 */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.STRIP)
            .nodeRendererFactory(PlainInlines::new)
            .build();
    private static final Pattern WEB = Pattern.compile("(?i)(https?://|mailto:)\\S+");

    private MarkdownText() {}

    /** The whole field as one paragraph: blocks joined by spaces, list items by semicolons. */
    static String paragraph(Markdown markdown) {
        return Line.of(RENDERER.render(PARSER.parse(markdown.source())));
    }

    /**
     * Links as "text (address)", pictures as "[image: alt]", code as its text, list items joined by "; ", a heading
     * followed by a colon only when something follows it.
     */
    private static final class PlainInlines implements NodeRenderer {
        private final TextContentNodeRendererContext context;
        private final TextContentWriter out;

        PlainInlines(TextContentNodeRendererContext context) {
            this.context = context;
            this.out = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class, Code.class, ListItem.class, Heading.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case Link link -> link(link);
                case Image image -> {
                    String alt = literal(image);
                    out.write("[image" + (alt.isBlank() ? "" : ": " + alt) + "]");
                }
                case Code code -> out.write(code.getLiteral());
                case Heading heading -> {
                    children(heading);
                    if (heading.getNext() != null) {
                        out.colon();
                        out.whitespace();
                    }
                }
                case ListItem item -> {
                    children(item);
                    if (item.getNext() != null) {
                        out.resetBlock(); // the item's paragraph left a pending space; the separator replaces it
                        out.write(endsSentence(item) ? " " : "; ");
                    }
                }
                default -> throw new IllegalArgumentException("not registered: " + node.getClass());
            }
        }

        /** Only web and mail addresses are shown: a javascript: or relative target is dropped, as in the PDF. */
        private void link(Link link) {
            children(link);
            String target = link.getDestination().strip();
            if (!WEB.matcher(target).matches()) {
                return;
            }
            String shown = target.regionMatches(true, 0, "mailto:", 0, 7) ? target.substring(7) : target;
            if (!literal(link).strip().equals(shown)) {
                out.write(" (" + shown + ")");
            }
        }

        private void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }

        private static boolean endsSentence(Node node) {
            String text = literal(node).strip();
            return !text.isEmpty() && ".!?;:".indexOf(text.charAt(text.length() - 1)) >= 0;
        }

        private static String literal(Node node) {
            StringBuilder text = new StringBuilder();
            collect(node, text);
            return text.toString();
        }

        private static void collect(Node node, StringBuilder text) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                switch (child) {
                    case Text t -> text.append(t.getLiteral());
                    case Code c -> text.append(c.getLiteral());
                    default -> collect(child, text);
                }
            }
        }
    }
}
