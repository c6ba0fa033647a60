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
import java.util.Set;
import java.util.stream.Collectors;
import org.openpdf.pdf.DefaultPDFCreationListener;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.ITextUserAgent;
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
    public void write(Document page, URI base, DocumentInfo info, OutputStream out) throws IOException {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(device, new LocalOnlyUserAgent(device, base));
        ITextFontResolver resolver = renderer.getFontResolver();
        for (FontSet.Face face : fonts.faces()) {
            resolver.addFont(face.font(), face.file().toString(), null);
        }
        BuiltInFonts.replace(resolver, fonts.primary());
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
        renderer.getSharedContext().setLineBreakingStrategy(LINE_BREAKS);
        renderer.setDocument(page, base.toString());
        renderer.layout();
        renderer.setPdfPageEvent(Watermarks.of(page, renderer, Watermarks.font(fonts)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            SubsetTags.during(info.fingerprint(), () -> renderer.createPDF(pdf));
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
        out.write(ArchivalWriter.withDocumentId(pdf.toByteArray(), info.fingerprint()));
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
