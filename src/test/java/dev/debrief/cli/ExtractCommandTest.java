package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.ArchiveSamples;
import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import dev.debrief.load.RedactedYaml;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractCommandTest {
    static List<Path> examples() throws Exception {
        return ArchiveSamples.examples();
    }

    static CommandRun ok(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        return run;
    }

    static Path renderTo(Path pdf, String... extra) {
        ok(List.of(List.of("render"), List.of(extra), List.of("-o", pdf.toString())).stream().flatMap(List::stream)
                .toArray(String[]::new));
        return pdf;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void extractGivesTheSourceBackByteForByte(Path example, @TempDir Path dir) throws Exception {
        Path pdf = renderTo(dir.resolve("report.pdf"), example.toString());
        assertArrayEquals(Files.readAllBytes(example), ok("extract", pdf.toString()).stdout());
        ok("extract", pdf.toString(), "-o", dir.resolve("back.yaml").toString());
        assertArrayEquals(Files.readAllBytes(example), Files.readAllBytes(dir.resolve("back.yaml")));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void renderingTheExtractedFileGivesTheSamePdf(Path example, @TempDir Path dir) throws Exception {
        Path pdf = renderTo(dir.resolve("first.pdf"), example.toString());
        Path extracted = dir.resolve("elsewhere").resolve(example.getFileName());
        Files.createDirectories(extracted.getParent());
        ok("extract", pdf.toString(), "-o", extracted.toString());
        Path again = renderTo(dir.resolve("again.pdf"), extracted.toString());
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(again));
    }

    @Test
    void anExternalCopyHoldsTheRedactedSourceAndRendersAgainTheSame(@TempDir Path dir) throws Exception {
        Path source = ArchiveSamples.INTERNAL_EVERYWHERE;
        Path pdf = renderTo(dir.resolve("external.pdf"), source.toString(), "--audience", "external");
        byte[] extracted = ok("extract", pdf.toString()).stdout();
        assertEquals(RedactedYaml.of(source, Files.readString(source)), new String(extracted, StandardCharsets.UTF_8));
        Path copy = dir.resolve("copy").resolve(source.getFileName());
        Files.createDirectories(copy.getParent());
        Files.write(copy, extracted);
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(renderTo(dir.resolve("again.pdf"),
                copy.toString())));
    }

    @Test
    void anExistingFolderAsOutputGetsTheStoredName(@TempDir Path dir) throws Exception {
        Path pdf = renderTo(dir.resolve("report.pdf"), examples().get(0).toString());
        Files.createDirectories(dir.resolve("folder"));
        ok("extract", pdf.toString(), "-o", dir.resolve("folder").toString());
        assertArrayEquals(Files.readAllBytes(examples().get(0)),
                Files.readAllBytes(dir.resolve("folder").resolve(examples().get(0).getFileName())));
    }

    @Test
    void allWritesEverySourceIntoTheFolder(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("pack.pdf");
        Files.write(pdf, ArchiveSamples.withSources(examples()));
        CommandRun run = ok("extract", pdf.toString(), "--all", "-o", dir.resolve("sources").toString());
        for (Path example : examples()) {
            assertArrayEquals(Files.readAllBytes(example), Files.readAllBytes(dir.resolve("sources")
                    .resolve(example.getFileName())), example.toString());
        }
        assertEquals(examples().size(), run.stderr().lines().filter(l -> l.startsWith("debrief: wrote ")).count());
    }

    @Test
    void severalSourcesNeedAll(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("pack.pdf");
        Files.write(pdf, ArchiveSamples.withSources(examples().subList(0, 2)));
        CommandRun run = CommandRun.of("extract", pdf.toString(), "-o", dir.resolve("one.yaml").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("debrief: " + pdf + ": holds 2 incident files (" + examples().get(0).getFileName() + ", "
                + examples().get(1).getFileName() + "); use --all -o DIR to write them all\n", run.stderr());
        assertFalse(Files.exists(dir.resolve("one.yaml")));
    }

    @Test
    void allNeedsAFolder(@TempDir Path dir) throws Exception {
        Path pdf = renderTo(dir.resolve("report.pdf"), examples().get(0).toString());
        CommandRun run = CommandRun.of("extract", pdf.toString(), "--all");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("debrief: --all writes files into a folder: name it with -o DIR\n", run.stderr());
    }

    @Test
    void aFileThatIsNotAPdfIsRefused() throws Exception {
        CommandRun run = CommandRun.of("extract", examples().get(0).toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(examples().get(0) + ":1:1: error: not a PDF file [unreadable-pdf]\n", run.stderr());
    }

    @Test
    void aPdfWithoutASourceIsRefused(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("bare.pdf");
        Report report = Pdfs.pipeline().report(IncidentLoader.parse(dir.resolve("t.yaml"), TestIncidents.CORE));
        ByteArrayOutputStream bare = new ByteArrayOutputStream();
        Pdfs.renderer().render(report, Pdfs.archive(report, List.of()), bare, w -> { });
        Files.write(pdf, bare.toByteArray());
        CommandRun run = CommandRun.of("extract", pdf.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(pdf + ":1:1: error: the PDF holds no embedded incident file [no-source]\n", run.stderr());
        assertEquals(0, run.stdout().length);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        CommandRun run = CommandRun.of("extract", dir.resolve("nothing.pdf").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(dir.resolve("nothing.pdf") + ":1:1: error: cannot read the file: no such file [unreadable]\n",
                run.stderr());
    }

    @Test
    void theInputIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path pdf = renderTo(dir.resolve("report.pdf"), examples().get(0).toString());
        byte[] before = Files.readAllBytes(pdf);
        CommandRun run = CommandRun.of("extract", pdf.toString(), "-o", dir.resolve("./report.pdf").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("it is the input file"), run.stderr());
        assertArrayEquals(before, Files.readAllBytes(pdf));
    }

    /** A name stored in the PDF is untrusted: only its last part is used, inside the folder. */
    @Test
    void aStoredNameCannotReachOutOfTheFolder(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("hostile.pdf");
        Files.write(pdf, withSource(renderTo(dir.resolve("report.pdf"), examples().get(0).toString()), file -> {
            file.setFileUnicode("../../escaped.yaml");
            file.setFile("../../escaped.yaml");
        }));
        ok("extract", pdf.toString(), "--all", "-o", dir.resolve("out").toString());
        assertArrayEquals(Files.readAllBytes(examples().get(0)), Files.readAllBytes(dir.resolve("out/escaped.yaml")));
        assertFalse(Files.exists(dir.resolve("escaped.yaml")) || Files.exists(dir.getParent().resolve("escaped.yaml")));
    }

    @Test
    void aDamagedSourceIsRefused(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("damaged.pdf");
        Files.write(pdf, withSource(renderTo(dir.resolve("report.pdf"), examples().get(0).toString()), file -> {
            COSDictionary params = file.getEmbeddedFileUnicode().getCOSObject().getCOSDictionary(COSName.PARAMS);
            params.setItem(COSName.getPDFName("CheckSum"), new COSString(new byte[16]));
        }));
        CommandRun run = CommandRun.of("extract", pdf.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(pdf + ":1:1: error: source " + examples().get(0).getFileName()
                + " is damaged: its checksum does not match [unreadable-pdf]\n", run.stderr());
    }

    interface FileChange {
        void apply(PDComplexFileSpecification file) throws Exception;
    }

    /** The PDF with its first associated file changed, as another tool might change it. */
    private static byte[] withSource(Path pdf, FileChange change) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            change.apply(new PDComplexFileSpecification((COSDictionary) associated.getObject(0)));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
