package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.ArchiveSamples;
import dev.debrief.Pdfs;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * An external copy leaks nothing internal, anywhere in the PDF: not in the raw bytes, not inside any stream
 * once decompressed (pages, fonts, metadata, the embedded source), not in the text a reader extracts.
 */
class ExternalLeakTest {
    /** Every internal string of the test file (items, authors, owners, comments) contains "Hush". */
    static final Pattern INTERNAL = Pattern.compile("(?i)hush[\\w-]*");

    static Set<String> internalStrings() throws Exception {
        Set<String> found = new TreeSet<>();
        Matcher m = INTERNAL.matcher(Files.readString(ArchiveSamples.INTERNAL_EVERYWHERE));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void anExternalPdfHoldsNoInternalString() throws Exception {
        Set<String> internal = internalStrings();
        assertTrue(internal.size() >= 15, internal.toString());
        List<String> leaks = leaks(pdf("--audience", "external"), internal);
        assertEquals(List.of(), leaks);
    }

    /** The search finds what is there: the internal copy shows the same strings in its text and its source. */
    @Test
    void theSearchFindsInternalStringsInAnInternalPdf() throws Exception {
        Set<String> internal = internalStrings();
        List<String> leaks = leaks(pdf(), internal);
        assertTrue(leaks.containsAll(internal.stream().map(s -> s + " in a stream").toList()), leaks.toString());
        assertTrue(leaks.contains("Hushtimeline in the text"), leaks.toString());
    }

    private static byte[] pdf(String... audience) {
        List<String> args = new ArrayList<>(List.of("render", ArchiveSamples.INTERNAL_EVERYWHERE.toString(), "-o",
                "-"));
        args.addAll(List.of(audience));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        return run.stdout();
    }

    /** Where each internal string shows up: in the raw bytes, in a decoded stream, or in the page text. */
    private static List<String> leaks(byte[] pdf, Set<String> internal) throws Exception {
        List<String> haystacks = new ArrayList<>();
        haystacks.add("raw bytes\u0000" + new String(pdf, StandardCharsets.ISO_8859_1));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSBase object = document.getDocument().getObjectFromPool(key).getObject();
                if (object instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        haystacks.add("a stream\u0000" + new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            text = Pdfs.text(document);
        }
        haystacks.add("the text\u0000" + text);
        List<String> found = new ArrayList<>();
        for (String needle : internal) {
            // As written, as UTF-8 bytes seen one byte per char, and as UTF-16 (PDF text strings).
            List<String> forms = List.of(needle, new String(needle.getBytes(StandardCharsets.UTF_16BE),
                    StandardCharsets.ISO_8859_1));
            for (String haystack : haystacks) {
                String where = haystack.substring(0, haystack.indexOf('\u0000'));
                String hay = haystack.substring(where.length() + 1).toLowerCase(java.util.Locale.ROOT);
                if (forms.stream().anyMatch(f -> hay.contains(f.toLowerCase(java.util.Locale.ROOT)))
                        && !found.contains(needle + " in " + where)) {
                    found.add(needle + " in " + where);
                }
            }
        }
        assertFalse(haystacks.size() < 10, "too few streams decoded: " + haystacks.size());
        return found;
    }
}
