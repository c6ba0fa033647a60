package dev.debrief.render;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.Fingerprint;
import dev.debrief.archive.Fingerprints;
import dev.debrief.diag.Diagnostic;
import dev.debrief.model.Audience;
import dev.debrief.model.Markdown;
import dev.debrief.report.Report;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Renders reports to PDF. Configured once (templates, fonts, page size) with {@link #builder()}; the built
 * renderer is immutable and renders many documents, from many threads.
 */
public final class Renderer {
    /** Page sizes a user can ask for; the templates' stylesheet places them in {@code @page}. */
    public enum PageSize {
        A4(210), LETTER(215.9);

        private final double widthMm;

        PageSize(double widthMm) {
            this.widthMm = widthMm;
        }

        String css() {
            return name().toLowerCase(Locale.ROOT);
        }

        double widthMm() {
            return widthMm;
        }
    }

    private final PageTemplates templates;
    private final PageSize pageSize;
    private final MarkdownHtml markdown = new MarkdownHtml();
    private final ViewBuilder views;
    private final FontRuns fontRuns;
    private final PdfEngine engine;
    private final GlyphCheck glyphs;
    private final MarkdownLimits markdownLimits = new MarkdownLimits();
    private final Fingerprints fingerprints;

    private Renderer(Builder builder) {
        this.templates = new PageTemplates(builder.templates);
        FontSet fonts = FontSet.load(builder.fonts);
        StylesheetFonts.check(templates.folder(), builder.fonts, fonts);
        this.pageSize = builder.pageSize;
        this.views = new ViewBuilder(markdown,
                new Pictures(builder.maxImagePixels, builder.pageSize.widthMm(), builder.imageFolders));
        this.fontRuns = new FontRuns(fonts);
        this.engine = new OpenPdfEngine(fonts, builder.version);
        this.glyphs = new GlyphCheck(fonts);
        try {
            this.fingerprints = Fingerprints.of(builder.templates, builder.fonts, pageSize.css(), builder.version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + builder.templates + " or " + builder.fonts, e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the report as an archival PDF to {@code out}; what the reader should know goes to {@code warnings}.
     *
     * @param archive the document's date, the sources it embeds, and whether it claims PDF/A-3b
     * @return the document's fingerprint: printed on its last page and its PDF document ID
     */
    public Fingerprint render(Report report, ArchiveInfo archive, OutputStream out, Consumer<Diagnostic> warnings)
            throws RenderException {
        IncidentView incident = incidentView(report, "i1-", warnings);
        Fingerprint fingerprint = fingerprint(report.audience(), archive, List.of(incident));
        DocumentView document = document(ViewBuilder.meta(report.incident()), report.audience(), List.of(incident),
                fingerprint.text());
        layout(PageTemplates.MAIN, Map.of("document", document)).write(out, 1, archive, fingerprint);
        return fingerprint;
    }

    /**
     * The view of one incident of a document of many: the same view {@link #render} draws, its ids prefixed with
     * {@code anchor}. Characters no font has, and Markdown past its limits, are reported to {@code warnings}, as
     * when rendering.
     */
    public IncidentView incidentView(Report report, String anchor, Consumer<Diagnostic> warnings) {
        glyphs.check(report, warnings);
        markdownLimits.check(report, warnings);
        return views.build(report, anchor, warnings);
    }

    /**
     * The fingerprint of a document showing {@code incidents} with this renderer's templates, fonts and page size.
     * The pictures count as the page shows them: read, confined and scaled by the view, never read again.
     */
    public Fingerprint fingerprint(Audience audience, ArchiveInfo archive, List<IncidentView> incidents) {
        return fingerprints.of(audience, archive, incidents.stream()
                .flatMap(incident -> incident.images().stream())
                .map(picture -> picture.src() != null ? picture.src() : "placeholder " + picture.placeholder())
                .toList());
    }

    /** One-paragraph Markdown as safe inline HTML, as the report's tables show it. */
    public Html inline(Markdown text) {
        return new Html(markdown.inline(text));
    }

    /**
     * A document of these incidents for {@code audience}, on this renderer's page size.
     *
     * @param fingerprint as people read it, or null for a page that is no PDF
     */
    public DocumentView document(DocumentView.Meta meta, Audience audience, List<IncidentView> incidents,
            String fingerprint) {
        return new DocumentView(pageSize.css(), meta, audience.name().toLowerCase(Locale.ROOT),
                audience == Audience.EXTERNAL, incidents, fingerprint);
    }

    /**
     * Draws the template {@code name} of the templates folder from {@code model} (the names the template sees)
     * and lays it out. A link to {@code #id} where no element of the document has that id is kept as a link to
     * {@link LaidOutDocument#OUTSIDE_LINK} and the id. Pictures come inside the page; only the templates folder
     * may be read.
     */
    public LaidOutDocument layout(String name, Map<String, ?> model) throws RenderException {
        Document page = page(html(name, model));
        fontRuns.apply(page);
        InvisibleCharacters.strip(page);
        BreaksBeforeRuns.mark(page);
        TextChunks.cut(page);
        OutsideLinks.mark(page);
        try {
            return new LaidOutDocument(engine.layout(page, templates.folder().toUri()));
        } catch (IOException | RuntimeException e) {
            throw new RenderException("the PDF engine failed: " + e.getMessage(), e);
        }
    }

    /** Whether the templates folder has a template of this name. */
    public boolean hasTemplate(String name) {
        return java.nio.file.Files.isRegularFile(templates.folder().resolve(name));
    }

    /** The page as XHTML, before fonts are assigned: what the templates make of the report (no fingerprint). */
    public String html(Report report, Consumer<Diagnostic> warnings) throws RenderException {
        return html(PageTemplates.MAIN, Map.of("document", document(ViewBuilder.meta(report.incident()),
                report.audience(), List.of(views.build(report, "i1-", warnings)), null)));
    }

    private String html(String name, Map<String, ?> model) throws RenderException {
        try {
            return templates.render(name, model);
        } catch (TemplateException e) {
            throw new RenderException("template error in " + templates.folder() + ": " + e.getMessageWithoutStackTop(),
                    e);
        } catch (IOException e) {
            throw new RenderException("cannot read template " + name + " in " + templates.folder()
                    + ": " + e.getMessage(), e);
        }
    }

    private Document page(String xhtml) throws RenderException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new RenderException("the templates in " + templates.folder() + " made malformed XHTML at line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new RenderException("the templates made a page that cannot be read: " + e.getMessage(), e);
        }
    }

    /** Renderer settings; every one has a default but the folders. */
    public static final class Builder {
        private Path templates;
        private Path fonts;
        private PageSize pageSize = PageSize.A4;
        private String version = "dev";
        private long maxImagePixels = Pictures.DEFAULT_MAX_PIXELS;
        private final List<Path> imageFolders = new ArrayList<>();

        private Builder() {}

        public Builder templates(Path folder) {
            this.templates = folder;
            return this;
        }

        public Builder fonts(Path folder) {
            this.fonts = folder;
            return this;
        }

        public Builder pageSize(PageSize size) {
            this.pageSize = size;
            return this;
        }

        /** Pictures with more pixels than this are not embedded (a placeholder and a warning stand in). */
        public Builder maxImagePixels(long pixels) {
            this.maxImagePixels = pixels;
            return this;
        }

        /**
         * Lets incidents embed pictures from {@code folder} too; by default a picture must lie in the folder of
         * its incident file, so that an incident cannot pull any other file on the machine into its PDF.
         */
        public Builder allowImagesFrom(Path folder) {
            this.imageFolders.add(folder);
            return this;
        }

        /** The tool's version, written as the PDF's creator. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Renderer build() {
            if (templates == null || fonts == null) {
                throw new IllegalStateException("templates and fonts folders are required");
            }
            return new Renderer(this);
        }
    }
}
