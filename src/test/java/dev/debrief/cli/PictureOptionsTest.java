package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --allow-dir} and {@code --max-image-pixels}: which pictures an incident may embed. */
class PictureOptionsTest {
    @Test
    void aPictureBesideTheIncidentNeedsNoOption(@TempDir Path dir) throws Exception {
        Path input = incident(dir, dir, "chart.png");
        CommandRun run = CommandRun.of("render", input.toString(), "-o", dir.resolve("out.pdf").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertEquals("debrief: wrote " + dir.resolve("out.pdf") + "\n", run.stderr());
    }

    @Test
    void aPictureElsewhereNeedsItsFolderAllowed(@TempDir Path dir) throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Path input = incident(Files.createDirectory(dir.resolve("incident")), shared, "../shared/chart.png");
        CommandRun refused = CommandRun.of("render", input.toString(), "-o", dir.resolve("a.pdf").toString());
        assertEquals(ExitCode.OK, refused.exitCode(), refused.stderr());
        assertTrue(refused.stderr().startsWith(input + ":9:"), refused.stderr());
        assertTrue(refused.stderr().contains("is outside the incident's folder"), refused.stderr());
        assertTrue(refused.stderr().contains("[image-outside-folder]"), refused.stderr());

        CommandRun allowed = CommandRun.of("render", input.toString(), "-o", dir.resolve("b.pdf").toString(),
                "--allow-dir", shared.toString());
        assertEquals(ExitCode.OK, allowed.exitCode(), allowed.stderr());
        assertEquals("debrief: wrote " + dir.resolve("b.pdf") + "\n", allowed.stderr());
    }

    @Test
    void anAllowedFolderThatDoesNotExistIsAUsageError(@TempDir Path dir) throws Exception {
        Path input = incident(dir, dir, "chart.png");
        CommandRun run = CommandRun.of("render", input.toString(), "--allow-dir", dir.resolve("nope").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("debrief: cannot set up rendering: allowed image folder " + dir.resolve("nope")
                + " is not a folder\n", run.stderr());
    }

    @Test
    void thePixelBudgetCanBeLowered(@TempDir Path dir) throws Exception {
        Path input = incident(dir, dir, "chart.png");
        CommandRun run = CommandRun.of("render", input.toString(), "-o", dir.resolve("out.pdf").toString(),
                "--max-image-pixels", "1000");
        assertEquals(ExitCode.OK, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("is 60 × 40 pixels (2,400); pictures of more than 1,000 pixels are"
                + " not embedded"), run.stderr());
    }

    private static Path incident(Path dir, Path pictures, String file) throws Exception {
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", pictures.resolve("chart.png").toFile());
        Path input = dir.resolve("incident.yaml");
        Files.writeString(input, TestIncidents.CORE + "images:\n  - {caption: Chart, file: '" + file + "'}\n");
        return input;
    }
}
