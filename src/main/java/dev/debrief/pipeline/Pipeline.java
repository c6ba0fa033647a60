package dev.debrief.pipeline;

import dev.debrief.check.Checks;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import dev.debrief.render.RenderException;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import dev.debrief.diag.Location;
import dev.debrief.files.FileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one path from an incident file to a PDF that every command takes: load, validate, apply the audience,
 * compute the report, render. Configured once; immutable and safe to share between threads.
 */
public final class Pipeline {
    private final Optional<Renderer> renderer;
    private final Optional<Audience> audience;
    private final Checks checks;

    private Pipeline(Optional<Renderer> renderer, Optional<Audience> audience, Checks checks) {
        this.renderer = renderer;
        this.audience = audience;
        this.checks = checks;
    }

    /**
     * @param audience the audience every report is for; empty means each file's own {@code audience}
     */
    public static Pipeline of(Renderer renderer, Optional<Audience> audience) {
        return new Pipeline(Optional.of(renderer), audience, Checks.validation());
    }

    /**
     * The stages up to the report, without a renderer: for commands that print what a report says (summary)
     * and need no templates or fonts.
     */
    public static Pipeline toReport(Optional<Audience> audience) {
        return new Pipeline(Optional.empty(), audience, Checks.validation());
    }

    /** This pipeline, validating with {@code checks} (another clock, rules switched off). */
    public Pipeline withChecks(Checks checks) {
        return new Pipeline(renderer, audience, checks);
    }

    public Renderer renderer() {
        return renderer.orElseThrow(() -> new IllegalStateException("this pipeline stops at the report"));
    }

    /**
     * Reads and validates one incident file; any error refuses it, with every finding. The warnings of the
     * result include the validation rules' warnings.
     */
    public IncidentLoader.Loaded load(Path file) throws InvalidInputException {
        return checks.validate(read(file));
    }

    /** Reads one incident file, with the loader's checks only; any error refuses it, with every finding. */
    public static IncidentLoader.Loaded read(Path file) throws InvalidInputException {
        try {
            return IncidentLoader.load(file);
        } catch (FileException e) {
            throw new InvalidInputException(Diagnostic.error("unreadable", Location.startOf(file), "",
                    "cannot read the file: " + e.reason()));
        }
    }

    /** The report of a loaded incident, for the audience asked for or else the file's own. */
    public Report report(IncidentLoader.Loaded loaded) {
        Audience applied = audience.orElse(loaded.incident().audience());
        return Report.of(loaded.incident(), loaded.sources(), applied);
    }

    /** Every stage for one file. */
    public Rendered render(Path file) throws InvalidInputException, RenderException {
        return render(load(file));
    }

    /** Renders an incident already loaded; its load warnings come first among the result's warnings. */
    public Rendered render(IncidentLoader.Loaded loaded) throws RenderException {
        Report report = report(loaded);
        List<Diagnostic> warnings = new ArrayList<>(loaded.warnings());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        renderer().render(report, pdf, warnings::add);
        return new Rendered(loaded, report, pdf.toByteArray(), List.copyOf(warnings));
    }

    /** A finished document and what its author should know about it. */
    public record Rendered(IncidentLoader.Loaded loaded, Report report, byte[] pdf, List<Diagnostic> warnings) {}
}
