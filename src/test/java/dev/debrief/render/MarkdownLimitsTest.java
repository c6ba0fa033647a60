package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import dev.debrief.diag.Diagnostic;
import dev.debrief.model.Markdown;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Markdown nested past any use, or holding characters no document can, renders anyway, and says so. */
class MarkdownLimitsTest {
    final MarkdownHtml markdown = new MarkdownHtml();

    @Test
    void quotesNestedSixteenDeepAreKept() {
        String html = markdown.block(new Markdown(">".repeat(16) + " deep"));
        assertEquals(16, count(html, "<blockquote>"));
    }

    @Test
    void quotesNestedFiveThousandDeepAreFlattenedToSixteen() {
        String html = markdown.block(new Markdown(">".repeat(5_000) + " deep"));
        assertEquals(16, count(html, "<blockquote>"));
        assertTrue(html.contains("<p>deep</p>"), html);
    }

    @Test
    void listsNestedSixtyDeepAreFlattenedWithEveryItemKept() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            source.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        String html = markdown.block(new Markdown(source.toString()));
        assertEquals(16, count(html, "<ul>"));
        assertEquals(60, count(html, "<li>"), "each item stays an item of its own");
        for (int i = 0; i < 60; i++) {
            assertTrue(html.contains("item " + i), "item " + i);
        }
    }

    @Test
    void emphasisNestedThousandsDeepIsFlattened() {
        String html = markdown.block(new Markdown("*".repeat(3_000) + "x" + "*".repeat(3_000)));
        assertTrue(count(html, "<em>") + count(html, "<strong>") <= 16, html.length() + " chars");
        assertTrue(html.contains("x"));
    }

    @Test
    void characterReferencesToCharactersNoDocumentHoldsAreRemoved() {
        String html = markdown.block(new Markdown("a &#x1b; b &#xD800; c &#xFFFE; d &#0; e `&#x7;`"
                + " [link](https://example.com/&#x1b;x \"&#x1b;t\")\n\n~~~ &#x1b;\ncode\n~~~"));
        for (char bad : new char[] {0x1B, 0xD800, 0xFFFE, 0x07}) {
            assertFalse(html.indexOf(bad) >= 0, String.format("U+%04X left in %s", (int) bad, html));
        }
        assertTrue(html.contains("a  b  c  d \uFFFD e"), html);
        assertTrue(html.contains("href=\"https://example.com/x\""), html);
    }

    @Test
    void aDeepQuoteRendersWithAWarningAtItsField() throws Exception {
        Pdfs.Rendered rendered = Pdfs.renderText(TestIncidents.CORE.replace("summary: Orders failed.",
                "summary: \"" + ">".repeat(5_000) + " Orders failed deep down.\""));
        Diagnostic warning = only(rendered.warnings());
        assertEquals("markdown-too-deep", warning.rule());
        assertEquals("summary", warning.path());
        assertEquals(3, warning.location().line());
        try (PDDocument pdf = rendered.open()) {
            assertTrue(Pdfs.flat(Pdfs.text(pdf)).contains("Orders failed deep down."));
        }
    }

    @Test
    void aControlCharacterReferenceRendersWithAWarningAtItsField() throws Exception {
        Pdfs.Rendered rendered = Pdfs.renderText(TestIncidents.CORE + """
                timeline:
                  - {time: '14:00', event: ok}
                  - {time: '14:05', event: "a &#x1b; b &#xD800; c &#xFFFE; d &#x1b;"}
                """);
        Diagnostic warning = only(rendered.warnings());
        assertEquals("control-characters", warning.rule());
        assertEquals("timeline[2].event", warning.path());
        assertEquals(10, warning.location().line());
        assertTrue(warning.message().endsWith("U+001B (2 times), U+D800, U+FFFE"), warning.message());
        try (PDDocument pdf = rendered.open()) {
            assertTrue(Pdfs.flat(Pdfs.text(pdf)).contains("a b c d"));
        }
    }

    @Test
    void aListSixteenLevelsDeepThatRunsOntoAnotherPageLaysOutInSeconds() throws Exception {
        // Each level was laid out three times over while the engine let page-break-inside inherit: 3^16 layouts.
        StringBuilder list = new StringBuilder("summary: |\n");
        for (int i = 0; i < 16; i++) {
            list.append("  ").append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        for (int i = 0; i < 80; i++) {
            list.append("  ").append("  ".repeat(15)).append("- deep item ").append(i).append('\n');
        }
        String yaml = TestIncidents.CORE.replace("summary: Orders failed.\n", list.toString());
        Pdfs.Rendered rendered = assertTimeout(java.time.Duration.ofSeconds(30), () -> Pdfs.renderText(yaml));
        assertEquals(List.of(), rendered.warnings());
        try (PDDocument pdf = rendered.open()) {
            assertTrue(pdf.getNumberOfPages() >= 2);
            assertTrue(Pdfs.flat(Pdfs.text(pdf)).contains("deep item 79"));
        }
    }

    @Test
    void ordinaryMarkdownGivesNoWarning() throws Exception {
        Pdfs.Rendered rendered = Pdfs.renderText(TestIncidents.CORE.replace("summary: Orders failed.", """
                summary: |
                  > A quote with **bold**, *emphasis* and a [link](https://example.com) &amp; an entity.
                  >
                  > - a list
                  >   - nested
                  >     1. and numbered
                """));
        assertEquals(List.of(), rendered.warnings());
    }

    private static Diagnostic only(List<Diagnostic> warnings) {
        assertEquals(1, warnings.size(), warnings.toString());
        return warnings.get(0);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
