package dev.debrief.render;

import dev.debrief.diag.Diagnostic;
import dev.debrief.model.Audience;
import dev.debrief.model.Image;
import dev.debrief.model.Markdown;
import dev.debrief.report.Report;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        A4, LETTER;

        String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final PageTemplates templates;
    private final PageSize pageSize;
    private final MarkdownHtml markdown = new MarkdownHtml();
    private final ViewBuilder views = new ViewBuilder(markdown);
    private final FontRuns fontRuns;
    private final PdfEngine engine;
    private final GlyphCheck glyphs;

    private Renderer(Builder builder) {
        this.templates = new PageTemplates(builder.templates);
        FontSet fonts = FontSet.load(builder.fonts);
        this.pageSize = builder.pageSize;
        this.fontRuns = new FontRuns(fonts);
        this.engine = new OpenPdfEngine(fonts, builder.version);
        this.glyphs = new GlyphCheck(fonts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes the report as PDF to {@code out}; what the reader should know goes to {@code warnings}. */
    public void render(Report report, OutputStream out, Consumer<Diagnostic> warnings) throws RenderException {
        glyphs.check(report, warnings);
        layout(PageTemplates.MAIN, Map.of("document", single(report, warnings)), localImages(report))
                .write(out, 1, report.reportDate().atStartOfDay(report.incident().zone()));
    }

    /**
     * The view of one incident of a document of many: the same view {@link #render} draws, its ids prefixed with
     * {@code anchor}. Characters no font has are reported to {@code warnings}, as when rendering.
     */
    public IncidentView incidentView(Report report, String anchor, Consumer<Diagnostic> warnings) {
        glyphs.check(report, warnings);
        return views.build(report, anchor, warnings);
    }

    /** One-paragraph Markdown as safe inline HTML, as the report's tables show it. */
    public Html inline(Markdown text) {
        return new Html(markdown.inline(text));
    }

    /** A document of these incidents for {@code audience}, on this renderer's page size. */
    public DocumentView document(DocumentView.Meta meta, Audience audience, List<IncidentView> incidents) {
        return new DocumentView(pageSize.css(), meta, audience.name().toLowerCase(Locale.ROOT),
                audience == Audience.EXTERNAL, incidents);
    }

    /** The local picture files of a report: the only files besides the templates a document may read. */
    public static Set<Path> localImages(Report report) {
        Set<Path> files = new HashSet<>();
        for (Image image : report.incident().images()) {
            if (image instanceof Image.Local local) {
                files.add(local.file());
            }
        }
        return files;
    }

    /**
     * Draws the template {@code name} of the templates folder from {@code model} (the names the template sees)
     * and lays it out. A link to {@code #id} where no element of the document has that id is kept as a link to
     * {@link LaidOutDocument#OUTSIDE_LINK} and the id. Only {@code images} and the templates folder may be read.
     */
    public LaidOutDocument layout(String name, Map<String, ?> model, Set<Path> images) throws RenderException {
        Document page = page(html(name, model));
        fontRuns.apply(page);
        OutsideLinks.mark(page);
        Set<URI> readable = new HashSet<>();
        for (Path image : images) {
            readable.add(image.toUri().normalize());
        }
        try {
            return new LaidOutDocument(engine.layout(page, templates.folder().toUri(), readable));
        } catch (IOException | RuntimeException e) {
            throw new RenderException("the PDF engine failed: " + e.getMessage(), e);
        }
    }

    /** Whether the templates folder has a template of this name. */
    public boolean hasTemplate(String name) {
        return java.nio.file.Files.isRegularFile(templates.folder().resolve(name));
    }

    /** The page as XHTML, before fonts are assigned: what the templates make of the report. */
    public String html(Report report, Consumer<Diagnostic> warnings) throws RenderException {
        return html(PageTemplates.MAIN, Map.of("document", single(report, warnings)));
    }

    private DocumentView single(Report report, Consumer<Diagnostic> warnings) {
        return document(ViewBuilder.meta(report.incident()), report.audience(),
                List.of(views.build(report, "i1-", warnings)));
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
