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
import org.openpdf.pdf.DefaultPDFCreationListener;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.ITextUserAgent;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.w3c.dom.Document;

/** The openpdf-html engine: one renderer and user agent per document, fonts shared from a {@link FontSet}. */
final class OpenPdfEngine implements PdfEngine {
    private static final LineBreaks LINE_BREAKS = new LineBreaks();

    private final FontSet fonts;
    private final String version;

    OpenPdfEngine(FontSet fonts, String version) {
        this.fonts = fonts;
        this.version = version;
    }

    @Override
    public void write(Document page, URI base, DocumentInfo info, OutputStream out) throws IOException {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(device, new LocalOnlyUserAgent(device, base));
        ITextFontResolver resolver = renderer.getFontResolver();
        for (FontSet.Face face : fonts.faces()) {
            resolver.addFont(face.font(), face.file().toString(), null);
        }
        BuiltInFonts.replace(resolver, fonts.primary());
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
        renderer.getSharedContext().setLineBreakingStrategy(LINE_BREAKS);
        renderer.setDocument(page, base.toString());
        renderer.layout();
        renderer.setPdfPageEvent(Watermarks.of(page, renderer, Watermarks.font(fonts)));
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
            });
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
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
