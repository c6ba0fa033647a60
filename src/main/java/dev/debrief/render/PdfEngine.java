package dev.debrief.render;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.Fingerprint;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.w3c.dom.Document;

/** Lays out an XHTML document and writes it as PDF; the one place the HTML engine is used. */
interface PdfEngine {
    /**
     * @param base the folder relative links (the stylesheet) resolve against, and the only folder the engine may
     *             read from besides its own resources: pictures arrive in the page as {@code data:} URIs; nothing
     *             is fetched
     */
    void write(Document page, URI base, DocumentInfo info, OutputStream out) throws IOException;

    /**
     * What makes the PDF archival and reproducible besides its pages (title, author, subject and keywords come
     * from the page's meta tags).
     *
     * @param fingerprint the document ID, and the seed of whatever else must look arbitrary
     */
    record DocumentInfo(ArchiveInfo archive, Fingerprint fingerprint) {}
}
