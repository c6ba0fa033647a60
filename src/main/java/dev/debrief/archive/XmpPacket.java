package dev.debrief.archive;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;

/**
 * The XMP metadata packet of an archival PDF. It says what the document information dictionary says, entry for
 * entry (PDF/A-3 6.6.2.3.1), and, for PDF/A, which part and level the file claims.
 *
 * <p>Written as text rather than with an XMP library: the packet is small and fixed in shape, and a DOM and XML
 * transformer would cost more at start-up than the whole packet is worth. Every value is XML-escaped.
 */
public final class XmpPacket {
    /**
     * The document information an XMP packet repeats. A null or blank value is left out, as it must then also be
     * left out of the information dictionary.
     */
    public record Metadata(String title, String author, String subject, String keywords, String creatorTool,
            String producer, String language) {}

    private XmpPacket() {}

    /** The packet, UTF-8 encoded. */
    public static byte[] of(Metadata metadata, ZonedDateTime created, boolean pdfa) {
        String date = DocumentDates.xmp(created);
        StringBuilder xmp = new StringBuilder(2048);
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\"\n")
                .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
                .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
                .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
        if (pdfa) {
            xmp.append("\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        }
        xmp.append(">\n");
        xmp.append("   <dc:format>application/pdf</dc:format>\n");
        if (present(metadata.title())) {
            xmp.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(metadata.title()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (present(metadata.author())) {
            xmp.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(metadata.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (present(metadata.subject())) {
            xmp.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(metadata.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (present(metadata.language())) {
            xmp.append("   <dc:language><rdf:Bag><rdf:li>").append(escape(metadata.language()))
                    .append("</rdf:li></rdf:Bag></dc:language>\n");
        }
        if (present(metadata.keywords())) {
            xmp.append("   <pdf:Keywords>").append(escape(metadata.keywords())).append("</pdf:Keywords>\n");
        }
        if (present(metadata.producer())) {
            xmp.append("   <pdf:Producer>").append(escape(metadata.producer())).append("</pdf:Producer>\n");
        }
        if (present(metadata.creatorTool())) {
            xmp.append("   <xmp:CreatorTool>").append(escape(metadata.creatorTool())).append("</xmp:CreatorTool>\n");
        }
        xmp.append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        if (pdfa) {
            xmp.append("   <pdfaid:part>3</pdfaid:part>\n").append("   <pdfaid:conformance>B</pdfaid:conformance>\n");
        }
        xmp.append("  </rdf:Description>\n").append(" </rdf:RDF>\n").append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"r\"?>");
        return xmp.toString().getBytes(StandardCharsets.UTF_8);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** XML text: markup characters escaped, and characters XML 1.0 cannot carry at all left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (legal) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
