package dev.debrief.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmpPacketTest {
    static final ZonedDateTime CREATED = ZonedDateTime.of(2024, 5, 22, 0, 0, 0, 0, ZoneOffset.UTC);

    static Document parse(byte[] xmp) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
    }

    @Test
    void markupInValuesIsEscapedAndReadsBackAsWritten() throws Exception {
        String title = "INC-1: <script>alert(1)</script> & \"quotes\" ]]> Сбой 🔥";
        Document xmp = parse(XmpPacket.of(new XmpPacket.Metadata(title, "A & B", null, null, "Debrief test", "P",
                "en"), CREATED, true));
        assertEquals(title, xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0)
                .getTextContent());
        assertEquals("A & B", xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0)
                .getTextContent());
    }

    @Test
    void absentValuesAreLeftOut() {
        String xmp = new String(XmpPacket.of(new XmpPacket.Metadata("T", " ", null, "", "Debrief", "P", ""), CREATED,
                true), StandardCharsets.UTF_8);
        assertFalse(xmp.contains("dc:creator") || xmp.contains("dc:description") || xmp.contains("pdf:Keywords")
                || xmp.contains("dc:language"), xmp);
    }

    @Test
    void onlyAPdfAPacketClaimsPdfA3b() {
        XmpPacket.Metadata metadata = new XmpPacket.Metadata("T", null, null, null, "Debrief", "P", "en");
        String pdfa = new String(XmpPacket.of(metadata, CREATED, true), StandardCharsets.UTF_8);
        String plain = new String(XmpPacket.of(metadata, CREATED, false), StandardCharsets.UTF_8);
        assertTrue(pdfa.contains("<pdfaid:part>3</pdfaid:part>") && pdfa.contains("<pdfaid:conformance>B<"), pdfa);
        assertFalse(plain.contains("pdfaid"), plain);
        assertTrue(plain.contains("<xmp:CreateDate>2024-05-22T00:00:00Z</xmp:CreateDate>"), plain);
    }
}
