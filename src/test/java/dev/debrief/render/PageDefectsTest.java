package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import dev.debrief.report.Report;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Defects a reader sees on the page: words cut in two, marks that should be invisible, a hidden watermark. */
class PageDefectsTest {
    @Test
    void aMultiDayImpactWindowBreaksOnlyBetweenStartAndEnd() throws Exception {
        String yaml = TestIncidents.CORE.replace("window: {start: 2024-05-22T14:00:00Z, end: 2024-05-22T16:00:00Z}",
                "window: {start: 2024-09-23T12:00:00Z, end: 2024-09-25T18:30:00Z}");
        try (PDDocument pdf = Pdfs.renderText(yaml).open()) {
            List<String> lines = Pdfs.text(pdf).lines().toList();
            assertTrue(lines.stream().anyMatch(l -> l.contains("23 Sep 2024, 12:00")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("25 Sep 2024, 18:30")), lines.toString());
        }
    }

    @Test
    void boldItalicLinkedAndCodeWordsAreNeverCutAtALinesEnd() throws Exception {
        Random random = new Random(5);
        Set<String> words = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            String word = "w" + i + "x".repeat(random.nextInt(9));
            words.add(word);
            text.append(switch (i % 5) {
                case 0 -> "**" + word + "**";
                case 1 -> "*" + word + "*";
                case 2 -> "`" + word + "`";
                case 3 -> "[" + word + "](https://example.com)";
                default -> word;
            }).append(' ');
        }
        String yaml = TestIncidents.CORE.replace("summary: Orders failed.", "summary: \"" + text + "\"");
        for (String token : tokens(yaml, "Issue summary", "Impact")) {
            assertTrue(words.contains(token), "a word cut in two: " + token);
        }
    }

    @Test
    void hebrewAndArabicWordsAreNeverCutAtALinesEnd() throws Exception {
        String hebrew = "צוות התפעול הלילי התורן בדק את מסד הנתונים הראשי כאשר הפרמטר שונה בלילה";
        String arabic = "فريق العمليات الليلي المناوب فحص قاعدة البيانات الرئيسية عندما تم تغيير المعلمة";
        StringBuilder timeline = new StringBuilder("timeline:\n");
        for (int i = 0; i < 6; i++) {
            timeline.append("  - {time: '14:0").append(i).append("', event: '").append(i % 2 == 0 ? hebrew : arabic)
                    .append("', actor: '").append(i % 2 == 0 ? hebrew : arabic).append("'}\n");
        }
        Set<String> words = new HashSet<>();
        for (String word : (hebrew + " " + arabic).split(" ")) {
            words.add(word);
            words.add(new StringBuilder(word).reverse().toString());
        }
        for (String token : tokens(TestIncidents.CORE + timeline, "ACTOR", "Times in")) {
            if (token.codePoints().anyMatch(cp -> cp >= 0x0590 && cp <= 0x06FF)) {
                assertTrue(words.contains(token), "a word cut in two: " + token);
            }
        }
    }

    @Test
    void softHyphensAndDirectionMarksDrawNothing() throws Exception {
        String yaml = TestIncidents.CORE.replace("summary: Orders failed.",
                "summary: \"A soft\\u00ADhyphen, a mark\\u200F here, a pop\\u202C there.\"");
        try (PDDocument pdf = Pdfs.renderText(yaml).open()) {
            String text = Pdfs.text(pdf);
            assertTrue(text.contains("A softhyphen, a mark here, a pop there."), text);
            for (char invisible : new char[] {0xAD, 0x200F, 0x202C}) {
                assertFalse(text.indexOf(invisible) >= 0, String.format("U+%04X drawn", (int) invisible));
            }
        }
    }

    @Test
    void aLongTitleKeepsTheRunningHeaderToOneLine() throws Exception {
        String title = "The checkout service returned errors for every customer in every region while the"
                + " payments database was being migrated to the new cluster during the holiday freeze weekend";
        String yaml = TestIncidents.CORE.replace("title: Checkout down", "title: " + title) + "status: draft\n";
        try (PDDocument pdf = Pdfs.renderText(yaml).open()) {
            List<Float> baselines = new ArrayList<>();
            StringBuilder header = new StringBuilder();
            float topMargin = (float) (22 / 25.4 * 72);
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (p.getYDirAdj() < topMargin) {
                            baselines.add(p.getYDirAdj());
                            header.append(p.getUnicode());
                        }
                    }
                }
            }.getText(pdf);
            assertEquals(1, baselines.stream().distinct().count(), "header lines at " + baselines);
            assertTrue(header.toString().endsWith("while…"), header.toString());
        }
    }

    @Test
    void aRunningTitleIsCutAtAWordAndCountsWideCharactersTwice() {
        assertEquals("Checkout down", ViewBuilder.runningTitle("Checkout down"));
        String latin = "word ".repeat(30).strip();
        assertEquals("word ".repeat(16).strip() + "…", ViewBuilder.runningTitle(latin));
        String chinese = "数据库迁移期间结账服务".repeat(10);
        assertEquals(chinese.substring(0, 40) + "…", ViewBuilder.runningTitle(chinese));
    }

    @Test
    void theDraftMarkShowsOverThePanelsWithoutHidingTheirText() throws Exception {
        String yaml = TestIncidents.CORE.replace("summary: Orders failed.",
                "summary: \"" + "Orders failed for every customer in every region. ".repeat(30) + "\"");
        BufferedImage draft = page(yaml + "status: draft\n");
        BufferedImage last = page(yaml + "status: final\n");
        int tinted = 0;
        int darkKept = 0;
        int dark = 0;
        // The band the mark's letters cover: 97 to 125 mm from the top, at 100 dpi.
        for (int y = (int) (97 / 25.4 * 100); y < (int) (125 / 25.4 * 100); y++) {
            for (int x = draft.getWidth() / 6; x < draft.getWidth() * 5 / 6; x++) {
                int before = last.getRGB(x, y) & 0xFFFFFF;
                int after = draft.getRGB(x, y) & 0xFFFFFF;
                if (before != 0xFFFFFF && luminance(before) > 200 && before != after) {
                    tinted++;
                }
                if (luminance(before) < 90) {
                    dark++;
                    darkKept += luminance(after) < 130 ? 1 : 0;
                }
            }
        }
        assertTrue(tinted > 2000, "pixels of a panel the mark tints: " + tinted);
        assertTrue(dark > 100 && darkKept == dark, darkKept + " of " + dark + " text pixels stay dark");
    }

    @Test
    void inADocumentOfManyIncidentsOnlyTheDraftsPagesCarryTheMark() throws Exception {
        FontSet fonts = FontSet.load(Pdfs.FONTS);
        ViewBuilder views = new ViewBuilder(new MarkdownHtml(), new Pictures(Pictures.DEFAULT_MAX_PIXELS, 210,
                List.of()));
        String[] statuses = {"final", "draft", "final"};
        List<IncidentView> incidents = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            String yaml = TestIncidents.large(60, 0).replace("INC-TEST-1", "INC-" + i) + "status: " + statuses[i] + "\n";
            Report report = Report.of(IncidentLoader.parse(Path.of("i" + i + ".yaml"), yaml).incident());
            incidents.add(views.build(report, "i" + i + "-", w -> { }));
        }
        DocumentView document = new DocumentView("a4", new DocumentView.Meta("t", "a", "s", "k"), "internal", false,
                incidents, null);
        String xhtml = new PageTemplates(Pdfs.TEMPLATES).render(document);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document page = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OpenPdfEngine(fonts, "test").write(page, Pdfs.TEMPLATES.toAbsolutePath().toUri(),
                new PdfEngine.DocumentInfo(new dev.debrief.archive.ArchiveInfo(java.time.ZonedDateTime.now(), List.of(), false),
                        new dev.debrief.archive.Fingerprint(new byte[dev.debrief.archive.Fingerprint.LENGTH])), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<String> pages = Pdfs.pageTexts(pdf);
            int marked = 0;
            for (int i = 0; i < pages.size(); i++) {
                String id = pages.get(i).contains("INC-1 ·") ? "INC-1" : pages.get(i).contains("INC-0 ·") ? "INC-0" : "INC-2";
                boolean mark = hasLargeText(pdf, i + 1, "DRAFT");
                assertEquals(id.equals("INC-1"), mark, "page " + (i + 1) + " of " + id);
                marked += mark ? 1 : 0;
            }
            assertTrue(marked >= 2, "the draft takes " + marked + " pages");
        }
    }

    private static boolean hasLargeText(PDDocument pdf, int page, String text) throws IOException {
        StringBuilder large = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (p.getFontSizeInPt() > 50) {
                        large.append(p.getUnicode());
                    }
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return large.toString().contains(text);
    }

    private static BufferedImage page(String yaml) throws Exception {
        try (PDDocument pdf = Pdfs.renderText(yaml).open()) {
            return Pdfs.image(pdf, 0, 100);
        }
    }

    private static int luminance(int rgb) {
        return (int) (0.3 * (rgb >> 16 & 0xFF) + 0.59 * (rgb >> 8 & 0xFF) + 0.11 * (rgb & 0xFF));
    }

    /** The words the PDF shows between two headings, as a reader would copy them. */
    private static List<String> tokens(String yaml, String from, String to) throws Exception {
        try (PDDocument pdf = Pdfs.renderText(yaml).open()) {
            String text = Pdfs.text(pdf);
            text = text.substring(text.indexOf(from) + from.length(), text.indexOf(to, text.indexOf(from)));
            List<String> tokens = new ArrayList<>();
            for (String token : Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u200B", "").split("\\s+")) {
                if (!token.isBlank()) {
                    tokens.add(token);
                }
            }
            return tokens;
        }
    }
}
