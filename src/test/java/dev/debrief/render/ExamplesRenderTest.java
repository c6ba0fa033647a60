package dev.debrief.render;

import static dev.debrief.Pdfs.plain;
import static dev.debrief.Pdfs.hasWordsInOrder;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Incident;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example renders, and the PDF read back holds what the incident says. */
class ExamplesRenderTest {
    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 6, "examples/ holds the five seeds and the format page's example");
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleRendersWithAllItsContent(Path example) throws Exception {
        Incident incident = IncidentLoader.load(example).incident();
        try (PDDocument pdf = Pdfs.render(example).open()) {
            String text = Pdfs.text(pdf);
            List<Runnable> checks = new ArrayList<>();
            checks.add(() -> assertTrue(hasWordsInOrder(text, incident.title()), "title"));
            checks.add(() -> assertTrue(hasWordsInOrder(text, incident.id()), "id"));
            for (TimelineEntry entry : incident.timeline()) {
                checks.add(() -> assertTrue(hasWordsInOrder(text, plain(entry.event().source())),
                        "timeline event: " + entry.event().source()));
            }
            for (Task task : incident.tasks()) {
                checks.add(() -> assertTrue(hasWordsInOrder(text, plain(task.task().source())), "task: " + task));
                task.owner().ifPresent(owner -> checks.add(() -> assertTrue(hasWordsInOrder(text, owner),
                        "owner: " + owner)));
            }
            checks.add(() -> assertTrue(hasWordsInOrder(text, plain(incident.rootCause().source())), "root cause"));
            assertAll(checks.stream().map(c -> c::run));
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 1 && pages <= 5, example + " has " + pages + " pages");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyFontIsEmbeddedAndSubset(Path example) throws Exception {
        try (PDDocument pdf = Pdfs.render(example).open()) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded in " + example);
                    assertTrue(font instanceof PDType0Font, font.getName() + " is not a Unicode (Type 0) font");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is not subset");
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSans-Regular")), fonts.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void metadataIsSet(Path example) throws Exception {
        Incident incident = IncidentLoader.load(example).incident();
        try (PDDocument pdf = Pdfs.render(example).open()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals(incident.id() + ": " + incident.title(), info.getTitle());
            assertEquals(incident.id(), info.getSubject());
            assertEquals(String.join(", ", incident.authors()), info.getAuthor());
            for (String service : incident.services()) {
                assertTrue(info.getKeywords().contains(service), info.getKeywords());
            }
            assertNotNull(info.getCreationDate());
            assertTrue(info.getCreator().startsWith("Debrief"));
        }
    }
}
