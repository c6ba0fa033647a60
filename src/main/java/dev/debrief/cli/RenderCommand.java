package dev.debrief.cli;

import dev.debrief.diag.InvalidInputException;
import dev.debrief.model.Incident;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.render.RenderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debrief render}: one PDF per incident file. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Render incident files to PDF: one PDF per input, named <id>.pdf beside the input by default.",
        footerHeading = "%nExample:%n",
        footer = "  debrief render incidents/2024-05-22-checkout.yaml --audience external -o checkout.pdf")
final class RenderCommand extends DebriefCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Incident YAML files.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf",
            description = "Write to this file (one input only); '-' writes the PDF to standard output.")
    String output;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write every PDF into this folder.")
    Path outputDir;

    @Mixin
    RenderOptions render = new RenderOptions();

    @Override
    int run() {
        if (output != null && outputDir != null) {
            throw new Failures.UsageException("use either -o or --output-dir, not both");
        }
        if (output != null && files.size() > 1) {
            throw new Failures.UsageException("-o names one output file, but " + files.size()
                    + " inputs were given; use --output-dir");
        }
        Pipeline pipeline = render.pipeline();
        int worst = ExitCode.OK;
        Map<Path, Path> written = new HashMap<>();
        try (Progress progress = Progress.start(console, "Rendering", files.size(), "files")) {
            for (Path file : files) {
                worst = Math.max(worst, renderOne(pipeline, file, written));
                progress.step();
            }
        }
        return worst;
    }

    private int renderOne(Pipeline pipeline, Path file, Map<Path, Path> written) {
        Pipeline.Rendered rendered;
        try {
            rendered = pipeline.render(file);
        } catch (InvalidInputException | RenderException | RuntimeException e) {
            return Failures.report(e, console, shared.verbose);
        }
        console.diagnostics(rendered.warnings());
        Path target = target(file, rendered.report().incident());
        if (target != null) {
            Path previous = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
            if (previous != null) {
                console.error(file + ": would overwrite " + target + ", just written from " + previous
                        + " (same id); use -o or another --output-dir");
                return ExitCode.INVALID_INPUT;
            }
        }
        try {
            if (target == null) {
                console.out().write(rendered.pdf());
                console.out().flush();
                if (console.out().checkError()) {
                    throw new IOException("the stream is closed or the disk is full");
                }
            } else {
                AtomicOutput.write(target, rendered.pdf());
                console.note("wrote " + target);
            }
        } catch (IOException e) {
            console.error("cannot write " + (target == null ? "standard output" : target) + ": " + e.getMessage());
            return ExitCode.RENDER_FAILED;
        }
        return ExitCode.OK;
    }

    /** Where the PDF goes; null for standard output. */
    private Path target(Path input, Incident incident) {
        if ("-".equals(output)) {
            return null;
        }
        if (output != null) {
            return Path.of(output);
        }
        String name = FileNames.safe(incident.id()) + ".pdf";
        if (outputDir != null) {
            return outputDir.resolve(name);
        }
        return input.toAbsolutePath().getParent().resolve(name);
    }
}
