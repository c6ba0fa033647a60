package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.ArchiveSamples;
import dev.debrief.PdfA;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every PDF Debrief writes passes veraPDF as PDF/A-3b: any failed rule fails the test. */
class PdfATest {
    static List<Path> examples() throws Exception {
        return ArchiveSamples.examples();
    }

    static byte[] render(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        return run.stdout();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsPdfA3b(Path example) throws Exception {
        assertEquals(List.of(), PdfA.failedRules(render("render", example.toString(), "-o", "-")));
    }

    @Test
    void picturesLinksAndAWatermarkArePdfA3b(@TempDir Path dir) throws Exception {
        Path incident = ArchiveSamples.picturesLinksAndWatermark(dir);
        assertEquals(List.of(), PdfA.failedRules(render("render", incident.toString(), "-o", "-")));
    }

    @Test
    void everyScriptAndEmojiIsPdfA3b() throws Exception {
        assertEquals(List.of(), PdfA.failedRules(render("render", ArchiveSamples.SCRIPTS.toString(), "-o", "-")));
    }

    @Test
    void anExternalCopyIsPdfA3b() throws Exception {
        assertEquals(List.of(), PdfA.failedRules(render("render", ArchiveSamples.INTERNAL_EVERYWHERE.toString(),
                "--audience", "external", "--page-size", "LETTER", "-o", "-")));
    }

    @Test
    void aDocumentWithManySourcesAsAPackHasIsPdfA3b() throws Exception {
        assertEquals(List.of(), PdfA.failedRules(ArchiveSamples.withSources(examples())));
    }

    /** The check can fail: a plain PDF claims no conformance and has no output intent. */
    @Test
    void noPdfaWritesAPlainPdfThatVeraPdfRejects() throws Exception {
        List<String> failed = PdfA.failedRules(render("render", examples().get(0).toString(), "--no-pdfa", "-o", "-"));
        assertTrue(failed.stream().anyMatch(rule -> rule.startsWith("6.6.4-1")), failed.toString());
        assertTrue(failed.stream().anyMatch(rule -> rule.startsWith("6.2.4.3-2")), failed.toString());
    }
}
