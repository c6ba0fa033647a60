package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    static final String EXAMPLE = "examples/format-page-example.yaml";

    @Test
    void rendersBesideTheInputNamedForTheId(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("incident.yaml");
        Files.writeString(input, TestIncidents.CORE.replace("INC-TEST-1", "'INC/2024: 07'"));
        CommandRun run = CommandRun.of("render", input.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(Files.size(dir.resolve("INC-2024-07.pdf")) > 1000);
    }

    @Test
    void dashOutputWritesThePdfToStdout() {
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", "-");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(new String(run.stdout(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }

    @Test
    void outputDirTakesManyInputs(@TempDir Path dir) {
        CommandRun run = CommandRun.of("render", EXAMPLE, "examples/catpics-database-outage.yaml", "--output-dir",
                dir.resolve("out").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(Files.exists(dir.resolve("out/INC-2024-0522.pdf")));
        assertTrue(Files.exists(dir.resolve("out/INC-2023-0510.pdf")));
    }

    @Test
    void invalidInputExitsTwoWithFileLineColumnAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("bad.yaml");
        Files.writeString(input, TestIncidents.CORE + "serverity: SEV1\n");
        CommandRun run = CommandRun.of("render", input.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains(input + ":8:1: error: unknown key `serverity`"), run.stderr());
        assertTrue(run.stderr().contains("did you mean `severity`?"), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "stack trace shown");
    }

    @Test
    void verboseShowsTheStackTrace(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("bad.yaml");
        Files.writeString(input, "id: [");
        CommandRun run = CommandRun.of("render", input.toString(), "--verbose");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("\tat "), run.stderr());
    }

    @Test
    void aFailedRunNeverClobbersAnExistingOutput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.pdf");
        Files.writeString(out, "previous report");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, TestIncidents.CORE.replace("root_cause: A bad parameter.\n", ""));
        assertEquals(ExitCode.INVALID_INPUT, CommandRun.of("render", bad.toString(), "-o", out.toString()).exitCode());
        assertEquals("previous report", Files.readString(out));

        Path templates = dir.resolve("templates");
        dev.debrief.render.EscapingTestAccess.copyTemplates(dir);
        Files.writeString(templates.resolve("_summary.ftlh"), "${no_such_variable}");
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", out.toString(), "--templates", templates.toString());
        assertEquals(ExitCode.RENDER_FAILED, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("template error"), run.stderr());
        assertEquals("previous report", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "temp file left");
        }
    }

    @Test
    void aCopyOfTheTemplatesIsUsedWhenGiven(@TempDir Path dir) throws Exception {
        Path templates = dev.debrief.render.EscapingTestAccess.copyTemplates(dir);
        Files.writeString(templates.resolve("_conclusion.ftlh"), "<p>Custom closing words</p>");
        Path out = dir.resolve("custom.pdf");
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", out.toString(), "--templates", templates.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("Custom closing words"));
        }
    }

    @Test
    void letterPageSizeIsOffered(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("letter.pdf");
        assertEquals(ExitCode.OK, CommandRun.of("render", EXAMPLE, "-o", out.toString(), "--page-size", "letter")
                .exitCode());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 1);
        }
    }

    @Test
    void externalAudienceLeavesOutInternalItemsAuthorsAndOwners(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("i.yaml");
        Files.writeString(input, TestIncidents.CORE + """
                authors: [Secret Author]
                timeline:
                  - {time: '14:00', event: Public event}
                  - {time: '14:10', event: Internal only event, internal: true}
                tasks:
                  - {task: Visible task, owner: Hidden Owner}
                """);
        Path out = dir.resolve("ext.pdf");
        assertEquals(ExitCode.OK, CommandRun.of("render", input.toString(), "-o", out.toString(), "--audience",
                "external").exitCode());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Public event") && text.contains("Visible task"));
            assertFalse(text.contains("Internal only event"));
            assertFalse(text.contains("Secret Author"));
            assertFalse(text.contains("Hidden Owner"));
            assertEquals("", pdf.getDocumentInformation().getAuthor() == null ? "" : pdf.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void aTemplatesFolderWithoutTheReportTemplateExitsTwo(@TempDir Path dir) {
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", dir.resolve("x.pdf").toString(), "--templates",
                dir.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("no report.ftlh in templates folder " + dir), run.stderr());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.INVALID_INPUT, CommandRun.of("render").exitCode());
        assertEquals(ExitCode.INVALID_INPUT, CommandRun.of("render", EXAMPLE, "--page-size", "A3").exitCode());
        assertEquals(ExitCode.INVALID_INPUT, CommandRun.of("render", EXAMPLE, EXAMPLE, "-o", "x.pdf").exitCode());
        assertEquals(ExitCode.INVALID_INPUT, CommandRun.of("render", "no/such/file.yaml").exitCode());
    }

    @Test
    void helpAndVersionWork() {
        CommandRun help = CommandRun.of("render", "--help");
        assertEquals(ExitCode.OK, help.exitCode());
        assertTrue(help.out().contains("--output-dir"));
        CommandRun version = CommandRun.of("--version");
        assertEquals(ExitCode.OK, version.exitCode());
        assertTrue(version.out().startsWith("debrief "));
    }
}
