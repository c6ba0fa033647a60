package dev.debrief;

import dev.debrief.archive.Source;
import dev.debrief.load.IncidentLoader;
import dev.debrief.report.Report;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Documents that exercise what PDF/A is strict about, and documents with several sources, as a pack has. */
public final class ArchiveSamples {
    public static final Path INTERNAL_EVERYWHERE = Path.of("src/test/resources/testdata/internal-everywhere.yaml");
    public static final Path SCRIPTS = Path.of("src/test/resources/testdata/scripts.yaml");

    private ArchiveSamples() {}

    /**
     * An incident in {@code dir} with a half-transparent PNG, a JPEG and a GIF, links in text and tasks, and a
     * draft watermark.
     */
    public static Path picturesLinksAndWatermark(Path dir) throws Exception {
        BufferedImage translucent = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = translucent.createGraphics();
        g.setColor(new Color(200, 30, 30, 120));
        g.fillOval(0, 0, 400, 200);
        g.dispose();
        ImageIO.write(translucent, "png", dir.resolve("translucent.png").toFile());
        BufferedImage photo = new BufferedImage(300, 150, BufferedImage.TYPE_INT_RGB);
        g = photo.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 300, 150);
        g.dispose();
        ImageIO.write(photo, "jpg", dir.resolve("photo.jpg").toFile());
        ImageIO.write(new BufferedImage(60, 60, BufferedImage.TYPE_BYTE_GRAY), "gif", dir.resolve("grey.gif").toFile());
        Path yaml = dir.resolve("pictures.yaml");
        Files.writeString(yaml, TestIncidents.CORE.replace("Orders failed.", "Orders failed; see [the dashboard]"
                + "(https://example.com/dash).") + """
                status: draft
                tasks:
                  - {task: Fix the parameter, url: 'https://example.com/t/1', ticket: OPS-1, owner: Erin}
                images:
                  - {file: translucent.png, caption: A translucent PNG}
                  - {file: photo.jpg, caption: A JPEG}
                  - {file: grey.gif, caption: A GIF}
                """);
        return yaml;
    }

    /** The first incident of {@code files} rendered with every file embedded as a source, as a pack embeds them. */
    public static byte[] withSources(List<Path> files) throws Exception {
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(Source.read(file));
        }
        Report report = Pdfs.pipeline().report(IncidentLoader.load(files.get(0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pdfs.renderer().render(report, Pdfs.archive(report, sources), out, w -> { });
        return out.toByteArray();
    }

    /** The incident files in {@code examples/}, in name order. */
    public static List<Path> examples() throws Exception {
        try (var files = Files.list(Path.of("examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
