package dev.debrief.render;

import dev.debrief.files.FileProblem;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks the local pictures of an incident and prepares them for the engine, which never opens a picture file
 * itself: a picture is read only from the incident's folder or a folder the user allowed; its size is read from
 * its header before any pixel is decoded, and one over the pixel budget is refused; the rest are decoded within
 * a bounded amount of memory, scaled down to the resolution they print at, and written anew as PNG (or JPEG
 * for photographs), so a damaged or hostile file can neither fail the render nor bloat the PDF.
 * Configured once; safe to share between threads.
 */
final class Pictures {
    /** Pictures larger than this are refused unread: decoding one would take seconds and gigabytes. */
    static final long DEFAULT_MAX_PIXELS = 40_000_000;
    /** Pictures print at most this sharp; a picture wider than the page is at this resolution is scaled down. */
    static final int PRINT_DPI = 200;
    /** At most this many pixels are held decoded: taller pictures are read at a lower resolution. */
    static final long DECODE_PIXELS = 8_000_000;

    /** A picture ready for the page, or the reason it cannot be shown. */
    sealed interface Outcome {}

    /** {@code src} is a {@code data:} URI holding the prepared picture: the engine opens no file. */
    record Embedded(String src, int width, int height) implements Outcome {}

    /** {@code rule} names the kind of problem for the warning; {@code reason} says what is wrong. */
    record Refused(String rule, String reason) implements Outcome {}

    private enum Format { PNG, JPEG, GIF }

    private final long maxPixels;
    private final int maxWidth;
    private final List<Path> allowed;

    /**
     * @param maxPixels    the largest picture, in pixels, that is read at all
     * @param pageWidthMm  the page width: pictures are scaled down to it at {@value #PRINT_DPI} dpi
     * @param allowed      folders besides the incident's own whose pictures may be embedded; they must exist
     */
    Pictures(long maxPixels, double pageWidthMm, List<Path> allowed) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the largest picture must have at least 1 pixel, not " + maxPixels);
        }
        this.maxPixels = maxPixels;
        this.maxWidth = (int) Math.round(pageWidthMm / 25.4 * PRINT_DPI);
        List<Path> folders = new ArrayList<>();
        for (Path folder : allowed) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("allowed image folder " + folder + " is not a folder");
            }
            folders.add(folder.toAbsolutePath().normalize());
            try {
                folders.add(folder.toRealPath());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read allowed image folder " + folder, e);
            }
        }
        this.allowed = List.copyOf(folders);
    }

    /** The picture at {@code file}, written in the incident file that lies in {@code folder}. */
    Outcome prepare(Path file, Path folder) {
        Path absolute = file.toAbsolutePath().normalize();
        Path home = folder.toAbsolutePath().normalize();
        String name = "image file " + file;
        if (!inside(absolute, home)) {
            return outside(file);
        }
        Path real;
        try {
            real = absolute.toRealPath();
            if (!inside(real, home.toRealPath())) {
                return new Refused("image-outside-folder", name + " leads outside the incident's folder (through a"
                        + " symbolic link); only pictures in that folder, or in one allowed with --allow-dir, are"
                        + " embedded");
            }
        } catch (IOException e) {
            return new Refused("image-unavailable", name + ": " + FileProblem.reason(e));
        }
        // A folder says so; a pipe or a device would block or never end, so they are never opened.
        Optional<String> notAFile = FileProblem.notAFile(real);
        if (notAFile.isPresent()) {
            return new Refused("image-unavailable", name + ": " + notAFile.get());
        }
        try {
            return decode(real, name);
        } catch (AccessDeniedException e) {
            return new Refused("image-unavailable", name + ": " + FileProblem.reason(e));
        } catch (IOException | RuntimeException e) {
            return new Refused("image-unavailable", name + " is damaged or cannot be decoded ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        } catch (OutOfMemoryError e) {
            // Only with a pixel budget raised past what this JVM holds: the failed allocation is freed at once.
            return new Refused("image-too-large", name + " is too large to decode in the memory this JVM has");
        }
    }

    private Refused outside(Path file) {
        return new Refused("image-outside-folder", "image file " + file + " is outside the incident's folder; only"
                + " pictures in that folder, or in one allowed with --allow-dir, are embedded");
    }

    private boolean inside(Path path, Path home) {
        return path.startsWith(home) || allowed.stream().anyMatch(path::startsWith);
    }

    private Outcome decode(Path file, String name) throws IOException {
        Format format = format(file);
        if (format == null) {
            return new Refused("image-unavailable", name + " is not a PNG, JPEG or GIF picture");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(format);
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > maxPixels) {
                    return new Refused("image-too-large", name + " is " + width + " × " + height + " pixels ("
                            + count(width * height) + "); pictures of more than " + count(maxPixels)
                            + " pixels are not embedded (--max-image-pixels)");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage picture = fit(reader.read(0, param));
                boolean photo = format == Format.JPEG;
                byte[] bytes = encode(picture, photo);
                return new Embedded("data:image/" + (photo ? "jpeg" : "png") + ";base64,"
                        + Base64.getEncoder().encodeToString(bytes), picture.getWidth(), picture.getHeight());
            } finally {
                reader.dispose();
            }
        }
    }

    /** Every n-th pixel is read: enough to scale down from with no visible loss, and never too many. */
    private int subsampling(long width, long height) {
        long step = Math.max(1, width / (2L * maxWidth));
        while ((width / step) * (height / step) > DECODE_PIXELS) {
            step++;
        }
        return (int) step;
    }

    private static Format format(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Format.PNG;
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Format.JPEG;
        }
        if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
            return Format.GIF;
        }
        return null;
    }

    private static ImageReader reader(Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java has no " + format + " reader");
        }
        return readers.next();
    }

    /** The picture no wider than it prints, in plain RGB (with alpha where it has any). */
    private BufferedImage fit(BufferedImage picture) {
        int type = picture.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = picture;
        while (true) {
            int width = current.getWidth();
            // Halving step by step keeps detail that one bilinear jump from far larger would lose.
            int next = width > maxWidth ? Math.max(maxWidth, width / 2) : width;
            if (next == width && current.getType() == type) {
                return current;
            }
            current = scaled(current, next, type);
        }
    }

    private static BufferedImage scaled(BufferedImage picture, int width, int type) {
        int height = Math.max(1, (int) Math.round((double) picture.getHeight() * width / picture.getWidth()));
        BufferedImage scaled = new BufferedImage(width, height, type);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(picture, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    private static byte[] encode(BufferedImage picture, boolean photo) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(photo ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (photo) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** "40 million", "2.5 million", "2,400". */
    private static String count(long pixels) {
        if (pixels < 1_000_000) {
            return String.format(Locale.ROOT, "%,d", pixels);
        }
        return new java.math.BigDecimal(pixels).movePointLeft(6).round(new java.math.MathContext(3))
                .stripTrailingZeros().toPlainString() + " million";
    }
}
