package dev.debrief.render;

import static dev.debrief.Pdfs.squeeze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A timeline of 300 rows and 60 tasks: pages break cleanly, with none of the engine's known defects. */
class LongReportTest {
    static final int ROWS = 300;
    static final int TASKS = 60;
    static PDDocument pdf;
    static List<String> pages;

    @BeforeAll
    static void render() throws Exception {
        pdf = Pdfs.renderText(TestIncidents.large(ROWS, TASKS)).open();
        pages = Pdfs.pageTexts(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void timelineSpansManyPagesWithItsHeaderOnEach() {
        List<Integer> timelinePages = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Event ")) {
                timelinePages.add(i);
            }
        }
        assertTrue(timelinePages.size() >= 8, "timeline pages: " + timelinePages.size());
        for (int page : timelinePages) {
            assertTrue(squeeze(pages.get(page)).contains("TIMETYPEEVENTACTOR"), "no header row on page " + (page + 1));
        }
    }

    @Test
    void everyTimelineRowAndTaskIsWholeOnOnePage() {
        for (int i = 0; i < ROWS; i++) {
            String row = String.format("Event %03d", i);
            long whole = pages.stream().filter(p -> p.contains(row)).count();
            assertEquals(1, whole, row + " appears on " + whole + " pages");
            String expectedEnd = i % 4 == 0 ? "bottomedge" : "done";
            String tail = squeeze(pages.stream().filter(p -> p.contains(row)).findFirst().orElseThrow());
            int at = tail.indexOf(squeeze(row));
            assertTrue(tail.substring(at).startsWith(squeeze(row) + (i % 4 == 0
                    ? "withalongexplanationthatwrapsontoasecondandmaybeathirdlineofthetablecellsorowsareofdifferentheightsandsomeendnearthebottomedge"
                    : "done")), row + " is split across pages (expected to end with " + expectedEnd + ")");
        }
        for (int i = 0; i < TASKS; i++) {
            String task = String.format("Task %02d", i);
            assertEquals(1, pages.stream().filter(p -> p.contains(task)).count(), task);
        }
    }

    @Test
    void tasksHeaderRepeatsOnEveryTaskPage() {
        for (String page : pages) {
            if (page.contains("Task ") && page.contains("Owner ")) {
                assertTrue(squeeze(page).contains("TASKOWNERDUETICKET"), "no tasks header on a page");
            }
        }
    }

    @Test
    void everyPageHasFooterWithPageXOfY() {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            assertTrue(pages.get(i).contains("Page " + (i + 1) + " of " + total), "footer on page " + (i + 1));
            assertTrue(pages.get(i).contains("INC-TEST-1"), "header on page " + (i + 1));
        }
    }

    @Test
    void noPageEndsWithAPanelHeading() {
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            // The last body line comes before the footer lines ("... · date", "Page X of Y").
            List<String> body = lines.stream().filter(l -> !l.startsWith("Page ") && !l.startsWith("INC-TEST-1"))
                    .toList();
            String last = body.get(body.size() - 1);
            for (String heading : List.of("Issue summary", "Impact", "Timeline", "Root cause and resolution",
                    "Corrective and preventative measures", "Tasks")) {
                assertTrue(!last.equals(heading), "page " + (i + 1) + " ends with the heading " + heading);
            }
        }
    }

    @Test
    void noEmptyTintedBoxIsLeftAtAPageBottom() throws IOException {
        // Below the last line of text on a page there may be a panel's closing border, never a tinted area.
        float dpi = 60;
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            BufferedImage image = Pdfs.image(pdf, i, dpi);
            int footerTop = (int) (image.getHeight() - 20 / 25.4 * dpi); // bottom margin: 20 mm
            int lastInk = lastDarkRow(image, footerTop);
            int tinted = 0;
            for (int y = lastInk + (int) (dpi * 0.25); y < footerTop; y++) {
                for (int x = image.getWidth() / 4; x < image.getWidth() * 3 / 4; x++) {
                    if (isTint(image.getRGB(x, y))) {
                        tinted++;
                    }
                }
            }
            assertTrue(tinted < 20, "page " + (i + 1) + " has " + tinted + " tinted pixels below its last text");
        }
    }

    @Test
    void listBulletsStayInsideThePageMargin() throws IOException {
        List<TextPosition> bullets = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.stream().filter(p -> p.getUnicode().equals("•")).forEach(bullets::add);
            }
        };
        stripper.getText(pdf);
        assertTrue(bullets.size() >= 12, "bullets found: " + bullets.size());
        float leftMargin = (float) (16 / 25.4 * 72);
        for (TextPosition bullet : bullets) {
            assertTrue(bullet.getXDirAdj() >= leftMargin, "bullet at x=" + bullet.getXDirAdj() + " is outside the margin");
        }
    }

    private static int lastDarkRow(BufferedImage image, int limit) {
        for (int y = limit - 1; y > 0; y--) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) <= 200) {
                    return y;
                }
            }
        }
        return 0;
    }

    /** A light, coloured pixel: a panel's tinted background, not white, not text, not a grey rule. */
    private static boolean isTint(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        return max > 200 && max - min >= 8 && !(r > 250 && g > 250 && b > 250);
    }
}
