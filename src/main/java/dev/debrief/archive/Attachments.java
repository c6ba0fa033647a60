package dev.debrief.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the sources embedded in a PDF back out: the files its catalog associates with it as its source
 * ({@code /AF}, {@code /AFRelationship /Source}), byte for byte, in the order they were embedded.
 */
public final class Attachments {
    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName SOURCE = COSName.getPDFName("Source");
    private static final COSName CHECKSUM = COSName.getPDFName("CheckSum");

    /** How far into a file the PDF header may start (as readers allow). */
    private static final int HEADER_WINDOW = 1024;

    private Attachments() {}

    /** A file that is not a PDF, or whose sources cannot be read back intact; the message says which. */
    public static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    /**
     * The sources inside {@code pdf}; empty when it holds none. Names are file names only (a name that tries to
     * reach into folders keeps its last part) and distinct.
     *
     * @throws UnreadableException when the bytes are not a PDF, or a source fails its size or checksum
     */
    public static List<Source> sources(byte[] pdf) throws UnreadableException {
        if (!hasHeader(pdf)) {
            throw new UnreadableException("not a PDF file");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(AF);
            List<Source> sources = new ArrayList<>();
            if (associated == null) {
                return sources;
            }
            for (int i = 0; i < associated.size(); i++) {
                if (associated.getObject(i) instanceof COSDictionary dictionary
                        && SOURCE.equals(dictionary.getCOSName(AF_RELATIONSHIP))) {
                    sources.add(source(new PDComplexFileSpecification(dictionary), sources.size() + 1));
                }
            }
            return Source.distinctNames(sources);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("the PDF is encrypted");
        } catch (IOException e) {
            throw new UnreadableException("not a readable PDF: " + e.getMessage());
        }
    }

    private static Source source(PDComplexFileSpecification file, int position)
            throws IOException, UnreadableException {
        String name = safeName(file.getFileUnicode() != null ? file.getFileUnicode() : file.getFile(), position);
        PDEmbeddedFile embedded = file.getEmbeddedFileUnicode() != null ? file.getEmbeddedFileUnicode()
                : file.getEmbeddedFile();
        if (embedded == null) {
            throw new UnreadableException("source " + name + " is named but its content is missing");
        }
        byte[] content = embedded.toByteArray();
        int size = embedded.getSize();
        if (size > 0 && size != content.length) {
            throw new UnreadableException("source " + name + " is damaged: " + content.length + " bytes instead of "
                    + size);
        }
        COSDictionary params = embedded.getCOSObject().getCOSDictionary(COSName.PARAMS);
        COSBase checksum = params == null ? null : params.getDictionaryObject(CHECKSUM);
        if (checksum instanceof COSString expected
                && !MessageDigest.isEqual(expected.getBytes(), new Source(name, content).checksum())) {
            throw new UnreadableException("source " + name + " is damaged: its checksum does not match");
        }
        return new Source(name, content);
    }

    /** The last part of a stored name, without control characters; never empty, {@code .} or {@code ..}. */
    private static String safeName(String stored, int position) {
        String name = stored == null ? "" : stored;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "source-" + position + ".yaml" : name;
    }

    private static boolean hasHeader(byte[] pdf) {
        String start = new String(pdf, 0, Math.min(pdf.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }
}
