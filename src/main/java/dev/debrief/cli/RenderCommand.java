package dev.debrief.cli;

import dev.debrief.diag.InvalidInputException;
import dev.debrief.files.FileException;
import dev.debrief.files.OutputFile;
import dev.debrief.files.OutputIsInputException;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.render.RenderException;
import dev.debrief.report.Report;
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
        footerHeading = "%nExamples:%n",
        footer = {"  debrief render incidents/2024-05-22-checkout.yaml --audience external -o checkout.pdf",
                  "  debrief render --watch incidents/2024-05-22-checkout.yaml    # keep the PDF open beside the editor"})
final class RenderCommand extends DebriefCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Incident YAML files.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf",
            description = "Write to this file (one input only); '-' writes the PDF to standard output.")
    String output;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write every PDF into this folder.")
    Path outputDir;

    @Option(names = "--watch", description = "Render again whenever the input or the templates change, until "
            + "Ctrl-C; an invalid change prints its errors and keeps the last good PDF. One input only.")
    boolean watch;

    @Mixin
    RenderOptions render = new RenderOptions();

    @Mixin
    TicketOutputOptions ticket = new TicketOutputOptions();

    @Override
    int run() {
        if (output != null && outputDir != null) {
            throw new Failures.UsageException("use either -o or --output-dir, not both");
        }
        if (output != null && files.size() > 1) {
            throw new Failures.UsageException("-o names one output file, but " + files.size()
                    + " inputs were given; use --output-dir");
        }
        ticket.check(output);
        if (watch) {
            return watch();
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

    /** Renders the one input, then again at each change of it, its settings file or the templates. */
    private int watch() {
        if (files.size() != 1) {
            throw new Failures.UsageException("--watch takes one input file, but " + files.size() + " were given");
        }
        if ("-".equals(output)) {
            throw new Failures.UsageException("--watch writes a file; it cannot write to standard output");
        }
        Path file = files.get(0);
        Path templates = render.templatesFolder();
        try (Changes changes = environment.watching().watch(List.of(file, file.resolveSibling(".debrief.yaml")),
                List.of(templates))) {
            return new RenderWatch(console, changes).run(file + " and " + templates, () -> {
                try {
                    // A new pipeline each round, so that changed templates are read again.
                    return renderOne(render.pipeline(), file, new HashMap<>());
                } catch (RuntimeException e) {
                    return Failures.report(e, console, shared.verbose);
                }
            });
        } catch (IOException e) {
            console.error("cannot watch " + file + " and " + templates + ": " + e.getMessage());
            return ExitCode.RENDER_FAILED;
        }
    }

    private int renderOne(Pipeline pipeline, Path file, Map<Path, Path> written) {
        Pipeline.Rendered rendered;
        try {
            rendered = pipeline.render(file);
        } catch (InvalidInputException | RenderException | RuntimeException e) {
            return Failures.report(e, console, shared.verbose);
        }
        console.diagnostics(rendered.warnings());
        if (shared.verbose) {
            console.note(file + ": fingerprint " + rendered.fingerprint().text());
        }
        Path target = target(file, rendered.report());
        if (target != null) {
            Path previous = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
            if (previous != null) {
                console.error(file + ": would overwrite " + target + ", just written from " + previous
                        + " (same name); use -o, --name or another --output-dir");
                return ExitCode.INVALID_INPUT;
            }
        }
        if (target == null) {
            try {
                OutputFile.write(console.out(), ticket.forStandardOutput(file, rendered.pdf()));
            } catch (RenderException | FileException e) {
                return Failures.report(e, console, shared.verbose);
            }
            return ExitCode.OK;
        }
        try {
            // Every file is checked against --max-size and the inputs before the first is written.
            List<TicketOutputOptions.File> made = ticket.files(file, target, rendered.pdf());
            for (TicketOutputOptions.File one : made) {
                OutputFile.refuseInputs(one.path(), files);
            }
            for (TicketOutputOptions.File one : made) {
                OutputFile.write(one.path(), one.content(), files);
                console.note("wrote " + one.path());
            }
        } catch (RenderException | OutputIsInputException | FileException e) {
            return Failures.report(e, console, shared.verbose);
        }
        return ExitCode.OK;
    }

    /** Where the PDF goes; null for standard output. */
    private Path target(Path input, Report report) {
        if ("-".equals(output)) {
            return null;
        }
        if (output != null) {
            return Path.of(output);
        }
        String name = ticket.pdfName(report);
        if (outputDir != null) {
            return outputDir.resolve(name);
        }
        return input.toAbsolutePath().getParent().resolve(name);
    }
}
