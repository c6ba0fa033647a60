package dev.debrief.cli;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.DocumentDates;
import dev.debrief.archive.Fingerprint;
import dev.debrief.archive.Source;
import dev.debrief.load.IncidentLoader;
import dev.debrief.load.InputException;
import dev.debrief.load.RedactedYaml;
import dev.debrief.load.Warning;
import dev.debrief.model.Audience;
import dev.debrief.model.Incident;
import dev.debrief.render.RenderException;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    @Option(names = "--no-pdfa", description = "Write a plain PDF instead of PDF/A-3b (no output intent or"
            + " PDF/A claim); the source is still embedded.")
    boolean noPdfa;

    @Option(names = "--verbose", description = "Show each PDF's fingerprint, and stack traces of failures.")
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
        } catch (InputException e) {
            return fail(ExitCode.INVALID_INPUT, e.getMessage(), e);
        } catch (NoSuchFileException e) {
            return fail(ExitCode.INVALID_INPUT, file + ": no such file", e);
        } catch (IOException e) {
            return fail(ExitCode.INVALID_INPUT, file + ": cannot read: " + e.getMessage(), e);
        }
        loaded.warnings().forEach(w -> warn(file, w));
        Incident incident = loaded.incident();
        Report report;
        ArchiveInfo archive;
        try {
            byte[] source = Files.readAllBytes(file);
            if ((audience != null ? audience : incident.audience()) == Audience.EXTERNAL) {
                incident = incident.redactedForExternal();
                // The embedded source is what an external reader may see: the redacted text.
                source = RedactedYaml.of(file, new String(source, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            }
            report = Report.of(incident);
            archive = new ArchiveInfo(DocumentDates.created(report.reportDate(), incident.zone(), System.getenv()),
                    List.of(new Source(file.getFileName().toString(), source)), !noPdfa);
        } catch (InputException | IllegalArgumentException e) {
            return fail(ExitCode.INVALID_INPUT, e.getMessage(), e);
        } catch (IOException e) {
            return fail(ExitCode.INVALID_INPUT, file + ": cannot read: " + e.getMessage(), e);
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
            Fingerprint fingerprint = renderer.render(report, archive, pdf, w -> warn(file, w));
            if (verbose) {
                err.println("debrief: " + file + ": fingerprint " + fingerprint.text());
            }
        } catch (RenderException e) {
            return fail(ExitCode.RENDER_FAILED, file + ": " + e.getMessage(), e);
        }
        try {
            if (target == null) {
                pdf.writeTo(out);
                out.flush();
            } else {
                AtomicOutput.write(target, pdf.toByteArray());
                err.println("debrief: wrote " + target);
            }
        } catch (IOException e) {
            return fail(ExitCode.RENDER_FAILED, "cannot write " + (target == null ? "standard output" : target)
                    + ": " + e.getMessage(), e);
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
