package dev.debrief.cli;

import dev.debrief.files.FileException;
import dev.debrief.files.OutputFile;
import dev.debrief.files.OutputIsInputException;
import dev.debrief.load.IncidentLoader;
import dev.debrief.load.InputException;
import dev.debrief.load.Warning;
import dev.debrief.model.Audience;
import dev.debrief.model.Incident;
import dev.debrief.render.RenderException;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debrief render}: one PDF per incident file. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Render incident files to PDF: one PDF per input, named <id>.pdf beside the input by default.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Incident YAML files.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf",
            description = "Write to this file (one input only); '-' writes the PDF to standard output.")
    String output;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write every PDF into this folder.")
    Path outputDir;

    @Option(names = "--templates", paramLabel = "DIR", description = "Render with these templates (a copy of templates/).")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR", description = "Use the fonts in this folder instead of fonts/.")
    Path fonts;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "A4 or LETTER (default: ${DEFAULT-VALUE}).", converter = PageSizes.class)
    Renderer.PageSize pageSize;

    @Option(names = "--audience", paramLabel = "WHO", converter = Audiences.class,
            description = "internal or external; external leaves out internal items, authors and task owners. "
                    + "Default: the file's `audience`.")
    Audience audience;

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    private final PrintStream out;
    private final PrintStream err;

    RenderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (output != null && outputDir != null) {
            return usage("use either -o or --output-dir, not both");
        }
        if (output != null && files.size() > 1) {
            return usage("-o names one output file, but " + files.size() + " inputs were given; use --output-dir");
        }
        Renderer renderer;
        try {
            renderer = Install.renderer(templates, fonts, pageSize);
        } catch (RuntimeException e) {
            return fail(ExitCode.INVALID_INPUT, "cannot set up rendering: " + e.getMessage(), e);
        }
        int worst = ExitCode.OK;
        Map<Path, Path> written = new HashMap<>();
        for (Path file : files) {
            worst = Math.max(worst, renderOne(renderer, file, written));
        }
        return worst;
    }

    private int renderOne(Renderer renderer, Path file, Map<Path, Path> written) {
        IncidentLoader.Loaded loaded;
        try {
            loaded = IncidentLoader.load(file);
        } catch (InputException | FileException e) {
            return fail(ExitCode.INVALID_INPUT, e.getMessage(), e);
        }
        loaded.warnings().forEach(w -> warn(file, w));
        Incident incident = loaded.incident();
        if ((audience != null ? audience : incident.audience()) == Audience.EXTERNAL) {
            incident = incident.redactedForExternal();
        }
        Path target = target(file, incident);
        if (target != null) {
            Path previous = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
            if (previous != null) {
                return fail(ExitCode.INVALID_INPUT, file + ": would overwrite " + target + ", just written from "
                        + previous + " (same id); use -o or another --output-dir", null);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            renderer.render(Report.of(incident), pdf, w -> warn(file, w));
        } catch (RenderException e) {
            return fail(ExitCode.RENDER_FAILED, file + ": " + e.getMessage(), e);
        }
        try {
            if (target == null) {
                OutputFile.write(out, pdf.toByteArray());
            } else {
                OutputFile.write(target, pdf.toByteArray(), files);
                err.println("debrief: wrote " + target);
            }
        } catch (OutputIsInputException e) {
            return fail(ExitCode.INVALID_INPUT, e.getMessage(), e);
        } catch (FileException e) {
            return fail(ExitCode.RENDER_FAILED, e.getMessage(), e);
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
        Path parent = input.toAbsolutePath().getParent();
        return parent.resolve(name);
    }

    private void warn(Path file, Warning warning) {
        err.println("debrief: warning: " + file + ": " + warning.where() + ": " + warning.message());
    }

    private int usage(String message) {
        err.println("debrief: " + message);
        return ExitCode.INVALID_INPUT;
    }

    private int fail(int code, String message, Exception e) {
        err.println("debrief: " + message);
        if (verbose && e != null) {
            e.printStackTrace(err);
        }
        return code;
    }
}
