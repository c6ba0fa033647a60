package dev.debrief.cli;

import dev.debrief.archive.Archiving;
import dev.debrief.check.Checks;
import dev.debrief.model.Audience;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.render.Renderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
            completionCandidates = Audiences.class,
            description = "internal or external; external leaves out internal items, authors and task owners. "
                    + "Default: each file's `audience`.")
    Audience audience;

    @Option(names = "--allow-dir", paramLabel = "DIR",
            description = "Also embed pictures from this folder (repeatable). By default a picture must lie in the"
                    + " folder of its incident file.")
    List<Path> allowDirs = new ArrayList<>();

    @Option(names = "--max-image-pixels", paramLabel = "N", defaultValue = "40000000",
            description = "Refuse pictures of more pixels than this (default: ${DEFAULT-VALUE}); a placeholder"
                    + " stands in.")
    long maxImagePixels;

    /** The command these options belong to, for its environment. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The templates folder in use: the one given, else the installation's. */
    Path templatesFolder() {
        return templates != null ? templates : Install.home().resolve("templates");
    }

    @Option(names = "--no-pdfa", description = "Write a plain PDF instead of PDF/A-3b (no output intent or PDF/A"
            + " claim); the source is still embedded.")
    boolean noPdfa;

    /**
     * The pipeline these options describe, validating with the command's clock and dated by SOURCE_DATE_EPOCH
     * when the environment sets it; a folder that cannot serve, or a SOURCE_DATE_EPOCH that is no date, is a
     * usage error.
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
            Renderer.Builder builder = Install.renderer(templates, fonts).pageSize(pageSize)
                    .maxImagePixels(maxImagePixels);
            allowDirs.forEach(builder::allowImagesFrom);
            renderer = builder.build();
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new Failures.UsageException("cannot set up rendering: " + e.getMessage());
        }
        Checks checks = command != null && command.userObject() instanceof DebriefCommand debrief
                ? Checks.builder().clock(debrief.environment.clock()).build()
                : Checks.validation();
        return Pipeline.of(renderer, Optional.ofNullable(audience)).withChecks(checks).with(archiving);
    }
}
