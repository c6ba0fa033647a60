package dev.debrief.pipeline;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import dev.debrief.render.RenderException;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import dev.debrief.diag.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one path from an incident file to a PDF that every command takes: load (with every check), apply the
 * audience, compute the report, render. Configured once; immutable and safe to share between threads.
 */
public final class Pipeline {
    private final Optional<Renderer> renderer;
    private final Optional<Audience> audience;

    private Pipeline(Optional<Renderer> renderer, Optional<Audience> audience) {
        this.renderer = renderer;
        this.audience = audience;
    }

    /**
     * @param audience the audience every report is for; empty means each file's own {@code audience}
     */
    public static Pipeline of(Renderer renderer, Optional<Audience> audience) {
        return new Pipeline(Optional.of(renderer), audience);
    }

    /**
     * The stages up to the report, without a renderer: for commands that print what a report says (summary)
     * and need no templates or fonts.
     */
    public static Pipeline toReport(Optional<Audience> audience) {
        return new Pipeline(Optional.empty(), audience);
    }

    public Renderer renderer() {
        return renderer.orElseThrow(() -> new IllegalStateException("this pipeline stops at the report"));
    }

    /** Reads and checks one incident file; any error refuses it, with every finding. */
    public IncidentLoader.Loaded load(Path file) throws InvalidInputException {
        try {
            return IncidentLoader.load(file);
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.error("unreadable", Location.startOf(file), "",
                    "cannot read the file: " + describe(e)));
        }
    }

    private static String describe(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException missing -> "no such file";
            case java.nio.file.AccessDeniedException denied -> "Permission denied";
            case java.nio.file.FileSystemException other when other.getReason() != null -> other.getReason();
            default -> String.valueOf(e.getMessage());
        };
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
