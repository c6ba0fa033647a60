package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** One very long paragraph lays out in time that grows in step with its length, not with its square. */
class LongTextTest {
    @Test
    void aLongRunIsCutAtSpacesIntoBoundedPiecesThatJoinToTheWhole() throws Exception {
        String text = words(5_000);
        Document page = page(text);
        TextChunks.cut(page, 100);
        List<String> pieces = texts(page);
        assertTrue(pieces.size() >= 50, "pieces: " + pieces.size());
        assertEquals(text, String.join("", pieces));
        for (String piece : pieces.subList(0, pieces.size() - 1)) {
            assertTrue(piece.length() <= 100 && piece.endsWith(" "), "piece: '" + piece + "'");
        }
    }

    @Test
    void aWordLongerThanAPieceIsCutBetweenCharactersNeverInsideOne() throws Exception {
        String text = "😀".repeat(301);
        Document page = page(text);
        TextChunks.cut(page, 100);
        List<String> pieces = texts(page);
        assertEquals(text, String.join("", pieces));
        for (String piece : pieces) {
            assertTrue(piece.length() <= 100 && !Character.isLowSurrogate(piece.charAt(0)), piece);
        }
    }

    @Test
    void shortRunsAreLeftAlone() throws Exception {
        Document page = page("a short paragraph");
        TextChunks.cut(page, 100);
        assertEquals(List.of("a short paragraph"), texts(page));
    }

    @Test
    void lineBreaksOfAMegabyteOfTextAreFoundInStepWithItsLength() {
        String text = words(1_000_000);
        assertTimeout(Duration.ofSeconds(5), () -> {
            BreakPointsProvider breaks = new LineBreaks().getBreakPointsProvider(text, "en", null);
            int count = 0;
            while (breaks.next().getPosition() >= 0) {
                count++;
            }
            assertTrue(count > 100_000, "break points: " + count);
        });
    }

    @Test
    void aParagraphOfOneHundredKilobytesRendersWhole() throws Exception {
        String text = words(100_000);
        String yaml = TestIncidents.CORE.replace("summary: Orders failed.", "summary: \"" + text + " THE-END\"");
        Pdfs.Rendered rendered = assertTimeout(Duration.ofSeconds(60), () -> Pdfs.renderText(yaml));
        try (PDDocument pdf = rendered.open()) {
            assertTrue(pdf.getNumberOfPages() > 15, "pages: " + pdf.getNumberOfPages());
            String all = Pdfs.squeeze(Pdfs.text(pdf));
            assertTrue(all.contains(Pdfs.squeeze(text.substring(0, 2_000))));
            assertTrue(all.contains(Pdfs.squeeze(text.substring(text.length() - 2_000)) + "THE-END"));
        }
    }

    private static String words(int length) {
        String[] words = {"alpha", "beta", "gamma", "delta", "service", "database", "request", "timeout", "cache"};
        Random random = new Random(3);
        StringBuilder text = new StringBuilder(length + 10);
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.substring(0, length).strip();
    }

    private static Document page(String text) throws Exception {
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element html = page.createElement("html");
        Element body = page.createElement("body");
        Element p = page.createElement("p");
        page.appendChild(html).appendChild(body).appendChild(p).appendChild(page.createTextNode(text));
        return page;
    }

    private static List<String> texts(Document page) {
        List<String> texts = new ArrayList<>();
        for (Node n = page.getElementsByTagName("p").item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            texts.add(n.getNodeValue());
        }
        return texts;
    }
}
