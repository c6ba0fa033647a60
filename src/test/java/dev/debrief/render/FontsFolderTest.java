package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.PdfFonts;
import dev.debrief.Pdfs;
import dev.debrief.load.IncidentLoader;
import dev.debrief.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fonts folder either serves the templates with embedded fonts only, or is refused before anything renders. */
class FontsFolderTest {
    @Test
    void aFolderWithoutTheBodyFontIsRefused(@TempDir Path dir) throws Exception {
        Path fonts = fonts(dir, List.of("DejaVuSans.ttf"), null);
        String message = refused(Pdfs.TEMPLATES, fonts);
        assertEquals("the body font `Noto Sans` (the body font when there is no fallback.txt) is not in fonts folder "
                + fonts + "; the families there are: DejaVu Sans", message);
    }

    @Test
    void aFallbackListWhoseFirstFamilyIsMissingIsRefused(@TempDir Path dir) throws Exception {
        Path fonts = fonts(dir, List.of("DejaVuSans.ttf", "NotoSansMono-Regular.ttf"), "Noto Sans\nDejaVu Sans\n");
        assertTrue(refused(Pdfs.TEMPLATES, fonts).startsWith("the body font `Noto Sans` (the first family in"
                + " fallback.txt) is not in fonts folder"));
    }

    @Test
    void aBodyFontWithoutLatinIsRefused(@TempDir Path dir) throws Exception {
        Path fonts = fonts(dir, List.of("NotoSansArabic-Regular.ttf"), "Noto Sans Arabic\n");
        assertEquals("the body font `Noto Sans Arabic` in " + fonts + " cannot set the page's text: it has no A B C"
                + " D E F G H (48 more); put a family with basic Latin first in fallback.txt",
                refused(Pdfs.TEMPLATES, fonts));
    }

    @Test
    void aFamilyTheStylesheetNamesMustBeInTheFolder(@TempDir Path dir) throws Exception {
        Path fonts = fonts(dir, List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"), null);
        assertEquals("report.css in " + Pdfs.TEMPLATES.toAbsolutePath() + " names the font family `Noto Sans Mono`,"
                + " which is not in fonts folder " + fonts + "; the families there are: Noto Sans",
                refused(Pdfs.TEMPLATES, fonts));
    }

    @Test
    void theStylesheetMustSetTheBodyInTheFoldersBodyFont(@TempDir Path dir) throws Exception {
        Path fonts = fonts(dir, List.of("NotoSans-Regular.ttf", "NotoSansMono-Regular.ttf", "DejaVuSans.ttf"),
                "DejaVu Sans\nNoto Sans\n");
        assertTrue(refused(Pdfs.TEMPLATES, fonts).contains("set the body in `Noto Sans`, but the body font of "
                + fonts + " is `DejaVu Sans` (first in fallback.txt)"));
    }

    @Test
    void anotherBodyFontServesWhenTheTemplatesNameIt(@TempDir Path dir) throws Exception {
        Path fonts = fonts(dir, List.of("DejaVuSans.ttf"), "DejaVu Sans\n");
        Path templates = templates(dir, css -> css.replace("\"Noto Sans Mono\"", "\"DejaVu Sans\"")
                .replace("\"Noto Sans\"", "\"DejaVu Sans\""));
        try (PDDocument pdf = render(templates, fonts, Path.of("examples/format-page-example.yaml"))) {
            assertEquals(List.of(), PdfFonts.notEmbedded(pdf));
            assertTrue(PdfFonts.all(pdf).stream().allMatch(f -> f.getName().endsWith("+DejaVuSans")),
                    PdfFonts.all(pdf).stream().map(f -> f.getName()).toList().toString());
            assertTrue(Pdfs.text(pdf).contains("Checkout down after a database"));
        }
    }

    @Test
    void genericAndUnknownFamiliesAreSetInTheEmbeddedBodyFont(@TempDir Path dir) throws Exception {
        // Generic families are allowed; the engine would set them in its built-in, never embedded, Times.
        Path templates = templates(dir, css -> css + "\nh1 { font-family: serif; }\n.tile-value { font-family:"
                + " monospace; }\n.eyebrow { font-family: sans-serif; }\n");
        try (PDDocument pdf = render(templates, Pdfs.FONTS, Path.of("examples/format-page-example.yaml"))) {
            assertEquals(List.of(), PdfFonts.notEmbedded(pdf));
            assertTrue(Pdfs.text(pdf).contains("Checkout down after a database"));
        }
    }

    @Test
    void noPdfOfTheExamplesOrTheTestIncidentsHoldsAFontThatIsNotEmbedded() throws Exception {
        List<Path> inputs;
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            inputs = Stream.concat(examples, Stream.of(Path.of("src/test/resources/testdata/scripts.yaml")))
                    .filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path input : inputs) {
            try (PDDocument pdf = Pdfs.render(input).open()) {
                assertEquals(List.of(), PdfFonts.notEmbedded(pdf), input.toString());
            }
        }
    }

    private static String refused(Path templates, Path fonts) {
        return assertThrows(IllegalArgumentException.class,
                () -> Renderer.builder().templates(templates).fonts(fonts).build()).getMessage();
    }

    private static PDDocument render(Path templates, Path fonts, Path input) throws Exception {
        Renderer renderer = Renderer.builder().templates(templates).fonts(fonts).build();
        Pipeline.Rendered rendered = Pipeline.of(renderer, Optional.empty()).render(IncidentLoader.load(input));
        return Loader.loadPDF(rendered.pdf());
    }

    /** A fonts folder with copies of some of the project's fonts, and this fallback.txt (null: none). */
    private static Path fonts(Path dir, List<String> files, String fallback) throws IOException {
        Path fonts = Files.createDirectory(dir.resolve("fonts"));
        for (String file : files) {
            Files.copy(Pdfs.FONTS.resolve(file), fonts.resolve(file));
        }
        if (fallback != null) {
            Files.writeString(fonts.resolve("fallback.txt"), fallback);
        }
        return fonts;
    }

    /** A copy of the project's templates with its stylesheet changed. */
    private static Path templates(Path dir, java.util.function.UnaryOperator<String> css) throws IOException {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        try (Stream<Path> files = Files.list(Pdfs.TEMPLATES)) {
            for (Path file : files.toList()) {
                Files.copy(file, templates.resolve(file.getFileName()));
            }
        }
        Files.writeString(templates.resolve("report.css"), css.apply(Files.readString(templates.resolve("report.css"))));
        return templates;
    }
}
