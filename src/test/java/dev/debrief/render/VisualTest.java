package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages look as designed: panel colours in their order, and the first page close to a small reference
 * image. Run with {@code -Ddebrief.updateReferences=true} to accept a deliberate design change.
 */
class VisualTest {
    static final Path EXAMPLE = Path.of("examples/checkout-database-misconfiguration.yaml");
    static final float DPI = 30;
    static PDDocument pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = Pdfs.render(EXAMPLE).open();
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void firstPageShowsSummaryImpactAndTimelinePanelsInOrder() throws IOException {
        BufferedImage page = Pdfs.image(pdf, 0, 50);
        int summary = firstRowWithBand(page, new Color(0xf6d743));
        int impact = firstRowWithBand(page, new Color(0xf4a261));
        int timeline = firstRowWithBand(page, new Color(0x0b72b9));
        assertTrue(summary > 0, "yellow summary title bar");
        assertTrue(impact > summary, "orange impact bar below the summary");
        assertTrue(timeline > impact, "blue timeline bar below the impact panel");
        assertTrue(firstRowWithBand(page, new Color(0xfff9db)) > summary, "summary body is tinted yellow");
    }

    @Test
    void rootCauseIsRedAndMeasuresGreenOnALaterPage() throws IOException {
        boolean red = false;
        boolean green = false;
        for (int i = 1; i < pdf.getNumberOfPages(); i++) {
            BufferedImage page = Pdfs.image(pdf, i, 50);
            red |= firstRowWithBand(page, new Color(0xc62828)) > 0 && firstRowWithBand(page, new Color(0xffebee)) > 0;
            green |= firstRowWithBand(page, new Color(0x2e7d32)) > 0 && firstRowWithBand(page, new Color(0xe8f5e9)) > 0;
        }
        assertTrue(red, "a red root-cause panel");
        assertTrue(green, "a green measures panel");
    }

    @Test
    void severityBadgeIsColouredBySeverity() throws IOException {
        BufferedImage page = Pdfs.image(pdf, 0, 100);
        assertTrue(count(page, new Color(0xb3261e), 12) > 30, "the SEV1 badge is red");
    }

    @ParameterizedTest
    @CsvSource({
        "examples/checkout-database-misconfiguration.yaml, src/test/resources/reference/checkout-page1.png",
        "src/test/resources/testdata/scripts.yaml, src/test/resources/reference/scripts-page1.png",
    })
    void firstPageMatchesItsReferenceImage(Path incident, Path reference) throws Exception {
        BufferedImage actual;
        try (PDDocument document = Pdfs.render(incident).open()) {
            actual = Pdfs.image(document, 0, DPI);
        }
        assertMatches(actual, reference);
    }

    static void assertMatches(BufferedImage actual, Path reference) throws IOException {
        if (Boolean.getBoolean("debrief.updateReferences")) {
            Files.createDirectories(reference.getParent());
            ImageIO.write(actual, "png", reference.toFile());
        }
        assertTrue(Files.exists(reference), reference + " is missing; run with -Ddebrief.updateReferences=true");
        BufferedImage expected = ImageIO.read(reference.toFile());
        assertTrue(expected.getWidth() == actual.getWidth() && expected.getHeight() == actual.getHeight(),
                "page size changed");
        long different = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                if (distance(actual.getRGB(x, y), expected.getRGB(x, y)) > 60) {
                    different++;
                }
            }
        }
        double share = different / (double) (actual.getWidth() * actual.getHeight());
        assertTrue(share < 0.02, String.format("%.2f%% of pixels differ from %s", share * 100, reference));
    }

    /** The first row in which a colour runs across at least a fifth of the page width. */
    static int firstRowWithBand(BufferedImage image, Color color) {
        for (int y = 0; y < image.getHeight(); y++) {
            int run = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                run = distance(image.getRGB(x, y), color.getRGB()) < 24 ? run + 1 : 0;
                if (run > image.getWidth() / 5) {
                    return y;
                }
            }
        }
        return -1;
    }

    static int count(BufferedImage image, Color color, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (distance(image.getRGB(x, y), color.getRGB()) < tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) + Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF))
                + Math.abs((a & 0xFF) - (b & 0xFF));
    }
}
