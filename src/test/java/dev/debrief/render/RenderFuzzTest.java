package dev.debrief.render;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.debrief.Pdfs;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.load.IncidentLoader;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Any bytes that load render to a PDF that PDFBox reads back, Markdown and all; the project's templates never
 * fail on any input. Any exception, including a RenderException, is a bug. Without JAZZER_FUZZ this replays
 * the seeds and past findings in RenderFuzzTestInputs/; see docs/security.md.
 */
class RenderFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void rendersOrRefusesWithDiagnostics(byte[] input) throws Exception {
        IncidentLoader.Loaded loaded;
        try {
            loaded = IncidentLoader.parse(Path.of("fuzz.yaml"), input);
        } catch (InvalidInputException refused) {
            return;
        }
        byte[] pdf = Pdfs.pipeline().render(loaded).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() < 1) {
                throw new AssertionError("a PDF without pages");
            }
        } catch (IOException e) {
            throw new AssertionError("a PDF PDFBox cannot read: " + e.getMessage(), e);
        }
    }
}
