package dev.debrief.pipeline;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.Archiving;
import dev.debrief.archive.Fingerprint;
import dev.debrief.archive.Source;
import dev.debrief.check.Checks;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.diag.Location;
import dev.debrief.load.IncidentLoader;
import dev.debrief.load.RedactedYaml;
import dev.debrief.model.Audience;
import dev.debrief.render.RenderException;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import dev.debrief.files.FileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one path from an incident file to a PDF that every command takes: load, validate, apply the audience,
 * compute the report, render an archival PDF with its source inside. Configured once; immutable and safe to
 * share between threads.
 */
public final class Pipeline {
    private final Optional<Renderer> renderer;
    private final Optional<Audience> audience;
    private final Checks checks;
    private final Archiving archiving;

    private Pipeline(Optional<Renderer> renderer, Optional<Audience> audience, Checks checks, Archiving archiving) {
        this.renderer = renderer;
        this.audience = audience;
        this.checks = checks;
        this.archiving = archiving;
    }

    /**
     * A pipeline that writes PDF/A-3b, each document dated by its report.
     *
     * @param audience the audience every report is for; empty means each file's own {@code audience}
     */
    public static Pipeline of(Renderer renderer, Optional<Audience> audience) {
        return new Pipeline(Optional.of(renderer), audience, Checks.validation(), Archiving.PDFA);
    }

    /**
     * The stages up to the report, without a renderer: for commands that print what a report says (summary)
     * and need no templates or fonts.
     */
    public static Pipeline toReport(Optional<Audience> audience) {
        return new Pipeline(Optional.empty(), audience, Checks.validation(), Archiving.PDFA);
    }

    /** This pipeline, validating with {@code checks} (another clock, rules switched off). */
    public Pipeline withChecks(Checks checks) {
        return new Pipeline(renderer, audience, checks, archiving);
    }

    /** This pipeline, with every report for {@code audience}, whatever each file says. */
    public Pipeline forAudience(Audience audience) {
        return new Pipeline(renderer, Optional.of(audience), checks, archiving);
    }

    /** This pipeline, with its PDFs made archival as {@code archiving} says (PDF/A or not, a fixed date). */
    public Pipeline with(Archiving archiving) {
        return new Pipeline(renderer, audience, checks, archiving);
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
        Fingerprint fingerprint = renderer().render(report, archive(report, List.of(source(loaded, report.audience()))),
                pdf, warnings::add);
        return new Rendered(loaded, report, pdf.toByteArray(), List.copyOf(warnings), fingerprint);
    }

    /**
     * What a document of {@code report} carries besides its pages: its date, PDF/A or not, and {@code sources},
     * one per incident it shows (see {@link #source}).
     */
    public ArchiveInfo archive(Report report, List<Source> sources) {
        return archiving.document(report.reportDate(), report.incident().zone(), sources);
    }

    /**
     * The incident file as a document for {@code audience} embeds it, named as the file is: its exact bytes, or
     * for an external audience the redacted text ({@link RedactedYaml}), which loads to the redacted incident.
     */
    public static Source source(IncidentLoader.Loaded loaded, Audience audience) {
        Path file = loaded.sources().file();
        String name = file.getFileName().toString();
        return switch (audience) {
            case INTERNAL -> new Source(name, loaded.source());
            case EXTERNAL -> {
                try {
                    yield new Source(name, RedactedYaml.of(file, new String(loaded.source(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                } catch (InvalidInputException e) {
                    // The same bytes just loaded without an error, and redaction reads them as the loader does.
                    throw new IllegalStateException("a loaded file could not be redacted: " + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * A finished document and what its author should know about it.
     *
     * @param fingerprint the document's fingerprint, printed on its last page and its PDF document ID
     */
    public record Rendered(IncidentLoader.Loaded loaded, Report report, byte[] pdf, List<Diagnostic> warnings,
            Fingerprint fingerprint) {}
}
