package dev.debrief.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openpdf.layout.Layer;
import org.openpdf.pdf.DefaultPDFCreationListener;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.ITextUserAgent;
import org.openpdf.render.PageBox;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfWriter;
import org.w3c.dom.Document;

/** The openpdf-html engine: one renderer and user agent per document, fonts shared from a {@link FontSet}. */
final class OpenPdfEngine implements PdfEngine {
    private static final LineBreaks LINE_BREAKS = new LineBreaks();

    private final FontSet fonts;
    private final String version;

    OpenPdfEngine(FontSet fonts, String version) {
        this.fonts = fonts;
        this.version = version;
        for (FontSet.Face face : fonts.faces()) {
            SubsetTags.install(face.font());
            // OpenPDF's CIDSet does not list every glyph of the subset it embeds, which PDF/A calls wrong
            // (6.2.11.4.2); PDF/A-2 and -3 allow leaving it out.
            face.font().setIncludeCidSet(false);
        }
    }

    @Override
    public Layout layout(Document page, URI base) {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(device, new LocalOnlyUserAgent(device, base));
        ITextFontResolver resolver = renderer.getFontResolver();
        for (FontSet.Face face : fonts.faces()) {
            resolver.addFont(face.font(), face.file().toString(), null);
        }
        BuiltInFonts.replace(resolver, fonts.primary());
        renderer.getSharedContext().setLineBreakingStrategy(LINE_BREAKS);
        renderer.setDocument(page, base.toString());
        renderer.layout();
        return new LaidOut(renderer, page);
    }

    /** One laid-out document; the engine's renderer is kept until it is written, then let go. */
    private final class LaidOut implements Layout {
        private ITextRenderer renderer;
        private final Document page;

        LaidOut(ITextRenderer renderer, Document page) {
            this.renderer = renderer;
            this.page = page;
        }

        @Override
        public int pages() {
            return layer().getPages().size();
        }

        @Override
        public Map<String, Integer> pagesOfIds() {
            Layer layer = layer();
            List<PageBox> pages = layer.getPages();
            Map<String, Integer> found = new HashMap<>();
            renderer.getSharedContext().getIdMap().forEach((id, box) -> {
                // A box that takes no room (an empty anchor) sits at the top of the page that follows it.
                PageBox page = layer.getPage(null, box.getAbsY());
                if (page != null) {
                    found.put(id, pages.indexOf(page));
                }
            });
            return found;
        }

        private Layer layer() {
            if (renderer == null) {
                throw new IllegalStateException("the document was already written");
            }
            return renderer.getRootBox().getLayer();
        }

        @Override
        public void write(OutputStream out, int firstPageNumber, DocumentInfo info) throws IOException {
            layer();
            // PDF/A-3 is PDF 1.7; OpenPDF would write a PDF 2.0 header.
            renderer.setPDFVersion(PdfWriter.VERSION_1_7);
            String language = page.getDocumentElement().getAttribute("lang");
            renderer.setListener(new DefaultPDFCreationListener() {
                @Override
                public void onClose(ITextRenderer closing) {
                    try {
                        ArchivalWriter.complete(closing.getWriter(), info.archive(), "Debrief " + version, language);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            renderer.setPdfPageEvent(Watermarks.of(page, renderer, Watermarks.font(fonts)));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
            ITextRenderer writing = renderer;
            try {
                SubsetTags.during(info.fingerprint(), () -> writing.createPDF(pdf, true, firstPageNumber));
            } catch (DocumentException e) {
                throw new IOException("the PDF could not be written: " + e.getMessage(), e);
            } finally {
                renderer = null;
            }
            out.write(ArchivalWriter.withDocumentId(pdf.toByteArray(), info.fingerprint()));
        }
    }

    /** Opens only the page's own folder and the engine's built-in stylesheet; never a network. */
    private static final class LocalOnlyUserAgent extends ITextUserAgent {
        private static final URL ENGINE_CSS = ITextRenderer.class.getResource("/resources/css/XhtmlNamespaceHandler.css");

        private final Path folder;

        LocalOnlyUserAgent(ITextOutputDevice device, URI base) {
            super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
            this.folder = Path.of(base).normalize();
        }

        @Override
        protected InputStream openStream(String uri) throws IOException {
            return openConnection(uri).getInputStream();
        }

        @Override
        protected URLConnection openConnection(String uri) throws IOException {
            if (!allowed(uri)) {
                throw new IOException("Debrief does not load " + uri);
            }
            return URI.create(uri).toURL().openConnection();
        }

        private boolean allowed(String uri) {
            if (uri == null) {
                return false;
            }
            if (ENGINE_CSS != null && ENGINE_CSS.toString().equals(uri)) {
                return true;
            }
            try {
                URI parsed = URI.create(uri);
                if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                    return false;
                }
                Path path = Path.of(parsed).normalize();
                return path.startsWith(folder);
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return false;
            }
        }
    }
}
