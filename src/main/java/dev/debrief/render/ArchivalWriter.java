package dev.debrief.render;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.DocumentDates;
import dev.debrief.archive.Fingerprint;
import dev.debrief.archive.Source;
import dev.debrief.archive.SrgbProfile;
import dev.debrief.archive.XmpPacket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Makes the PDF that OpenPDF is writing archival (PDF/A-3b unless turned off) and reproducible, from inside the
 * writer: XMP metadata that repeats the information dictionary, an sRGB output intent, the sources embedded as
 * associated files, dates from the {@link ArchiveInfo}, and the fingerprint as the document ID.
 *
 * <p>Why inside the writer, not a post-process that loads the engine's bytes with PDFBox, fixes them and saves:
 * measured side by side on the 3-page checkout example (the shared 2-core machine, C1 only as the launcher runs
 * it), a PDFBox load and save alone costs 2-3.5 ms per document warm, and 45-70 ms in a fresh JVM even with the
 * launcher's AOT cache, as PDFBox's parser, writer and logging start up. The work here (XMP, output intent,
 * embedded source) costs about 0.6 ms warm under the same conditions and starts no library the engine has not
 * started already; the only byte work left is the document ID, a same-length patch in the last kilobyte.
 */
final class ArchivalWriter {
    private static final PdfName AF_RELATIONSHIP = new PdfName("AFRelationship");
    private static final PdfName SOURCE = new PdfName("Source");
    /** OpenPDF ends its trailer with {@code /ID [<32 hex><32 hex>]}; both halves are random. */
    private static final Pattern DOCUMENT_ID = Pattern.compile("/ID \\[<([0-9a-fA-F]{32})><([0-9a-fA-F]{32})>]");
    private static final int TRAILER_WINDOW = 1024;

    private ArchivalWriter() {}

    /**
     * Completes the document just before it closes: its pages are written, its catalog and information
     * dictionary not yet.
     *
     * @param creator the tool that made the document, e.g. {@code Debrief 0.1.0}
     * @param language the document's language from the page ({@code <html lang>}), or blank
     */
    static void complete(PdfWriter writer, ArchiveInfo archive, String creator, String language) throws IOException {
        PdfDictionary info = writer.getInfo();
        XmpPacket.Metadata metadata = new XmpPacket.Metadata(text(info, PdfName.TITLE), text(info, PdfName.AUTHOR),
                text(info, PdfName.SUBJECT), text(info, PdfName.KEYWORDS), creator, text(info, PdfName.PRODUCER),
                language);
        // What the page's meta tags left empty is left out of both, so the two always agree.
        putOrRemove(info, PdfName.TITLE, metadata.title());
        putOrRemove(info, PdfName.AUTHOR, metadata.author());
        putOrRemove(info, PdfName.SUBJECT, metadata.subject());
        putOrRemove(info, PdfName.KEYWORDS, metadata.keywords());
        putOrRemove(info, PdfName.CREATOR, creator);
        String date = DocumentDates.pdf(archive.created());
        info.put(PdfName.CREATIONDATE, new PdfString(date));
        info.put(PdfName.MODDATE, new PdfString(date));
        writer.setXmpMetadata(XmpPacket.of(metadata, archive.created(), archive.pdfa()));

        PdfDictionary catalog = writer.getExtraCatalog();
        if (!language.isBlank()) {
            catalog.put(PdfName.LANG, new PdfString(language));
        }
        if (archive.pdfa()) {
            catalog.put(PdfName.OUTPUTINTENTS, new PdfArray(outputIntent(writer)));
        }
        PdfArray associated = new PdfArray();
        for (Source source : archive.sources()) {
            associated.add(embed(writer, source, date));
        }
        if (!associated.isEmpty()) {
            catalog.put(PdfName.AF, associated);
        }
    }

    /** The finished PDF with {@code fingerprint} as its document ID, in place of the engine's random one. */
    static byte[] withDocumentId(byte[] pdf, Fingerprint fingerprint) {
        int from = Math.max(0, pdf.length - TRAILER_WINDOW);
        String tail = new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1);
        Matcher id = DOCUMENT_ID.matcher(tail);
        int trailer = tail.lastIndexOf("trailer");
        if (trailer < 0 || !id.find(trailer)) {
            throw new IllegalStateException("the PDF engine wrote no document ID where one was expected");
        }
        byte[] hex = fingerprint.hex().getBytes(StandardCharsets.US_ASCII);
        byte[] patched = pdf.clone();
        System.arraycopy(hex, 0, patched, from + id.start(1), hex.length);
        System.arraycopy(hex, 0, patched, from + id.start(2), hex.length);
        return patched;
    }

    /** PDF/A's statement of what the page's RGB means: sRGB (ISO 19005-3, 6.2.4.3). */
    private static PdfDictionary outputIntent(PdfWriter writer) throws IOException {
        PdfStream profile = new PdfStream(SrgbProfile.bytes());
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress(writer.getCompressionLevel());
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SrgbProfile.CONDITION));
        intent.put(PdfName.INFO, new PdfString(SrgbProfile.CONDITION));
        intent.put(PdfName.REGISTRYNAME, new PdfString(SrgbProfile.REGISTRY));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        return intent;
    }

    /** The source as an embedded file associated with the document: a PDF/A-3 associated file (6.8). */
    private static PdfIndirectReference embed(PdfWriter writer, Source source, String date) throws IOException {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.CHECKSUM, new PdfString(source.checksum()).setHexWriting(true));
        params.put(PdfName.MODDATE, new PdfString(date));
        PdfFileSpecification file = PdfFileSpecification.fileEmbedded(writer, null, source.name(), source.content(),
                Source.MEDIA_TYPE, params, writer.getCompressionLevel());
        file.put(AF_RELATIONSHIP, SOURCE);
        // Writes the file specification and lists it among the document's attachments under its file name.
        writer.addFileAttachment(source.name(), file);
        return file.getReference();
    }

    private static String text(PdfDictionary info, PdfName key) {
        PdfObject value = info.get(key);
        return value instanceof PdfString string ? string.toUnicodeString().strip() : "";
    }

    private static void putOrRemove(PdfDictionary info, PdfName key, String value) {
        if (value != null && !value.isBlank()) {
            info.put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
        } else {
            info.remove(key);
        }
    }
}
