package dev.debrief.cli;

import dev.debrief.load.IncidentLoader;
import dev.debrief.load.InputException;
import dev.debrief.load.Warning;
import dev.debrief.model.Audience;
import dev.debrief.model.Incident;
import dev.debrief.output.ByteSize;
import dev.debrief.output.NameTemplate;
import dev.debrief.output.PagePreview;
import dev.debrief.render.RenderException;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Option(names = "--name", paramLabel = "TEMPLATE", converter = NameTemplates.class,
            description = "Name the files from a template such as '{id}-{date}-{audience}': {id}, {date}, {audience}, "
                    + "{severity}, {title} (as a slug), {status}; always safe ASCII. Default: {id}.")
    NameTemplate name;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = ByteSizes.class,
            description = "Fail and write nothing when a PDF or PNG would be larger: 10MB, 500KB (1000s), "
                    + "8MiB (1024s).")
    ByteSize maxSize;

    @Option(names = "--png", description = "Also write page 1 beside the PDF as a PNG of the same name, 1200 px wide.")
    boolean png;

    @Option(names = "--png-dpi", paramLabel = "N", description = "Render the PNG at N dpi instead (implies --png).")
    Integer pngDpi;

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
        if (output != null && name != null) {
            return usage("use either -o or --name, not both");
        }
        PagePreview.Size preview = null;
        if (png || pngDpi != null) {
            if ("-".equals(output)) {
                return usage("--png writes a file beside the PDF, so it needs a file output, not -o -");
            }
            try {
                preview = pngDpi == null ? PagePreview.TICKET : new PagePreview.Size.Dpi(pngDpi);
            } catch (IllegalArgumentException e) {
                return usage("--png-dpi: " + e.getMessage());
            }
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
            worst = Math.max(worst, renderOne(renderer, file, written, preview));
        }
        return worst;
    }

    private int renderOne(Renderer renderer, Path file, Map<Path, Path> written, PagePreview.Size preview) {
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
        Audience who = audience != null ? audience : incident.audience();
        if (who == Audience.EXTERNAL) {
            incident = incident.redactedForExternal();
        }
        Report report = Report.of(incident);
        Path target = target(file, report, who);
        if (target != null) {
            Path previous = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
            if (previous != null) {
                return fail(ExitCode.INVALID_INPUT, file + ": would overwrite " + target + ", just written from "
                        + previous + " (same name); use -o, --name or another --output-dir", null);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        byte[] picture;
        try {
            renderer.render(report, pdf, w -> warn(file, w));
            picture = preview == null ? null : PagePreview.png(pdf.toByteArray(), 0, preview);
        } catch (RenderException | IOException e) {
            return fail(ExitCode.RENDER_FAILED, file + ": " + e.getMessage(), e);
        }
        Optional<String> tooLarge = tooLarge("PDF", pdf.size())
                .or(() -> picture == null ? Optional.empty() : tooLarge("PNG", picture.length));
        if (tooLarge.isPresent()) {
            return fail(ExitCode.RENDER_FAILED, file + ": " + tooLarge.get() + "; nothing was written", null);
        }
        if (target == null) {
            try {
                pdf.writeTo(out);
                out.flush();
            } catch (IOException e) {
                return fail(ExitCode.RENDER_FAILED, "cannot write standard output: " + e.getMessage(), e);
            }
            return ExitCode.OK;
        }
        int code = write(target, pdf.toByteArray());
        if (code == ExitCode.OK && picture != null) {
            String base = target.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            code = write(target.resolveSibling(base + ".png"), picture);
        }
        return code;
    }

    private int write(Path target, byte[] content) {
        try {
            AtomicOutput.write(target, content);
        } catch (IOException e) {
            return fail(ExitCode.RENDER_FAILED, "cannot write " + target + ": " + e.getMessage(), e);
        }
        err.println("debrief: wrote " + target);
        return ExitCode.OK;
    }

    /** Where the PDF goes; null for standard output. */
    private Path target(Path input, Report report, Audience who) {
        if ("-".equals(output)) {
            return null;
        }
        if (output != null) {
            return Path.of(output);
        }
        String fileName = (name != null ? name : NameTemplate.DEFAULT).fileName(report, who, "pdf");
        if (outputDir != null) {
            return outputDir.resolve(fileName);
        }
        Path parent = input.toAbsolutePath().getParent();
        return parent.resolve(fileName);
    }

    /** "the PDF would be 12.3 MB, over --max-size 10 MB", when it would. */
    private Optional<String> tooLarge(String what, long size) {
        if (maxSize == null || maxSize.admits(size)) {
            return Optional.empty();
        }
        return Optional.of("the " + what + " would be " + maxSize.describe(size) + ", over --max-size " + maxSize);
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
