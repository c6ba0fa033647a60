package dev.debrief.cli;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.files.OutputFile;
import dev.debrief.diag.Location;
import dev.debrief.load.IncidentLoader;
import dev.debrief.load.InputFiles;
import dev.debrief.load.MissingInputException;
import dev.debrief.load.PackConfig;
import dev.debrief.load.PackConfigLoader;
import dev.debrief.model.Audience;
import dev.debrief.model.InvalidValueException;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import dev.debrief.pack.Pack;
import dev.debrief.pack.PackRenderer;
import dev.debrief.pack.PackView;
import dev.debrief.pack.PackViews;
import dev.debrief.pack.StatsFile;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.render.RenderException;
import dev.debrief.report.PackFilter;
import dev.debrief.report.PackStatistics;
import dev.debrief.report.Report;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debrief pack}: many incident files, one PDF a quarterly review can be run from. */
@Command(name = "pack", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Make one PDF of many incidents: cover, overview against the previous period, breakdowns,"
                + " repeat causes, incident and follow-up tables, contents, then every postmortem.",
        footerHeading = "%nExample:%n",
        footer = "  debrief pack incidents/ --period 2024-Q2 --exclude-category game-day,maintenance -o q2.pdf")
final class PackCommand extends DebriefCommand {
    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Incident files, folders (searched for *.yaml and *.yml) or globs. Give the previous"
                    + " period's incidents too, and each figure is compared with it.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "PACK.pdf", description = "The PDF to write.")
    Path output;

