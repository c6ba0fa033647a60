package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render options that make output fit for a ticket: --name, --max-size, --png and --png-dpi. */
class TicketOutputOptionsTest {
    static final String EXAMPLE = "examples/format-page-example.yaml";

    static List<String> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNameTemplateNamesTheFile(@TempDir Path dir) throws Exception {
        CommandRun run = CommandRun.of("render", EXAMPLE, "--output-dir", dir.toString(), "--audience", "external",
                "--name", "{id}-{date}-{audience}");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(List.of("INC-2024-0522-2024-05-22-external.pdf"), files(dir));
    }

    @Test
    void aHostileIdAndTitleGiveASafeNameInsideTheOutputFolder(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in/incident.yaml");
        Files.createDirectories(input.getParent());
        Files.writeString(input, TestIncidents.CORE.replace("INC-TEST-1", "'../../Ünïcødé/" + "x".repeat(300) + "'")
                .replace("Checkout down", "'../Сбой: оплата ..'"));
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("render", input.toString(), "--output-dir", out.toString(), "--name",
                "{title}_{id}");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        List<String> written = files(out);
        assertEquals(1, written.size());
        String name = written.get(0);
        assertTrue(name.startsWith("sboi-oplata_Unicode-xxx") && name.endsWith(".pdf") && name.length() == 120, name);
        assertEquals(List.of("incident.yaml"), files(input.getParent()));
    }

    @Test
    void twoInputsGivenTheSameNameWriteTheFirstAndRefuseTheSecond(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.yaml");
        Path second = dir.resolve("second.yaml");
        Files.writeString(first, TestIncidents.CORE);
        Files.writeString(second, TestIncidents.CORE.replace("INC-TEST-1", "INC-TEST-2"));
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("render", first.toString(), second.toString(), "--output-dir", out.toString(),
                "--name", "{title}");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(List.of("checkout-down.pdf"), files(out));
        assertTrue(run.stderr().contains("debrief: " + second + ": would overwrite " + out.resolve("checkout-down.pdf")
                + ", just written from " + first + " (same name); use -o, --name or another --output-dir"),
                run.stderr());
    }

    @Test
    void anUnknownPlaceholderIsAUsageErrorNamingIt(@TempDir Path dir) throws Exception {
        CommandRun run = CommandRun.of("render", EXAMPLE, "--output-dir", dir.toString(), "--name", "{id}-{ticket}");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("unknown placeholder {ticket} in '{id}-{ticket}'; known: {id}, {date}, "
                + "{audience}, {severity}, {title}, {status}"), run.stderr());
        assertEquals(List.of(), files(dir));
    }

    @Test
    void nameAndOutputTogetherAreAUsageError(@TempDir Path dir) {
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", dir.resolve("a.pdf").toString(), "--name", "{id}");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("use either -o or --name, not both"), run.stderr());
    }

    @Test
    void underTheMaximumSizeThePdfIsWritten(@TempDir Path dir) throws Exception {
        CommandRun run = CommandRun.of("render", EXAMPLE, "--output-dir", dir.toString(), "--max-size", "10MB");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(List.of("INC-2024-0522.pdf"), files(dir));
    }

    @Test
    void overTheMaximumSizeItFailsSayingByHowMuchAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.pdf");
        Files.writeString(out, "previous report");
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", out.toString(), "--max-size", "20KB");
        assertEquals(ExitCode.RENDER_FAILED, run.exitCode());
        assertTrue(Pattern.compile("(?m)^debrief: " + Pattern.quote(EXAMPLE)
                + ": the PDF would be \\d+(\\.\\d)? KB, over --max-size 20 KB; nothing was written$")
                .matcher(run.stderr()).find(), run.stderr());
        assertEquals("previous report", Files.readString(out));
        assertEquals(List.of("report.pdf"), files(dir));
    }

    @Test
    void overTheMaximumSizeNothingGoesToStandardOutput() {
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", "-", "--max-size", "1KiB");
        assertEquals(ExitCode.RENDER_FAILED, run.exitCode());
        assertEquals(0, run.stdout().length);
        assertTrue(run.stderr().contains("over --max-size 1 KiB"), run.stderr());
    }

    @Test
    void aMalformedSizeIsAUsageError() {
        CommandRun run = CommandRun.of("render", EXAMPLE, "--max-size", "ten megs");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("expected a size such as 10MB, 500KB or 8MiB, got 'ten megs'"), run.stderr());
    }

    @Test
    void pngWritesTheFirstPageBesideThePdfTwelveHundredPixelsWide(@TempDir Path dir) throws Exception {
        CommandRun run = CommandRun.of("render", EXAMPLE, "--output-dir", dir.toString(), "--png");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(List.of("INC-2024-0522.pdf", "INC-2024-0522.png"), files(dir));
        BufferedImage image = ImageIO.read(dir.resolve("INC-2024-0522.png").toFile());
        assertEquals(1200, image.getWidth());
        assertFalse(image.getColorModel().hasAlpha());
        assertTrue(run.stderr().contains("wrote " + dir.resolve("INC-2024-0522.png")), run.stderr());
    }

    @Test
    void withAnOutputFileThePngTakesItsName(@TempDir Path dir) throws Exception {
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", dir.resolve("Report.PDF").toString(), "--png-dpi",
                "50");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals(List.of("Report.PDF", "Report.png"), files(dir));
        assertEquals(413, ImageIO.read(dir.resolve("Report.png").toFile()).getWidth(), "A4 at 50 dpi");
    }

    @Test
    void aPngOverTheMaximumSizeStopsBothFiles(@TempDir Path dir) throws Exception {
        CommandRun run = CommandRun.of("render", EXAMPLE, "--output-dir", dir.toString(), "--png", "--max-size",
                "150KB");
        assertEquals(ExitCode.RENDER_FAILED, run.exitCode());
        assertTrue(run.stderr().contains(": the PNG would be "), run.stderr());
        assertEquals(List.of(), files(dir));
    }

    @Test
    void pngCannotGoToStandardOutput() {
        CommandRun run = CommandRun.of("render", EXAMPLE, "-o", "-", "--png");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals(0, run.stdout().length);
        assertTrue(run.stderr().contains("--png writes a file beside the PDF"), run.stderr());
    }

    @Test
    void anUnreasonableResolutionIsAUsageError() {
        CommandRun run = CommandRun.of("render", EXAMPLE, "--png-dpi", "5000");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.stderr().contains("--png-dpi: a preview resolution must be 20 to 600 dpi, got 5000"),
                run.stderr());
    }
}
