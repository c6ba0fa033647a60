package dev.debrief.render;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.Fingerprint;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import org.w3c.dom.Document;

/** Lays out an XHTML document and writes it as PDF; the one place the HTML engine is used. */
interface PdfEngine {
    /**
     * Lays the page out, ready to be measured and written.
     *
     * @param base the folder relative links (the stylesheet) resolve against, and the only folder the engine may
     *             read from besides its own resources: pictures arrive in the page as {@code data:} URIs; nothing
     *             is fetched
     */
    Layout layout(Document page, URI base) throws IOException;

    /** Lays out and writes a document that stands alone: its pages are numbered from 1. */
    default void write(Document page, URI base, DocumentInfo info, OutputStream out) throws IOException {
        layout(page, base).write(out, 1, info);
    }

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

    /**
     * What makes the PDF archival and reproducible besides its pages (title, author, subject and keywords come
     * from the page's meta tags).
     *
     * @param fingerprint the document ID, and the seed of whatever else must look arbitrary
     */
    record DocumentInfo(ArchiveInfo archive, Fingerprint fingerprint) {}
}
