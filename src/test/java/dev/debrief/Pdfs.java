package dev.debrief;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.DocumentDates;
import dev.debrief.archive.Source;
import dev.debrief.load.IncidentLoader;
import dev.debrief.load.Warning;
import dev.debrief.model.Incident;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private Pdfs() {}

    public static synchronized Renderer renderer() {
        if (renderer == null) {
            renderer = Renderer.builder().templates(TEMPLATES).fonts(FONTS).version("test").build();
        }
        return renderer;
    }

    /** A rendered PDF with the warnings given on the way. */
    public record Rendered(byte[] bytes, List<Warning> warnings) {
        public PDDocument open() {
            try {
                return Loader.loadPDF(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The PDF of an incident file, with the file embedded as its source. */
    public static Rendered render(Path yaml) throws Exception {
        return render(IncidentLoader.load(yaml).incident(), List.of(Source.read(yaml)));
    }

    /** The PDF of an incident, with no source embedded. */
    public static Rendered render(Incident incident) throws Exception {
        return render(incident, List.of());
    }

    private static Rendered render(Incident incident, List<Source> sources) throws Exception {
        List<Warning> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report report = Report.of(incident);
        renderer().render(report, archive(report, sources), out, warnings::add);
        return new Rendered(out.toByteArray(), warnings);
    }

    /** What the command line gives a document: the report's date, the sources, PDF/A. */
    public static ArchiveInfo archive(Report report, List<Source> sources) {
        return new ArchiveInfo(DocumentDates.created(report.reportDate(), report.incident().zone(), Map.of()), sources,
                true);
    }

    public static Rendered renderText(String yaml) throws Exception {
        return render(IncidentLoader.parse(Path.of("test.yaml"), yaml).incident());
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
