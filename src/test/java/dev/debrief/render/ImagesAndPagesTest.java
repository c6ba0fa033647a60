package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures, links, watermarks and page furniture. */
class ImagesAndPagesTest {
    @Test
    void localImageIsEmbeddedWithinTheTextWidthAndMissingOnesWarn(@TempDir Path dir) throws Exception {
        BufferedImage wide = new BufferedImage(3000, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 3000, 600);
        g.dispose();
        ImageIO.write(wide, "png", dir.resolve("graph.png").toFile());
        Files.writeString(dir.resolve("notes.txt"), "not a picture");
        Path yaml = dir.resolve("i.yaml");
        Files.writeString(yaml, TestIncidents.CORE + """
                images:
                  - {file: graph.png, caption: Error rate during the outage}
                  - {file: missing.png, caption: Lost picture}
                  - {file: notes.txt, caption: Not a picture}
                  - {url: 'https://example.com/x.png', caption: Remote picture}
                """);
        Pdfs.Rendered rendered = Pdfs.render(yaml);
        List<String> warnings = rendered.warnings().stream().map(Object::toString).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("missing.png") && warnings.get(0).contains("does not exist"));
        assertTrue(warnings.get(1).contains("not a PNG, JPEG or GIF"));
        assertTrue(warnings.get(2).contains("not fetched"));
        try (PDDocument pdf = rendered.open()) {
            String text = Pdfs.text(pdf);
            for (String caption : List.of("Error rate during the outage", "Lost picture", "Not a picture", "Remote picture")) {
                assertTrue(text.contains(caption), caption);
            }
            float[] width = {0};
            for (PDPage page : pdf.getPages()) {
                new PDFGraphicsStreamEngine(page) {
                    @Override
                    public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
                        width[0] = Math.max(width[0], getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX());
                    }
                    @Override public void appendRectangle(java.awt.geom.Point2D a, java.awt.geom.Point2D b, java.awt.geom.Point2D c, java.awt.geom.Point2D d) { }
                    @Override public void clip(int rule) { }
                    @Override public void moveTo(float x, float y) { }
                    @Override public void lineTo(float x, float y) { }
                    @Override public void curveTo(float a, float b, float c, float d, float e, float f) { }
                    @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
                    @Override public void closePath() { }
                    @Override public void endPath() { }
                    @Override public void strokePath() { }
                    @Override public void fillPath(int rule) { }
                    @Override public void fillAndStrokePath(int rule) { }
                    @Override public void shadingFill(COSName name) { }
                }.processPage(page);
            }
            float textWidth = (float) ((210 - 32) / 25.4 * 72);
            assertTrue(width[0] > textWidth * 0.8 && width[0] <= textWidth + 1,
                    "image drawn " + width[0] + "pt wide; text width is " + textWidth + "pt");
        }
    }

    @Test
    void longUnbreakableWordsStayInsideThePage() throws Exception {
        String url = "https://grafana.example.com/d/abc/checkout?from=1716386400000&var-cluster=" + "x".repeat(120);
        String yaml = TestIncidents.CORE.replace("title: Checkout down", "title: Deploy " + "a".repeat(150) + " failed")
                + "timeline:\n  - {time: '14:00', event: '" + url + "', actor: " + "b".repeat(80) + "}\n"
                + "tasks:\n  - {task: '" + url + "', ticket: OPS-" + "9".repeat(40) + "}\n";
        try (PDDocument pdf = Pdfs.renderText(yaml).open()) {
            float[] right = {0};
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (var p : positions) {
                        right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(pdf);
            float limit = (float) ((210 - 16) / 25.4 * 72);
            assertTrue(right[0] <= limit + 1, "text reaches x=" + right[0] + "pt; the right margin is at " + limit);
        }
    }

    @Test
    void draftIsMarkedOnEveryPage() throws Exception {
        try (PDDocument pdf = Pdfs.renderText(TestIncidents.large(80, 0) + "status: draft\n").open()) {
            List<String> pages = Pdfs.pageTexts(pdf);
            assertTrue(pages.size() > 2);
            for (String page : pages) {
                assertTrue(page.contains("DRAFT"), "a page without the DRAFT mark");
            }
        }
    }

    @Test
    void finalReportCarriesNoWatermark() throws Exception {
        try (PDDocument pdf = Pdfs.renderText(TestIncidents.CORE).open()) {
            String text = Pdfs.text(pdf);
            assertTrue(!text.contains("DRAFT") && !text.contains("REVIEW"));
        }
    }

    @Test
    void ticketWithUrlIsALinkAndOverdueTasksAreMarked() throws Exception {
        try (PDDocument pdf = Pdfs.renderText(TestIncidents.CORE + """
                date: 2024-07-01
                tasks:
                  - {task: Patch the server, ticket: OPS-1234, url: 'https://tickets.example.com/OPS-1234', due: 2024-06-15}
                  - {task: Later work, due: 2024-08-01}
                """).open()) {
            List<String> uris = pdf.getPage(0).getAnnotations().stream()
                    .filter(a -> a instanceof PDAnnotationLink)
                    .map(a -> ((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI())
                    .toList();
            assertEquals(List.of("https://tickets.example.com/OPS-1234"), uris);
            String text = Pdfs.flat(Pdfs.text(pdf));
            assertEquals(1, text.split("OVERDUE", -1).length - 1, "only the late open task is overdue: " + text);
        }
    }

    @Test
    void timelineShowsTheDateWhereTheDayChanges() throws Exception {
        try (PDDocument pdf = Pdfs.renderText(TestIncidents.CORE.replace("end: 2024-05-22T16:00:00Z", "end: 2024-05-23T02:00:00Z")
                + "timeline:\n  - {time: '23:50', event: a}\n  - {time: '23:55', event: b}\n  - {time: '00:10', event: c}\n")
                .open()) {
            String text = Pdfs.text(pdf);
            assertTrue(text.contains("Wed 22 May"), "first date shown");
            assertTrue(text.contains("Thu 23 May"), "date shown where the day changes");
        }
    }

    @Test
    void ongoingIncidentShowsOngoingAndNotApplicable() throws Exception {
        try (PDDocument pdf = Pdfs.renderText(TestIncidents.CORE.replace(", end: 2024-05-22T16:00:00Z", "")).open()) {
            String text = Pdfs.flat(Pdfs.text(pdf));
            assertTrue(text.contains("DURATION USERS AFFECTED TIME TO DETECT TIME TO RESOLVE ongoing n/a n/a ongoing"),
                    text);
        }
    }
}
