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
        for (String piece : pieces.subList(1, pieces.size())) {
            assertTrue(piece.length() <= 100 && piece.startsWith(" "), "piece: '" + piece + "'");
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
    void piecesBreakIntoTheSameLinesAsTheWholeRun() throws Exception {
        String text = words(6_000);
        List<String> whole = lines(text, Integer.MAX_VALUE);
        assertTrue(whole.size() > 40, whole.size() + " lines");
        assertEquals(whole, lines(text, 97));
    }

    /** The lines the text is set in, cut in pieces of {@code piece} characters; words are whole words. */
    private static List<String> lines(String text, int piece) throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { font-family: 'Noto Sans';"
                + " font-size: 9.5pt; word-wrap: break-word; }</style></head><body><p>" + text + "</p></body></html>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document page = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)));
        TextChunks.cut(page, piece);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new OpenPdfEngine(FontSet.load(Pdfs.FONTS), "test").write(page, Pdfs.TEMPLATES.toAbsolutePath().toUri(),
                new PdfEngine.DocumentInfo(new dev.debrief.archive.ArchiveInfo(java.time.ZonedDateTime.now(), List.of(), false),
                        new dev.debrief.archive.Fingerprint(new byte[dev.debrief.archive.Fingerprint.LENGTH])), out);
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            return Pdfs.text(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
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
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append(words(5_000)).append(" MARK").append(i).append(' ');
        }
        String yaml = TestIncidents.CORE.replace("summary: Orders failed.", "summary: \"" + text + "THE-END\"");
        Pdfs.Rendered rendered = assertTimeout(Duration.ofSeconds(60), () -> Pdfs.renderText(yaml));
        try (PDDocument pdf = rendered.open()) {
            assertTrue(pdf.getNumberOfPages() > 15, "pages: " + pdf.getNumberOfPages());
            // The engine also writes, clipped out of sight, the line that opens the next page: so words in order.
            String all = Pdfs.text(pdf);
            assertTrue(Pdfs.hasWordsInOrder(all, text + "THE-END"));
            int at = 0;
            for (int i = 1; i <= 20; i++) {
                at = all.indexOf("MARK" + i + " ", at);
                assertTrue(at >= 0, "MARK" + i + " is missing or out of order");
            }
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
