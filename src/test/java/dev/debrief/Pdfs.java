package dev.debrief;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.Source;
import dev.debrief.load.IncidentLoader;
import dev.debrief.diag.Diagnostic;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders incidents with the project's own templates and fonts, and reads the PDFs back. */
public final class Pdfs {
    public static final Path TEMPLATES = Path.of("templates");
    public static final Path FONTS = Path.of("fonts");
    private static Renderer renderer;
    private static Pipeline pipeline;

    private Pdfs() {}

    public static synchronized Renderer renderer() {
        if (renderer == null) {
            renderer = Renderer.builder().templates(TEMPLATES).fonts(FONTS).version("test").build();
        }
        return renderer;
    }

    /** The pipeline every command uses, with the project's templates and each file's own audience. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.of(renderer(), Optional.empty());
        }
        return pipeline;
    }

    /** A rendered PDF with the warnings given on the way. */
    public record Rendered(byte[] bytes, List<Diagnostic> warnings) {
        public PDDocument open() {
            Qpdf.assertNoErrors(bytes);
            try {
                return Loader.loadPDF(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The PDF of an incident file, as the command line makes it: PDF/A-3b, the file embedded as its source. */
    public static Rendered render(Path yaml) throws Exception {
        return rendered(pipeline().render(yaml));
    }

    /** What the command line gives a document: the report's date, PDF/A-3b, and {@code sources}. */
    public static ArchiveInfo archive(Report report, List<Source> sources) {
        return pipeline().archive(report, sources);
    }

    /** Renders YAML text as if read from {@code file} (which anchors relative image paths). */
    public static Rendered render(Path file, String yaml) throws Exception {
        return rendered(pipeline().render(IncidentLoader.parse(file, yaml.getBytes(StandardCharsets.UTF_8))));
    }

    public static Rendered renderText(String yaml) throws Exception {
        return render(Path.of("test.yaml"), yaml);
    }

    private static Rendered rendered(Pipeline.Rendered rendered) {
        return new Rendered(rendered.pdf(), rendered.warnings());
    }

    /** The text of each page in the order the engine wrote it: each table cell's text stays together. */
    public static List<String> pageTexts(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    /**
     * The text in the order it stands on the page, line by line (the engine writes a bold run after the rest of
     * its line). Lines of neighbouring table cells interleave, so compare with {@link #hasWordsInOrder}.
     */
    public static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    /** Whether every word of {@code expected} stands in {@code text}, in the same order. */
    public static boolean hasWordsInOrder(String text, String expected) {
        int at = 0;
        for (String word : expected.strip().split("\\s+|(?<=-)")) {
            if (!word.matches(".*[\\p{L}\\p{N}].*")) {
                continue; // list markers and punctuation are drawn differently, or not at all
            }
            int found = text.indexOf(word, at);
            if (found < 0) {
                return false;
            }
            at = found + word.length();
        }
        return true;
    }

    public static BufferedImage image(PDDocument document, int pageIndex, float dpi) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
    }

    /** Collapses all white space, so text that wrapped across lines still matches. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Removes all white space: text compared this way is immune to where lines wrapped. */
    public static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The words a reader sees for a Markdown source: markup gone, text kept. */
    public static String plain(String markdown) {
        return org.commonmark.renderer.text.TextContentRenderer.builder().build()
                .render(org.commonmark.parser.Parser.builder().build().parse(markdown));
    }
}
