package dev.debrief.cli;

import dev.debrief.archive.Archiving;
import dev.debrief.model.Audience;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.render.Renderer;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How documents are rendered: the options every command that makes a PDF shares. */
final class RenderOptions {
    @Option(names = "--templates", paramLabel = "DIR", description = "Render with these templates (a copy of templates/).")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR", description = "Use the fonts in this folder instead of fonts/.")
    Path fonts;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "A4 or LETTER (default: ${DEFAULT-VALUE}).", converter = PageSizes.class)
    Renderer.PageSize pageSize;

    @Option(names = "--audience", paramLabel = "WHO", converter = Audiences.class,
            description = "internal or external; external leaves out internal items, authors and task owners. "
                    + "Default: each file's `audience`.")
    Audience audience;

    @Option(names = "--no-pdfa", description = "Write a plain PDF instead of PDF/A-3b (no output intent or PDF/A"
            + " claim); the source is still embedded.")
    boolean noPdfa;

    /**
     * The pipeline these options describe, dated by SOURCE_DATE_EPOCH when the environment sets it; a folder that
     * cannot serve, or a SOURCE_DATE_EPOCH that is no date, is a usage error.
     */
    Pipeline pipeline() {
        Archiving archiving;
        try {
            archiving = Archiving.of(!noPdfa, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new Failures.UsageException(e.getMessage());
        }
        Renderer renderer;
        try {
            renderer = Install.renderer(templates, fonts, pageSize);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new Failures.UsageException("cannot set up rendering: " + e.getMessage());
        }
        return Pipeline.of(renderer, Optional.ofNullable(audience)).with(archiving);
    }
}
