package dev.debrief.cli;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.DocumentDates;
import dev.debrief.archive.Source;
import dev.debrief.load.IncidentLoader;
import dev.debrief.load.InputException;
import dev.debrief.model.Incident;
import dev.debrief.render.RenderException;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code debrief bench}: how long a render takes, in this process. Reports the time from JVM start to the
 * first finished PDF, then warm per-document times (load, compute, template, lay out, write an archival PDF with
 * its source inside) over many runs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure render time: JVM start to first PDF, then warm per-document times.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Incident YAML files to render.")
    List<Path> files;

    @Option(names = "--warmup", defaultValue = "30", description = "Renders before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", defaultValue = "60", description = "Measured renders (default: ${DEFAULT-VALUE}).")
    int iterations;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException, RenderException {
        long setupStart = System.nanoTime();
        Renderer renderer = Install.renderer(null, null, Renderer.PageSize.A4);
        long setup = System.nanoTime() - setupStart;
        try {
            long firstStart = System.nanoTime();
            int bytes = renderAll(renderer);
            long first = System.nanoTime() - firstStart;
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.printf(Locale.ROOT, "files: %d, PDF bytes per round: %d%n", files.size(), bytes);
            out.printf(Locale.ROOT, "JVM start to first PDF(s): %d ms (renderer setup %.1f ms, first round %.1f ms)%n",
                    sinceJvmStart, setup / 1e6, first / 1e6);
            for (int i = 0; i < warmup; i++) {
                renderAll(renderer);
            }
            List<Double> perDocument = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                renderAll(renderer);
                perDocument.add((System.nanoTime() - start) / 1e6 / files.size());
            }
            Collections.sort(perDocument);
            out.printf(Locale.ROOT, "warm per document over %d rounds: median %.1f ms, p90 %.1f ms, min %.1f ms%n",
                    iterations, percentile(perDocument, 0.5), percentile(perDocument, 0.9), perDocument.get(0));
        } catch (InputException e) {
            err.println("debrief: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.OK;
    }

    private int renderAll(Renderer renderer) throws IOException, InputException, RenderException {
        int bytes = 0;
        for (Path file : files) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
            Incident incident = IncidentLoader.load(file).incident();
            Report report = Report.of(incident);
            ArchiveInfo archive = new ArchiveInfo(DocumentDates.created(report.reportDate(), incident.zone(), Map.of()),
                    List.of(Source.read(file)), true);
            renderer.render(report, archive, pdf, w -> { });
            bytes += pdf.size();
        }
        return bytes;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
