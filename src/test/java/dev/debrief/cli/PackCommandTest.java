package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import dev.debrief.report.Figures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code debrief pack} end to end: the command line, the incidents it selects, bad inputs, the stats file. */
class PackCommandTest {
    /** Two Q1 2024 and six Q2 2024 postmortems of one platform (see TestPack). */
    static final String PACK = "src/test/resources/testdata/pack";
    static final List<String> SECOND_QUARTER = List.of("INC-2024-0401", "INC-2024-0424", "INC-2024-0514",
            "INC-2024-0603", "INC-2024-0612", "INC-2024-0627");

    static CommandRun pack(Path pdf, String... args) {
        List<String> all = new ArrayList<>(List.of("pack", "--date", "2024-07-08", "-q", "-o", pdf.toString()));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    /** The incident ids of the pack's outline, in order. */
    static List<String> incidentsIn(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> ids = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().startsWith("INC-")) {
                    ids.add(item.getTitle().substring(0, item.getTitle().indexOf(':')));
                }
            }
            return ids;
        }
    }

    static List<String> pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Pdfs.pageTexts(doc);
        }
    }

    @Test
    void aPackOfTheExamplesHasACoverAnOverviewAndEveryIncident(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("pack.pdf");
        CommandRun run = pack(pdf, "examples");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        List<String> pages = pages(pdf);
        String cover = Pdfs.flat(pages.get(0));
        assertTrue(cover.contains("incident review"), cover);
        assertTrue(cover.contains("6 incidents · for an internal audience"), cover);
        assertTrue(cover.contains("Generated 8 Jul 2024 from 6 postmortems"), cover);
        String overview = Pdfs.flat(pages.get(1));
        assertTrue(overview.contains("at a glance"), overview);
        assertEquals("6", figure(pages.get(1), "INCIDENTS"));
        assertTrue(overview.contains("GREATEST IMPACT") && overview.contains("FOLLOW-UP"), overview);
        assertEquals(List.of("INC-2023-0510", "INC-2023-1012", "INC-2024-0125", "INC-2024-0522",
                "INC-2024-0522-01", "INC-2024-0605"), incidentsIn(pdf));
    }

    @Test
    void aPeriodKeepsItsIncidentsAndComparesThemWithThePreviousOne(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("q2.pdf");
        CommandRun run = pack(pdf, PACK, "--period", "2024-Q2");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(SECOND_QUARTER, incidentsIn(pdf));
        String overview = Pdfs.flat(pages(pdf).get(1));
        assertTrue(overview.contains("Changes against Q1 2024"), overview);
    }

    @Test
    void aSeverityFilterKeepsOnlyThoseSeverities(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("major.pdf");
        CommandRun run = pack(pdf, PACK, "--period", "2024-Q2", "--severity", "SEV1,sev2");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(List.of("INC-2024-0401", "INC-2024-0424", "INC-2024-0514", "INC-2024-0627"), incidentsIn(pdf));
    }

    @Test
    void excludedCategoriesAreLeftOut(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("real.pdf");
        CommandRun run = pack(pdf, PACK, "--period", "2024-Q2", "--exclude-category", "game-day,maintenance");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        List<String> expected = new ArrayList<>(SECOND_QUARTER);
        expected.remove("INC-2024-0612");
        assertEquals(expected, incidentsIn(pdf));
    }

    @Test
    void anInvalidFileStopsThePackAndEveryErrorIsListed(@TempDir Path dir) throws Exception {
        Path inputs = badAndGood(dir);
        Path pdf = dir.resolve("pack.pdf");
        CommandRun run = pack(pdf, inputs.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains(inputs.resolve("bad.yaml") + ":8:1: error: unknown key `serverity`"),
                run.stderr());
        assertTrue(run.stderr().contains(inputs.resolve("bad.yaml") + ":9:11: error:"), run.stderr());
        assertTrue(run.stderr().contains("nothing was written (--skip-invalid leaves them out)"), run.stderr());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void skipInvalidPacksTheRestAndListsTheFilesLeftOut(@TempDir Path dir) throws Exception {
        Path inputs = badAndGood(dir);
        Path pdf = dir.resolve("pack.pdf");
        CommandRun run = pack(pdf, inputs.toString(), "--skip-invalid");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("left out 1 invalid file: " + inputs.resolve("bad.yaml")), run.stderr());
        assertEquals(List.of("INC-TEST-1"), incidentsIn(pdf));
        List<String> pages = pages(pdf);
        String appendix = Pdfs.flat(pages.get(pages.size() - 1));
        assertTrue(appendix.contains("Files left out"), appendix);
        assertTrue(appendix.contains(inputs.resolve("bad.yaml") + ":8:1: error: unknown key `serverity`"), appendix);
    }

    @Test
    void anEmptySelectionIsAClearMessageAndNoPdf(@TempDir Path dir) {
        Path pdf = dir.resolve("empty.pdf");
        CommandRun run = pack(pdf, PACK, "--period", "2020-Q1");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("nothing to pack: no incident in Q1 2020 among the 8 valid incident files"),
                run.stderr());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void theFooterOfEveryIncidentPageNamesTheAudienceApplied(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("external.yaml");
        Files.writeString(input, TestIncidents.CORE + "audience: external\n", StandardCharsets.UTF_8);
        for (String audience : List.of("internal", "external")) {
            Path pdf = dir.resolve(audience + ".pdf");
            CommandRun run = pack(pdf, input.toString(), "examples/format-page-example.yaml", "--audience", audience);
            assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
            List<String> pages = pages(pdf);
            String shown = audience.equals("internal") ? "Internal" : "External";
            String other = audience.equals("internal") ? "External" : "Internal";
            assertTrue(Pdfs.flat(pages.get(0)).contains("for an " + audience + " audience"), pages.get(0));
            for (int i = 1; i < pages.size(); i++) {
                assertTrue(pages.get(i).contains(" · " + shown), "page " + (i + 1) + " for " + audience);
                assertFalse(pages.get(i).contains(" · " + other), "page " + (i + 1) + " for " + audience);
            }
        }
    }

    @Test
    void theStatsFileAgreesWithTheOverviewPage(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("q2.pdf");
        Path csv = dir.resolve("q2.csv");
        Path json = dir.resolve("q2.json");
        assertEquals(ExitCode.OK, pack(pdf, PACK, "--period", "2024-Q2", "--stats-out", csv.toString()).exitCode());
        Path pdf2 = dir.resolve("again.pdf");
        assertEquals(ExitCode.OK, pack(pdf2, PACK, "--period", "2024-Q2", "--stats-out", json.toString()).exitCode());
        String overview = pages(pdf).get(1);

        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Files.readString(csv).substring(1))) {
            read.forEachRemaining(rows::add);
        }
        Map<String, String> total = row(rows, "total", "Q2 2024");
        Map<String, String> median = row(rows, "median", "Q2 2024");
        Map<String, String> p90 = row(rows, "p90", "Q2 2024");
        assertEquals(6, rows.stream().filter(r -> r.get("row").equals("incident")).count());
        assertEquals(total.get("incidents"), figure(overview, "INCIDENTS"));
        assertEquals(total.get("sev1_2"), figure(overview, "SEV1–2"));
        assertEquals(minutes(total.get("duration_min")), figure(overview, "TOTAL IMPACT"));
        assertEquals(minutes(median.get("duration_min")), figure(overview, "MEDIAN IMPACT"));
        assertEquals(minutes(median.get("ttd_min")), figure(overview, "TIME TO DETECT"));
        assertEquals(minutes(p90.get("ttd_min")), figure(overview, "DETECT, P90"));
        assertEquals(minutes(median.get("ttr_min")), figure(overview, "TIME TO RESOLVE"));
        assertEquals(minutes(p90.get("ttr_min")), figure(overview, "RESOLVE, P90"));
        assertEquals(total.get("days_without_sev1_2") + " days", figure(overview, "DAYS WITHOUT SEV1–2"));
        assertEquals(Figures.count(Long.parseLong(total.get("users_affected"))), figure(overview, "USERS AFFECTED"));

        JsonNode headline = new ObjectMapper().readTree(json.toFile()).get("headline");
        assertEquals(headline.get("incidents").get("current").asText(), figure(overview, "INCIDENTS"));
        assertEquals(minutes(headline.get("impact_min_total").get("current").asText()), figure(overview, "TOTAL IMPACT"));
        assertEquals(minutes(headline.get("ttr_min_p90").get("current").asText()), figure(overview, "RESOLVE, P90"));
        assertEquals(headline.get("incidents").get("previous").asText(),
                Pdfs.flat(figureNote(overview, "INCIDENTS")).replaceAll(".* vs ", ""));
    }

    @Test
    void aConfigFileGivesTheTitlePeriodInputsAndFilters(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("pack.yaml");
        Files.writeString(config, """
                title: Payments platform review
                period: 2024-Q2
                inputs: ['%s']
                exclude_categories: [game-day]
                """.formatted(Path.of(PACK).toAbsolutePath()), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("q2.pdf");
        CommandRun run = pack(pdf, "--config", config.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        List<String> expected = new ArrayList<>(SECOND_QUARTER);
        expected.remove("INC-2024-0612");
        assertEquals(expected, incidentsIn(pdf));
        assertTrue(Pdfs.flat(pages(pdf).get(0)).contains("Payments platform review"));

        Path titled = dir.resolve("titled.pdf");
        run = pack(titled, "--config", config.toString(), "--title", "From the command line");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(Pdfs.flat(pages(titled).get(0)).contains("From the command line"));
    }

    @Test
    void askingForTwoPeriodsIsAUsageError(@TempDir Path dir) {
        CommandRun run = pack(dir.resolve("x.pdf"), PACK, "--period", "2024-Q2", "--from", "2024-04-01", "--to",
                "2024-05-01");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("give either --period or --from and --to, not both"), run.stderr());
    }

    /** A folder with a valid incident and an invalid one, with two errors. */
    static Path badAndGood(Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("good.yaml"), TestIncidents.CORE, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("bad.yaml"), TestIncidents.CORE.replace("INC-TEST-1", "INC-BAD-1")
                + "serverity: SEV1\nseverity: SEV9\n", StandardCharsets.UTF_8);
        return inputs;
    }

    static Map<String, String> row(List<Map<String, String>> rows, String kind, String period) {
        return rows.stream().filter(r -> r.get("row").equals(kind) && r.get("period").equals(period)).findFirst()
                .orElseThrow();
    }

    /** A duration in minutes as the stats file writes it, as the overview shows it. */
    static String minutes(String value) {
        long seconds = new BigDecimal(value).multiply(BigDecimal.valueOf(60)).longValue();
        return Figures.duration(Optional.of(Duration.ofSeconds(seconds)));
    }

    /** The value of the overview's figure with this label: the line after the label. */
    static String figure(String page, String label) {
        List<String> lines = page.lines().map(String::strip).toList();
        int at = lines.indexOf(label);
        if (at < 0) {
            throw new AssertionError("no figure " + label + " in " + page);
        }
        return lines.get(at + 1);
    }

    static String figureNote(String page, String label) {
        List<String> lines = page.lines().map(String::strip).toList();
        return lines.get(lines.indexOf(label) + 2);
    }
}
