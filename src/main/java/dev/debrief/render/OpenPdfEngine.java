package dev.debrief.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.GregorianCalendar;
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
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.w3c.dom.Document;

/** The openpdf-html engine: one renderer and user agent per document, fonts shared from a {@link FontSet}. */
final class OpenPdfEngine implements PdfEngine {
    private final FontSet fonts;
    private final String version;

    OpenPdfEngine(FontSet fonts, String version) {
        this.fonts = fonts;
        this.version = version;
    }

    @Override
    public Layout layout(Document page, URI base, Set<URI> readable) {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(device, new LocalOnlyUserAgent(device, base, readable));
        ITextFontResolver resolver = renderer.getFontResolver();
        for (FontSet.Face face : fonts.faces()) {
            resolver.addFont(face.font(), face.file().toString(), null);
        }
        renderer.setDocument(page, base.toString());
        renderer.layout();
        return new LaidOut(renderer);
    }

    /** One laid-out document; the engine's renderer is kept until it is written, then let go. */
    private final class LaidOut implements Layout {
        private ITextRenderer renderer;

        LaidOut(ITextRenderer renderer) {
            this.renderer = renderer;
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
            renderer.setListener(new DefaultPDFCreationListener() {
                @Override
                public void onClose(ITextRenderer closing) {
                    var dictionary = closing.getWriter().getInfo();
                    GregorianCalendar created = GregorianCalendar.from(info.created());
                    dictionary.put(PdfName.CREATIONDATE, new PdfDate(created));
                    dictionary.put(PdfName.MODDATE, new PdfDate(created));
                    dictionary.put(PdfName.CREATOR, new PdfString("Debrief " + version, PdfString.TEXT_UNICODE));
                }
            });
            try {
                // The renderer closes the stream it writes to; the caller owns ours.
                renderer.createPDF(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                }, true, firstPageNumber);
            } catch (DocumentException e) {
                throw new IOException("the PDF could not be written: " + e.getMessage(), e);
            } finally {
                renderer = null;
            }
        }
    }

    /** Opens only the page's own folder, the listed files and the engine's built-in stylesheet; never a network. */
    private static final class LocalOnlyUserAgent extends ITextUserAgent {
        private static final URL ENGINE_CSS = ITextRenderer.class.getResource("/resources/css/XhtmlNamespaceHandler.css");

        private final Path folder;
        private final Set<Path> readable;

        LocalOnlyUserAgent(ITextOutputDevice device, URI base, Set<URI> readable) {
            super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
            this.folder = Path.of(base).normalize();
            this.readable = readable.stream().map(u -> Path.of(u).normalize()).collect(Collectors.toSet());
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
                return readable.contains(path) || path.startsWith(folder);
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return false;
            }
        }
    }
}
