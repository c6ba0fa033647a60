package dev.debrief.render;

import dev.debrief.model.Markdown;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;
import java.util.regex.Pattern;

/**
 * Turns Markdown into HTML safe to place in a page: raw HTML is escaped as text, link targets other than
 * http, https and mailto are dropped, Markdown images show as their description (nothing is fetched), and the
 * tree is kept within {@link MarkdownLimits}. Built once; safe to share between threads.
 */
final class MarkdownHtml {
    private final Parser parser = Parser.builder().postProcessor(document -> {
        MarkdownLimits.tidy(document);
        return document;
    }).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebLinksOnly())
            .nodeRendererFactory(ImageAsText::new)
            .build();

    /** Block HTML: paragraphs, lists, code blocks. */
    String block(Markdown markdown) {
        return renderer.render(parser.parse(markdown.source())).strip();
    }

    /**
     * Inline HTML for one-paragraph text such as a timeline event: a single paragraph loses its
     * {@code <p>} so it sits in a table cell or list item without extra margins.
     */
    String inline(Markdown markdown) {
        String html = block(markdown);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** Keeps http, https and mailto targets; any other link (javascript:, data:, file:, relative) leads nowhere. */
    private static final class WebLinksOnly implements UrlSanitizer {
        private static final Pattern ALLOWED = Pattern.compile("(?i)(https?://|mailto:).*");

        @Override
        public String sanitizeLinkUrl(String url) {
            return ALLOWED.matcher(url.strip()).matches() ? url.strip() : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }

    /** Renders {@code ![alt](url)} as "[image: alt]": pictures belong in {@code images}, where they are checked. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlWriter html;

        ImageAsText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    alt.append(text.getLiteral());
                }
            }
            html.tag("span", java.util.Map.of("class", "md-image"));
            html.text("[image" + (alt.isEmpty() ? "" : ": " + alt) + "]");
            html.tag("/span");
        }
    }
}
