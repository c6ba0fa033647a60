package dev.debrief.render;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;

/** Lays out an XHTML document and writes it as PDF; the one place the HTML engine is used. */
interface PdfEngine {
    /**
     * Lays the page out, ready to be measured and written.
     *
     * @param base the folder relative links (the stylesheet) resolve against
     * @param readable the only resources the engine may open besides its own; nothing is fetched
     */
    Layout layout(Document page, URI base, Set<URI> readable) throws IOException;

    /** A laid-out document: its pages are known, and it can be written once. */
    interface Layout {
        int pages();

        /** The page (0 for the first) on which each element with an id starts. */
        Map<String, Integer> pagesOfIds();

        /**
         * Writes the PDF; {@code counter(page)} counts from {@code firstPageNumber}, so that a document which
         * continues another can number its pages on from it.
         */
        void write(OutputStream out, int firstPageNumber, DocumentInfo info) throws IOException;
    }

    /** What goes into the PDF's information dictionary besides what the page's meta tags carry. */
    record DocumentInfo(java.time.ZonedDateTime created) {}
}
