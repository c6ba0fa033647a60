package dev.debrief.cli;

import dev.debrief.output.ByteSize;
import dev.debrief.output.NameTemplate;
import dev.debrief.output.PagePreview;
import dev.debrief.render.RenderException;
import dev.debrief.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The render options that make output fit for a ticket: --name, --max-size, --png and --png-dpi. */
final class TicketOutputOptions {
    @Option(names = "--name", paramLabel = "TEMPLATE", converter = NameTemplates.class,
            description = "Name the files from a template such as '{id}-{date}-{audience}': {id}, {date}, {audience}, "
                    + "{severity}, {title} (as a slug), {status}; always safe ASCII. Default: {id}.")
    NameTemplate name;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = ByteSizes.class,
            description = "Fail and write nothing when a PDF or PNG would be larger: 10MB, 500KB (1000s), "
                    + "8MiB (1024s).")
    ByteSize maxSize;

    @Option(names = "--png", description = "Also write page 1 beside the PDF as a PNG of the same name, 1200 px wide.")
    boolean png;

    @Option(names = "--png-dpi", paramLabel = "N", description = "Render the PNG at N dpi instead (implies --png).")
    Integer pngDpi;

    /** One file to write: the PDF, or the preview beside it. */
    record File(Path path, byte[] content) {}

    /** Refuses what these options cannot do with {@code -o OUTPUT}, before anything is rendered. */
    void check(String output) {
        if (output != null && name != null) {
            throw new Failures.UsageException("use either -o or --name, not both");
        }
        if (preview().isPresent() && "-".equals(output)) {
            throw new Failures.UsageException(
                    "--png writes a file beside the PDF, so it needs a file output, not -o -");
        }
    }

    /** The PDF's file name when no -o gives one: from --name, else the incident id. */
    String pdfName(Report report) {
        return (name != null ? name : NameTemplate.DEFAULT).fileName(report, "pdf");
    }

    /**
     * The PDF for standard output, checked against --max-size.
     *
     * @throws RenderException when it is too large, naming the input and by how much
     */
    byte[] forStandardOutput(Path input, byte[] pdf) throws RenderException {
        withinLimit(input, "PDF", pdf);
        return pdf;
    }

    /**
     * The files to write for a PDF going to {@code target}: the PDF, then with --png its first page beside it.
     * All are checked against --max-size before any is written.
     *
     * @throws RenderException when one is too large, or the preview cannot be made
     */
    List<File> files(Path input, Path target, byte[] pdf) throws RenderException {
        withinLimit(input, "PDF", pdf);
        List<File> files = new ArrayList<>(List.of(new File(target, pdf)));
        Optional<PagePreview.Size> size = preview();
        if (size.isPresent()) {
            byte[] picture;
            try {
                picture = PagePreview.png(pdf, 0, size.get());
            } catch (IOException e) {
                throw new RenderException(input + ": cannot make the PNG preview: " + e.getMessage(), e);
            }
            withinLimit(input, "PNG", picture);
            String base = target.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            files.add(new File(target.resolveSibling(base + ".png"), picture));
        }
        return files;
    }

    private Optional<PagePreview.Size> preview() {
        if (pngDpi != null) {
            try {
                return Optional.of(new PagePreview.Size.Dpi(pngDpi));
            } catch (IllegalArgumentException e) {
                throw new Failures.UsageException("--png-dpi: " + e.getMessage());
            }
        }
        return png ? Optional.of(PagePreview.TICKET) : Optional.empty();
    }

    private void withinLimit(Path input, String what, byte[] content) throws RenderException {
        if (maxSize != null && !maxSize.admits(content.length)) {
            throw new RenderException(input + ": the " + what + " would be " + maxSize.describe(content.length)
                    + ", over --max-size " + maxSize + "; nothing was written", null);
        }
    }
}
