package dev.debrief.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagePreviewTest {
    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = Pdfs.render(Path.of("examples/checkout-database-misconfiguration.yaml")).bytes();
    }

    static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void theTicketPreviewIsTwelveHundredPixelsWideOpaqueRgbAndSmall() throws Exception {
        byte[] png = PagePreview.png(pdf, 0, PagePreview.TICKET);
        BufferedImage image = read(png);
        assertEquals(1200, image.getWidth());
        assertEquals(1697, image.getHeight(), "A4 proportions");
        assertFalse(image.getColorModel().hasAlpha());
        assertEquals(3, image.getColorModel().getNumComponents());
        assertTrue(png.length < 400_000, png.length + " bytes");
    }

    @Test
    void thePreviewShowsThePageItWasAskedFor() throws Exception {
        BufferedImage first = read(PagePreview.png(pdf, 0, new PagePreview.Size.Dpi(40)));
        BufferedImage second = read(PagePreview.png(pdf, 1, new PagePreview.Size.Dpi(40)));
        try (PDDocument document = new Pdfs.Rendered(pdf, List.of()).open()) {
            BufferedImage expected = Pdfs.image(document, 1, 40);
            assertEquals(pixels(expected), pixels(second));
        }
        assertFalse(pixels(first).equals(pixels(second)), "page 2 differs from page 1");
    }

    @Test
    void aResolutionSetsTheSize() throws Exception {
        BufferedImage image = read(PagePreview.png(pdf, 0, new PagePreview.Size.Dpi(72)));
        assertEquals(595, image.getWidth());
    }

    @Test
    void aPageWithoutColourIsWrittenInGrey() throws Exception {
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.LETTER));
            document.save(blank);
        }
        BufferedImage image = read(PagePreview.png(blank.toByteArray(), 0, PagePreview.TICKET));
        assertEquals(1200, image.getWidth());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
    }

    @Test
    void aPageThatDoesNotExistIsRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> PagePreview.png(pdf, 9, PagePreview.TICKET));
    }

    @Test
    void sizesOutOfReasonAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PagePreview.Size.Dpi(2000));
        assertThrows(IllegalArgumentException.class, () -> new PagePreview.Size.Width(10));
    }

    private static String pixels(BufferedImage image) {
        StringBuilder sample = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                sample.append(Integer.toHexString(image.getRGB(x, y) & 0xFFFFFF)).append(',');
            }
        }
        return sample.toString();
    }
}
