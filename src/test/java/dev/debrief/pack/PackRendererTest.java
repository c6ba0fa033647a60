package dev.debrief.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import dev.debrief.render.DocumentView;
import dev.debrief.render.LaidOutDocument;
import dev.debrief.report.Report;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack of the six examples, rendered in parts and joined, read back with PDFBox: its structure (links,
 * outline, page numbers, watermarks) whatever figures its own pages show.
 */
class PackRendererTest {
    private static List<Report> examples;
    private static byte[] pdf;

    @BeforeAll
    static void renderExamples() throws Exception {
        List<Report> reports = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                var loaded = IncidentLoader.load(file);
                reports.add(Report.of(loaded.incident(), loaded.sources(), Audience.INTERNAL));
            }
        }
        reports.sort(Comparator.comparing(r -> r.incident().window().start().toInstant()));
        examples = List.copyOf(reports);
        pdf = render(examples, Audience.INTERNAL, 2);
    }

    /** A pack of {@code reports} (in that order) whose own pages list them; the figures do not matter here. */
    static byte[] render(List<Report> reports, Audience audience, int jobs) throws Exception {
        List<PackView.IncidentLine> lines = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            var incident = reports.get(i).incident();
            lines.add(new PackView.IncidentLine(Pack.anchor(i), incident.id(), incident.title(), null, null, "a day",
                    "1 h", "1 min", "1 h", "–", 0, 0, null, incident.services(), false));
        }
        PackView view = new PackView("Test pack", "Q2 2024", "1 April – 30 June 2024", "8 Jul 2024",
                audience == Audience.EXTERNAL ? "External" : "Internal", reports.size(), null, "A test pack.",
                List.of(), List.of(), lines.subList(0, Math.min(3, lines.size())),
                new PackView.FollowUpTable(List.of(), List.of()),
                new PackView.MonthChart(List.of(), List.of(), "110"), List.of(), List.of(), List.of(), lines,
                List.of(), lines, List.of());
        Pack pack = new Pack(view, reports, audience, new DocumentView.Meta("Test pack", "", "A test pack", ""),
                ZonedDateTime.of(2024, 7, 8, 0, 0, 0, 0, ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackRenderer(Pdfs.renderer(), jobs).render(pack, out, warning -> {}, PackRenderer.Progress.NONE);
        return out.toByteArray();
    }

    @Test
    void everyIncidentRowLinksToThePageWhereThatIncidentsTitleIs() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = Pdfs.pageTexts(doc);
            int tablePage = indexOf(pages, "Incidents by impact", "TTD");
            List<Link> links = links(doc, tablePage);
            for (Report report : examples) {
                String id = report.incident().id();
                Pattern named = Pattern.compile(Pattern.quote(id) + "(?![-\\w])"); // not INC-1 in INC-1-01
                Link row = links.stream().filter(l -> named.matcher(l.text()).find()).findFirst()
                        .orElseThrow(() -> new AssertionError("no link in the row of " + id + ": " + links));
                assertEquals(firstPageOf(pages, id), row.target(), "the row of " + id);
                assertTrue(Pdfs.flat(pages.get(row.target())).contains(Pdfs.flat(report.incident().title())), id);
            }
        }
    }

    @Test
    void theOutlineHoldsThePacksSectionsThenEachIncidentWithItsSections() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = Pdfs.pageTexts(doc);
            List<PDOutlineItem> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            List<String> titles = top.stream().map(PDOutlineItem::getTitle).toList();
            List<String> expected = new ArrayList<>(List.of("Overview", "Breakdowns", "Incidents by impact",
                    "Open follow-up", "Contents"));
            examples.forEach(r -> expected.add(r.incident().id() + ": " + r.incident().title()));
            assertEquals(expected, titles);
            for (int i = 0; i < examples.size(); i++) {
                PDOutlineItem incident = top.get(5 + i);
                String id = examples.get(i).incident().id();
                assertEquals(firstPageOf(pages, id), doc.getPages().indexOf(incident.findDestinationPage(doc)), id);
                List<String> sections = new ArrayList<>();
                incident.children().forEach(c -> sections.add(c.getTitle()));
                assertTrue(sections.containsAll(List.of("Issue summary", "Impact", "Root cause and resolution")),
                        id + ": " + sections);
            }
        }
    }

    @Test
    void pagesAreNumberedOnThroughTheWholePack() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = Pdfs.pageTexts(doc);
            int total = pages.size();
            assertFalse(pages.get(0).contains("Page 1 of"), "the cover carries no page number");
            for (int i = 1; i < total; i++) {
                assertTrue(pages.get(i).contains("Page " + (i + 1) + " of " + total), "page " + (i + 1));
            }
        }
    }

    @Test
    void noLinkIsLeftPointingOutsideThePack() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        assertFalse(uri.getURI().startsWith(LaidOutDocument.OUTSIDE_LINK), uri.getURI());
                    }
                }
            }
        }
    }

    @Test
    void everyIncidentPageNamesItsIncidentAndTheAudience() throws Exception {
        byte[] external = render(examples.subList(0, 2), Audience.EXTERNAL, 2);
        try (PDDocument doc = Loader.loadPDF(external)) {
            List<String> pages = Pdfs.pageTexts(doc);
            int first = firstPageOf(pages, examples.get(0).incident().id());
            for (int i = first; i < pages.size(); i++) {
                assertTrue(pages.get(i).contains("External"), "page " + (i + 1));
                assertFalse(pages.get(i).contains("Internal"), "page " + (i + 1));
                String page = pages.get(i);
                assertTrue(examples.stream().anyMatch(r -> page.contains(r.incident().id() + " · ")), "page " + (i + 1));
            }
        }
    }

    @Test
    void theWatermarkMarksOnlyTheDraftIncidentsPages(@TempDir Path dir) throws Exception {
        List<Report> reports = new ArrayList<>();
        for (String status : List.of("final", "draft", "final")) {
            String yaml = TestIncidents.CORE.replace("INC-TEST-1", "INC-" + status.toUpperCase(Locale.ROOT) + "-"
                    + reports.size()) + "status: " + status + "\n";
            Path file = dir.resolve(reports.size() + ".yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            reports.add(Report.of(IncidentLoader.load(file).incident()));
        }
        try (PDDocument doc = Loader.loadPDF(render(reports, Audience.INTERNAL, 1))) {
            List<String> pages = Pdfs.pageTexts(doc);
            int draft = firstPageOf(pages, "INC-DRAFT-1");
            int after = firstPageOf(pages, "INC-FINAL-2");
            for (int i = 0; i < pages.size(); i++) {
                boolean draftPage = i >= draft && i < after;
                assertEquals(draftPage, header(pages.get(i)).matches("DRAFT\\s+INC-DRAFT-1 · .*"), "page " + (i + 1));
                assertEquals(draftPage, pages.get(i).lines().anyMatch(line -> line.strip().equals("DRAFT")),
                        "the watermark on page " + (i + 1));
            }
        }
    }

    @Test
    void thePacksOwnPagesDrawNoPictures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int first = firstPageOf(Pdfs.pageTexts(doc), examples.get(0).incident().id());
            for (int i = 0; i < first; i++) {
                var resources = doc.getPage(i).getResources();
                for (COSName name : resources.getXObjectNames()) {
                    assertFalse(resources.isImageXObject(name), "an image on page " + (i + 1));
                }
            }
        }
    }

    @Test
    void theSamePackWhateverHowManyJobsLayItOut() throws Exception {
        List<Report> some = examples.subList(0, 3);
        try (PDDocument one = Loader.loadPDF(render(some, Audience.INTERNAL, 1));
                PDDocument many = Loader.loadPDF(render(some, Audience.INTERNAL, 3))) {
            List<String> onePages = Pdfs.pageTexts(one);
            List<String> manyPages = Pdfs.pageTexts(many);
            assertEquals(onePages.size(), manyPages.size());
            for (int i = 0; i < onePages.size(); i++) {
                assertEquals(header(onePages.get(i)), header(manyPages.get(i)), "page " + (i + 1));
            }
        }
    }

    @Test
    void theDocumentInformationDescribesThePack() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Test pack", doc.getDocumentInformation().getTitle());
            assertEquals("A test pack", doc.getDocumentInformation().getSubject());
        }
    }

    /**
     * The page (from 0) on which the incident {@code id} starts: the first whose running header names it, with its
     * title block. (The engine also draws the first line after a forced page break, clipped out of sight, at the
     * foot of the page before; the header is drawn first on every page, so it tells the pages apart.)
     */
    static int firstPageOf(List<String> pages, String id) {
        for (int i = 0; i < pages.size(); i++) {
            if (header(pages.get(i)).contains(id + " · ") && pages.get(i).contains("INCIDENT POSTMORTEM · " + id)) {
                return i;
            }
        }
        throw new AssertionError("no page starts " + id);
    }

    static String header(String page) {
        return page.lines().findFirst().orElse("");
    }

    static int indexOf(List<String> pages, String... words) {
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            if (List.of(words).stream().allMatch(page::contains)) {
                return i;
            }
        }
        throw new AssertionError("no page has " + List.of(words));
    }

    record Link(String text, int target) {}

    /** The links on a page that go to a page of the document, each with the text under it. */
    static List<Link> links(PDDocument doc, int pageIndex) throws Exception {
        PDPage page = doc.getPage(pageIndex);
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
                var r = link.getRectangle();
                float height = page.getMediaBox().getHeight();
                area.addRegion("l" + links.size(), new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                        r.getWidth(), r.getHeight()));
                links.add(link);
            }
        }
        area.extractRegions(page);
        List<Link> found = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            PDPageDestination destination = (PDPageDestination) ((PDActionGoTo) links.get(i).getAction()).getDestination();
            found.add(new Link(area.getTextForRegion("l" + i), doc.getPages().indexOf(destination.getPage())));
        }
        return found;
    }
}