    @Option(names = "--title", description = "The pack's title (default: \"<period> incident review\").")
    String title;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "2024-Q2, 2024-05 or 2024; an incident belongs to the period its window starts in.")
    String period;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of a custom period, like 2024-04-01.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of a custom period, like 2024-06-30.")
    String to;

    @Option(names = "--severity", paramLabel = "SEV,...", description = "Keep only these severities: SEV1,SEV2.")
    String severity;

    @Option(names = "--exclude-category", paramLabel = "CATEGORY,...",
            description = "Leave out these categories: game-day,maintenance.")
    String excludeCategory;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The pack's date, which overdue tasks are measured against (default: today).")
    String date;

    @Option(names = "--jobs", paramLabel = "N", description = "Parts laid out at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--stats-out", paramLabel = "FILE.csv|FILE.json",
            description = "Also write the figures behind the overview: one row per incident plus the totals.")
    Path statsOut;

    @Option(names = "--config", paramLabel = "pack.yaml",
            description = "A small YAML file giving title, period (or from and to), inputs, severities,"
                    + " exclude_categories and audience; options given on the command line win.")
    Path config;

    @Option(names = "--skip-invalid",
            description = "Leave invalid files out (listed on standard error and in an appendix) instead of writing"
                    + " nothing.")
    boolean skipInvalid;

    @Mixin
    RenderOptions render = new RenderOptions();

    @Override
    int run() throws Exception {
        if (output == null) {
            throw new Failures.UsageException("name the PDF to write with -o, for example -o pack.pdf");
        }
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new Failures.UsageException("--jobs must be at least 1");
        }
        Optional<PackConfig> settings = config();
        PackFilter filter = new PackFilter(
                period().or(() -> settings.flatMap(PackConfig::period)),
                severity != null ? severities() : settings.map(PackConfig::severities).orElse(Set.of()),
                excludeCategory != null ? categories() : settings.map(PackConfig::excludedCategories).orElse(Set.of()));
        LocalDate packDate = packDate();
        Optional<StatsFile.Format> statsFormat = statsFormat();
        List<Path> files;
        if (!inputs.isEmpty()) {
            try {
                files = InputFiles.expand(inputs);
            } catch (MissingInputException e) {
                throw new Failures.UsageException(String.join("\n", e.problems()));
            }
        } else {
            files = settings.map(PackConfig::inputs).orElseThrow(() -> new Failures.UsageException(
                    "name the incident files, folders or globs to pack, or give them as `inputs` in --config"));
        }
        if (files.isEmpty()) {
            throw new Failures.UsageException("no incident files (*.yaml, *.yml) in " + String.join(", ", inputs));
        }
        Pipeline pipeline = render.pipeline();
        Audience audience = render.audience != null ? render.audience
                : settings.flatMap(PackConfig::audience).orElse(Audience.INTERNAL);
        pipeline = pipeline.forAudience(audience);
        String packTitle = title != null ? title : settings.flatMap(PackConfig::title).orElse(null);

        Read read = read(pipeline, files, workers);
        if (!read.invalid().isEmpty()) {
            read.invalid().forEach(e -> console.diagnostics(e.diagnostics()));
            if (!skipInvalid) {
                console.error(read.invalid().size() + " of " + files.size() + " files are not valid; nothing was"
                        + " written (--skip-invalid leaves them out)");
                return ExitCode.INVALID_INPUT;
            }
            console.error("left out " + read.invalid().size() + " invalid file" + (read.invalid().size() == 1 ? "" : "s")
                    + ": " + String.join(", ", read.skipped().stream().map(PackView.SkippedFile::file).toList()));
        }
        if (filter.apply(read.reports()).isEmpty()) {
            console.error("nothing to pack: " + describe(filter) + " among the " + read.reports().size() + " valid"
                    + " incident file" + (read.reports().size() == 1 ? "" : "s") + "; no PDF was written");
            return ExitCode.INVALID_INPUT;
        }
        PackStatistics stats = PackStatistics.of(read.reports(), filter, packDate);
        Pack pack = PackViews.pack(stats, Optional.ofNullable(packTitle), audience, read.skipped(), pipeline.renderer());

        int incidents = pack.incidents().size();
        PackRenderer renderer = new PackRenderer(pipeline.renderer(), workers);
        // Every output is checked against the inputs, and the figures made, before anything is written.
        List<Path> inputFiles = new ArrayList<>(files);
        if (config != null) {
            inputFiles.add(config);
        }
        OutputFile.refuseInputs(output, inputFiles);
        byte[] figures = statsOut == null ? null : StatsFile.bytes(stats, statsFormat.orElseThrow());
        if (statsOut != null) {
            OutputFile.refuseInputs(statsOut, inputFiles);
        }
        try (RenderProgress progress = new RenderProgress(console, incidents)) {
            OutputFile.write(output, (OutputFile.Content<RenderException>) out ->
                    renderer.render(pack, out, warning -> console.diagnostics(List.of(warning)), progress), inputFiles);
        }
        if (statsOut != null) {
            OutputFile.write(statsOut, figures, inputFiles);
        }
        console.note("wrote " + output + ": " + incidents + " incident" + (incidents == 1 ? "" : "s") + " of "
                + stats.period().label());
        return ExitCode.OK;
    }

    /** Pass 1 on one bar, then pass 2 on another: two bars at once would overwrite each other. */
    private static final class RenderProgress implements PackRenderer.Progress, AutoCloseable {
        private final Console console;
        private final int incidents;
        private final Progress laying;
        private Progress writing;
        private int laidOut;

        RenderProgress(Console console, int incidents) {
            this.console = console;
            this.incidents = incidents;
            this.laying = Progress.start(console, "Laying out", incidents, "incidents");
        }

        @Override
        public synchronized void laidOut(int n) {
            laying.step(n);
            laidOut += n;
            if (laidOut == incidents) {
                laying.close();
            }
        }

        @Override
        public synchronized void written(int n) {
            if (writing == null) {
                writing = Progress.start(console, "Writing", incidents, "incidents");
            }
            writing.step(n);
        }

        @Override
        public synchronized void close() {
            laying.close();
            if (writing != null) {
                writing.close();
            }
        }
    }

    /** What the inputs held: the reports of the valid files, and every invalid file with all its errors. */
    private record Read(List<Report> reports, List<InvalidInputException> invalid, List<PackView.SkippedFile> skipped) {}

    private Read read(Pipeline pipeline, List<Path> files, int workers) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "debrief-read");
            thread.setDaemon(true);
            return thread;
        });
        List<Report> reports = new ArrayList<>();
        List<InvalidInputException> invalid = new ArrayList<>();
        List<PackView.SkippedFile> skipped = new ArrayList<>();
        try (Progress progress = Progress.start(console, "Reading", files.size(), "files")) {
            List<Future<IncidentLoader.Loaded>> loads = files.stream().map(file -> pool.submit(() -> {
                try {
                    return pipeline.load(file);
                } finally {
                    progress.step();
                }
            })).toList();
            for (int i = 0; i < files.size(); i++) {
                try {
                    IncidentLoader.Loaded loaded = loads.get(i).get();
                    console.diagnostics(loaded.warnings());
                    reports.add(pipeline.report(loaded));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof InvalidInputException bad)) {
                        throw new IllegalStateException(e.getCause());
                    }
                    invalid.add(bad);
                    skipped.add(new PackView.SkippedFile(files.get(i).toString(),
                            bad.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Read(reports, invalid, skipped);
    }

    /** The config file's settings; its errors name file, line and column, as an incident's do. */
    private Optional<PackConfig> config() throws InvalidInputException {
        if (config == null) {
            return Optional.empty();
        }
        PackConfigLoader.Loaded loaded;
        try {
            loaded = PackConfigLoader.load(config);
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
            throw new InvalidInputException(Diagnostic.error("unreadable", Location.startOf(config), "",
                    "cannot read the pack config: " + reason));
        }
        console.diagnostics(loaded.warnings());
        return Optional.of(loaded.config());
    }

    private Optional<Period> period() {
        if (period != null && (from != null || to != null)) {
            throw new Failures.UsageException("give either --period or --from and --to, not both");
        }
        try {
            if (period != null) {
                return Optional.of(Period.parse(period));
            }
            if (from != null || to != null) {
                if (from == null || to == null) {
                    throw new Failures.UsageException("a custom period needs both --from and --to");
                }
                return Optional.of(Period.between(from, to));
            }
            return Optional.empty();
        } catch (InvalidValueException e) {
            throw new Failures.UsageException(e.getMessage());
        }
    }

    private Set<Severity> severities() {
        try {
            return severity == null ? Set.of() : PackFilter.parseSeverities(severity);
        } catch (InvalidValueException e) {
            throw new Failures.UsageException("--severity: " + e.getMessage());
        }
    }

    private Set<String> categories() {
        try {
            return excludeCategory == null ? Set.of() : PackFilter.parseCategories(excludeCategory);
        } catch (InvalidValueException e) {
            throw new Failures.UsageException("--exclude-category: " + e.getMessage());
        }
    }

    private LocalDate packDate() {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new Failures.UsageException("--date: `" + date + "` is not a date like 2024-07-08");
        }
    }

    private Optional<StatsFile.Format> statsFormat() {
        try {
            return statsOut == null ? Optional.empty() : Optional.of(StatsFile.Format.of(statsOut));
        } catch (InvalidValueException e) {
            throw new Failures.UsageException("--stats-out: " + e.getMessage());
        }
    }

    private static String describe(PackFilter filter) {
        List<String> parts = new ArrayList<>();
        parts.add(filter.period().map(p -> "no incident in " + p.label()).orElse("no incident"));
        if (!filter.severities().isEmpty()) {
            parts.add("of " + String.join(", ", filter.severities().stream().map(Enum::name).toList()));
        }
        if (!filter.excludedCategories().isEmpty()) {
            parts.add("outside " + String.join(", ", filter.excludedCategories()));
        }
        return String.join(" ", parts);
    }
}
