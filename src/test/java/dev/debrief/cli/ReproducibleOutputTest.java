package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.ArchiveSamples;
import dev.debrief.Pdfs;
import dev.debrief.archive.Archiving;
import dev.debrief.archive.Fingerprint;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.render.Renderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input, templates, fonts and version give the same PDF bytes: whenever, wherever, on any thread. */
class ReproducibleOutputTest {
    static final String EXAMPLE = "examples/checkout-database-misconfiguration.yaml";

    static byte[] render(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        return run.stdout();
    }

    @Test
    void twoRunsASecondApartWriteTheSameBytes() throws Exception {
        byte[] first = render("render", EXAMPLE, "-o", "-");
        Thread.sleep(1100);
        assertArrayEquals(first, render("render", EXAMPLE, "-o", "-"));
    }

    @Test
    void whereTheOutputGoesChangesNothing(@TempDir Path dir) throws Exception {
        render("render", EXAMPLE, "-o", dir.resolve("one.pdf").toString());
        render("render", EXAMPLE, "--output-dir", dir.resolve("deeper/folder").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.pdf")),
                Files.readAllBytes(dir.resolve("deeper/folder/INC-2024-0522-01.pdf")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.pdf")), render("render", EXAMPLE, "-o", "-"));
    }

    @Test
    void fourThreadsWriteWhatOneThreadWrites() throws Exception {
        List<Path> examples = ArchiveSamples.examples();
        List<byte[]> alone = new ArrayList<>();
        for (Path example : examples) {
            alone.add(Pdfs.render(example).bytes());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Path example : examples) {
                    parallel.add(pool.submit(() -> Pdfs.render(example).bytes()));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertArrayEquals(alone.get(i % examples.size()), parallel.get(i).get(),
                        examples.get(i % examples.size()).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every command renders through the one pipeline: it makes what render writes, sources and dates included. */
    @Test
    void thePipelineMakesWhatRenderWrites() throws Exception {
        Pipeline pipeline = Pipeline.of(Install.renderer(null, null).pageSize(Renderer.PageSize.A4).build(), Optional.empty())
                .with(Archiving.of(true, System.getenv()));
        assertArrayEquals(render("render", EXAMPLE, "-o", "-"), pipeline.render(Path.of(EXAMPLE)).pdf());
    }

    @Test
    void benchMeasuresTheArchivalPdfThatRenderWrites() {
        CommandRun bench = CommandRun.of("bench", EXAMPLE, "--warmup", "0", "--iterations", "1");
        assertEquals(ExitCode.OK, bench.exitCode(), bench.stderr());
        String out = new String(bench.stdout(), StandardCharsets.UTF_8);
        assertTrue(out.contains("PDF bytes per round: " + render("render", EXAMPLE, "-o", "-").length + "\n"), out);
    }

    /** Nothing of one process (identity hash codes, random seeds, the clock) reaches the bytes. */
    @Test
    void aFreshJvmWritesTheSameBytes(@TempDir Path dir) throws Exception {
        assertArrayEquals(render("render", EXAMPLE, "-o", "-"), renderInFreshJvm(dir, Map.of()));
    }

    @Test
    void sourceDateEpochDatesTheDocument(@TempDir Path dir) throws Exception {
        byte[] pdf = renderInFreshJvm(dir, Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("D:20231114221320Z", document.getDocumentInformation().getCOSObject()
                    .getString(COSName.CREATION_DATE));
            assertEquals("D:20231114221320Z", document.getDocumentInformation().getCOSObject()
                    .getString(COSName.MOD_DATE));
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>"), xmp);
        }
    }

    /** The example rendered by {@code debrief} in a JVM of its own, with {@code environment} added to its own. */
    private static byte[] renderInFreshJvm(Path dir, Map<String, String> environment) throws Exception {
        Path pdf = dir.resolve("fresh.pdf");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Main.class.getName(), "render", EXAMPLE, "-o", pdf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().putAll(environment);
        Process java = builder.start();
        assertTrue(java.waitFor(120, TimeUnit.SECONDS), "the second JVM did not finish");
        assertEquals(0, java.exitValue(), Files.readString(dir.resolve("log.txt")));
        return Files.readAllBytes(pdf);
    }

    @Test
    void theDocumentIdIsTheFingerprintPrintedOnTheLastPage() throws Exception {
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", "-", "--verbose");
        try (PDDocument pdf = Loader.loadPDF(run.stdout())) {
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            byte[] first = ((COSString) id.getObject(0)).getBytes();
            assertArrayEquals(first, ((COSString) id.getObject(1)).getBytes());
            String fingerprint = new Fingerprint(first).text();
            List<String> pages = Pdfs.pageTexts(pdf);
            assertTrue(pages.get(pages.size() - 1).contains("Fingerprint " + fingerprint), pages.get(pages.size() - 1));
            for (int page = 0; page < pages.size() - 1; page++) {
                assertTrue(!pages.get(page).contains("Fingerprint"), "fingerprint on page " + (page + 1));
            }
            assertTrue(run.stderr().contains("fingerprint " + fingerprint), run.stderr());
        }
    }

    @Test
    void whatDecidesTheBytesDecidesTheFingerprint(@TempDir Path dir) throws Exception {
        Set<String> ids = new TreeSet<>();
        ids.add(documentId(render("render", EXAMPLE, "-o", "-")));
        ids.add(documentId(render("render", EXAMPLE, "-o", "-", "--audience", "external")));
        ids.add(documentId(render("render", EXAMPLE, "-o", "-", "--page-size", "LETTER")));
        ids.add(documentId(render("render", EXAMPLE, "-o", "-", "--no-pdfa")));
        Path edited = dir.resolve("checkout-database-misconfiguration.yaml");
        Files.writeString(edited, Files.readString(Path.of(EXAMPLE)) + "# one more comment\n");
        ids.add(documentId(render("render", edited.toString(), "-o", "-")));
        Path templates = dev.debrief.render.EscapingTestAccess.copyTemplates(dir);
        Files.writeString(templates.resolve("report.css"), "\n/* a designer's note */\n",
                StandardOpenOption.APPEND);
        ids.add(documentId(render("render", EXAMPLE, "-o", "-", "--templates", templates.toString())));
        assertEquals(6, ids.size(), ids.toString());
    }

    /** Subset tags look arbitrary, as PDF requires, but come from the document: other documents get others. */
    @Test
    void fontSubsetTagsComeFromTheDocument() throws Exception {
        String checkout = subsetTag(render("render", EXAMPLE, "-o", "-"));
        assertEquals(checkout, subsetTag(render("render", EXAMPLE, "-o", "-")));
        assertNotEquals(checkout, subsetTag(render("render", "examples/format-page-example.yaml", "-o", "-")));
        assertTrue(checkout.matches("[A-Z]{6}"), checkout);
    }

    private static String documentId(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            return HexFormat.of().formatHex(((COSString) id.getObject(0)).getBytes());
        }
    }

    private static String subsetTag(byte[] pdf) {
        Matcher tag = Pattern.compile("/BaseFont/([A-Z]{6})\\+NotoSans-Regular")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertTrue(tag.find(), "no NotoSans-Regular subset");
        return tag.group(1);
    }
}
