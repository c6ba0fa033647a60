package dev.debrief.cli;

import dev.debrief.diag.InvalidInputException;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.render.RenderException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code debrief bench}: how long a render takes, in this process. Reports the time from JVM start to the
 * first finished PDF, then warm per-document times (load, compute, template, lay out, write an archival PDF with
 * its source inside) over many runs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure render time: JVM start to first PDF, then warm per-document times.",
        footerHeading = "%nExample:%n",
        footer = "  debrief bench --iterations 100 examples/*.yaml")
final class BenchCommand extends DebriefCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Incident YAML files to render.")
    List<Path> files;

    @Option(names = "--warmup", defaultValue = "30", description = "Renders before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", defaultValue = "60", description = "Measured renders (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Mixin
    RenderOptions render = new RenderOptions();

    @Override
    int run() throws IOException, RenderException, InvalidInputException {
        long setupStart = System.nanoTime();
        Pipeline pipeline = render.pipeline();
        long setup = System.nanoTime() - setupStart;
        var out = console.out();
        long firstStart = System.nanoTime();
        int bytes = renderAll(pipeline);
        long first = System.nanoTime() - firstStart;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        out.printf(Locale.ROOT, "files: %d, PDF bytes per round: %d%n", files.size(), bytes);
        out.printf(Locale.ROOT, "JVM start to first PDF(s): %d ms (renderer setup %.1f ms, first round %.1f ms)%n",
                sinceJvmStart, setup / 1e6, first / 1e6);
        for (int i = 0; i < warmup; i++) {
            renderAll(pipeline);
        }
        List<Double> perDocument = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            renderAll(pipeline);
            perDocument.add((System.nanoTime() - start) / 1e6 / files.size());
        }
        Collections.sort(perDocument);
        out.printf(Locale.ROOT, "warm per document over %d rounds: median %.1f ms, p90 %.1f ms, min %.1f ms%n",
                iterations, percentile(perDocument, 0.5), percentile(perDocument, 0.9), perDocument.get(0));
        return ExitCode.OK;
    }

    private int renderAll(Pipeline pipeline) throws IOException, InvalidInputException, RenderException {
        int bytes = 0;
        for (Path file : files) {
            bytes += pipeline.render(file).pdf().length;
        }
        return bytes;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
