package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import dev.debrief.diag.Diagnostic;
import dev.debrief.load.IncidentLoader;
import dev.debrief.pipeline.Pipeline;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures: read only from where they may be, checked before they are decoded, never a reason to fail. */
class PicturesTest {
    @Test
    void aPictureOverThePixelBudgetIsRefusedFromItsHeaderAlone(@TempDir Path dir) throws Exception {
        // 30000 × 30000 pixels: decoded, 3.6 GB. The header says so; the pixels are never read.
        Files.write(dir.resolve("bomb.png"), png(30_000, 30_000, new byte[] {1, 2, 3}));
        Pdfs.Rendered rendered = assertTimeout(Duration.ofSeconds(20), () -> render(dir, "bomb.png"));
        Diagnostic warning = only(rendered.warnings());
        assertEquals("image-too-large", warning.rule());
        assertEquals(9, warning.location().line());
        assertTrue(warning.message().contains("30000 × 30000 pixels (900 million)"), warning.message());
        assertTrue(warning.message().contains("more than 40 million pixels"), warning.message());
        assertShowsPlaceholder(rendered, "bomb.png");
    }

    @Test
    void thePixelBudgetIsASetting(@TempDir Path dir) throws Exception {
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("small.png").toFile());
        Renderer strict = Renderer.builder().templates(Pdfs.TEMPLATES).fonts(Pdfs.FONTS).maxImagePixels(399).build();
        Pipeline.Rendered rendered = Pipeline.of(strict, Optional.empty()).render(incident(dir, "small.png"));
        assertEquals("image-too-large", only(rendered.warnings()).rule());
    }

    @Test
    void aLargePhotographIsScaledDownToTheResolutionItPrintsAt(@TempDir Path dir) throws Exception {
        BufferedImage photo = noise(3200, 2400);
        ImageIO.write(photo, "jpeg", dir.resolve("photo.jpg").toFile());
        long original = Files.size(dir.resolve("photo.jpg"));
        Pdfs.Rendered rendered = render(dir, "photo.jpg");
        assertEquals(List.of(), rendered.warnings());
        try (PDDocument pdf = rendered.open()) {
            List<PDImageXObject> images = images(pdf);
            assertEquals(1, images.size());
            // A4 is 210 mm wide: 1654 pixels at 200 dpi.
            assertEquals(1654, images.get(0).getWidth());
            assertEquals(1241, images.get(0).getHeight());
            assertEquals("jpg", images.get(0).getSuffix(), "a photograph stays a JPEG");
        }
        assertTrue(rendered.bytes().length < original,
                "PDF of " + rendered.bytes().length + " bytes for a photo of " + original);
    }

    @Test
    void aSmallPictureKeepsItsPixels(@TempDir Path dir) throws Exception {
        ImageIO.write(noise(300, 200), "png", dir.resolve("chart.png").toFile());
        try (PDDocument pdf = render(dir, "chart.png").open()) {
            PDImageXObject image = images(pdf).get(0);
            assertEquals(300, image.getWidth());
            assertEquals(200, image.getHeight());
            BufferedImage drawn = image.getImage();
            BufferedImage expected = ImageIO.read(dir.resolve("chart.png").toFile());
            for (int y = 0; y < 200; y += 17) {
                for (int x = 0; x < 300; x += 13) {
                    assertEquals(expected.getRGB(x, y), drawn.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void aPngWhoseChunksRunPastItsEndBecomesAPlaceholderNotAFailedRender(@TempDir Path dir) throws Exception {
        // The engine's own reader stopped the whole render here: "Error skipping PNG metadata".
        byte[] png = png(10, 10, new byte[0]);
        byte[] broken = new byte[8 + 25 + 12];
        System.arraycopy(png, 0, broken, 0, 33);
        ByteBuffer.wrap(broken, 33, 12).putInt(0x7FFF_FFF0).put("tEXt".getBytes());
        Files.write(dir.resolve("broken.png"), broken);
        Pdfs.Rendered rendered = render(dir, "broken.png");
        Diagnostic warning = only(rendered.warnings());
        assertEquals("image-unavailable", warning.rule());
        assertTrue(warning.message().contains("is damaged"), warning.message());
        assertShowsPlaceholder(rendered, "broken.png");
    }

    @Test
    void aTruncatedPictureBecomesAPlaceholder(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ImageIO.write(noise(200, 200), "png", whole);
        Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(whole.toByteArray(), whole.size() / 2));
        Pdfs.Rendered rendered = render(dir, "cut.png");
        assertEquals("image-unavailable", only(rendered.warnings()).rule());
        assertShowsPlaceholder(rendered, "cut.png");
    }

    @Test
    void aFolderNamedLikeAPictureIsSaidToBeAFolder(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("shot.png"));
        Diagnostic warning = only(render(dir, "shot.png").warnings());
        assertTrue(warning.message().contains(": is a folder, not a file"), warning.message());
    }

    @Test
    void aPipeNamedLikeAPictureIsNeverOpened(@TempDir Path dir) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.png").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Pdfs.Rendered rendered = assertTimeout(Duration.ofSeconds(20), () -> render(dir, "pipe.png"));
        assertTrue(only(rendered.warnings()).message().contains(": is a device or pipe, not a file"));
    }

    @Test
    void picturesOutsideTheIncidentsFolderAreNotEmbedded(@TempDir Path dir) throws Exception {
        Path incident = Files.createDirectory(dir.resolve("incident"));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        ImageIO.write(noise(40, 40), "png", elsewhere.resolve("secret.png").toFile());
        Files.createSymbolicLink(incident.resolve("link.png"), elsewhere.resolve("secret.png"));
        for (String path : List.of(elsewhere.resolve("secret.png").toString(), "../elsewhere/secret.png", "link.png")) {
            Pdfs.Rendered rendered = render(incident, path);
            Diagnostic warning = only(rendered.warnings());
            assertEquals("image-outside-folder", warning.rule(), path);
            assertTrue(warning.message().contains("--allow-dir"), warning.message());
            try (PDDocument pdf = rendered.open()) {
                assertEquals(List.of(), images(pdf), path);
            }
        }
    }

    @Test
    void aPictureOutsideIsSaidToBeOutsideBeforeWhetherItExists(@TempDir Path dir) throws Exception {
        Diagnostic warning = only(render(dir, "/nonexistent/secret.png").warnings());
        assertEquals("image-outside-folder", warning.rule());
    }

    @Test
    void aFolderTheUserAllowsMayHoldPictures(@TempDir Path dir) throws Exception {
        Path incident = Files.createDirectory(dir.resolve("incident"));
        Path shared = Files.createDirectory(dir.resolve("shared"));
        ImageIO.write(noise(40, 40), "png", shared.resolve("logo.png").toFile());
        Files.createSymbolicLink(incident.resolve("link.png"), shared.resolve("logo.png"));
        Renderer renderer = Renderer.builder().templates(Pdfs.TEMPLATES).fonts(Pdfs.FONTS).allowImagesFrom(shared)
                .build();
        for (String path : List.of("../shared/logo.png", "link.png")) {
            Pipeline.Rendered rendered = Pipeline.of(renderer, Optional.empty()).render(incident(incident, path));
            assertEquals(List.of(), rendered.warnings(), path);
            try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(rendered.pdf())) {
                assertEquals(1, images(pdf).size(), path);
            }
        }
    }

    private static Pdfs.Rendered render(Path dir, String file) throws Exception {
        Pipeline.Rendered rendered = Pdfs.pipeline().render(incident(dir, file));
        return new Pdfs.Rendered(rendered.pdf(), rendered.warnings());
    }

    private static IncidentLoader.Loaded incident(Path dir, String file) throws Exception {
        String yaml = TestIncidents.CORE + "images:\n  - {caption: The picture, file: '" + file + "'}\n";
        return IncidentLoader.parse(dir.resolve("incident.yaml"), yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Diagnostic only(List<Diagnostic> warnings) {
        assertEquals(1, warnings.size(), warnings.toString());
        return warnings.get(0);
    }

    private static void assertShowsPlaceholder(Pdfs.Rendered rendered, String file) throws IOException {
        try (PDDocument pdf = rendered.open()) {
            assertTrue(Pdfs.flat(Pdfs.text(pdf)).contains("Image not available: " + file));
            assertEquals(List.of(), images(pdf));
        }
    }

    static List<PDImageXObject> images(PDDocument pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | random.nextInt(64));
            }
        }
        return image;
    }

    /** A PNG with this header and these bytes as its (maybe far too short) image data. */
    private static byte[] png(int width, int height, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(8 + 25 + 12 + data.length + 12);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", data);
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    private static void chunk(ByteBuffer out, String type, byte[] data) {
        out.putInt(data.length).put(type.getBytes());
        out.put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes());
        crc.update(data);
        out.putInt((int) crc.getValue());
    }
}
