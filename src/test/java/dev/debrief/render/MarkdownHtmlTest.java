package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.model.Markdown;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {
    final MarkdownHtml markdown = new MarkdownHtml();

    String block(String source) {
        return markdown.block(new Markdown(source));
    }

    @Test
    void emphasisListsAndCodeRender() {
        String html = block("**bold** *it* `code`\n\n- one\n- two");
        assertTrue(html.contains("<strong>bold</strong>"));
        assertTrue(html.contains("<em>it</em>"));
        assertTrue(html.contains("<code>code</code>"));
        assertTrue(html.contains("<li>one</li>"));
    }

    @Test
    void rawHtmlIsEscaped() {
        assertEquals("<p>&lt;b&gt;x&lt;/b&gt;</p>", block("<b>x</b>"));
        assertFalse(block("<script>alert(1)</script>").contains("<script"));
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        String html = block("[click](javascript:alert(1))");
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("click"));
    }

    @Test
    void dataFileAndRelativeLinksLoseTheirTarget() {
        for (String target : new String[] {"data:text/html,x", "file:///etc/passwd", "../secret.txt"}) {
            assertFalse(block("[x](" + target + ")").contains(target), target);
        }
        assertTrue(block("[mail](mailto:sre@example.com)").contains("mailto:sre@example.com"));
    }

    @Test
    void webLinksAreKept() {
        assertTrue(block("[runbook](https://example.com/rb)").contains("href=\"https://example.com/rb\""));
    }

    @Test
    void markdownImagesShowAsTheirDescription() {
        String html = block("![error graph](https://example.com/x.png)");
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("[image: error graph]"), html);
    }

    @Test
    void inlineDropsTheParagraphOfOneParagraphText() {
        assertEquals("<strong>a</strong> b", markdown.inline(new Markdown("**a** b")));
        assertTrue(markdown.inline(new Markdown("a\n\nb")).startsWith("<p>"));
    }
}
