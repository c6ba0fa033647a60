package dev.debrief.cli;

import dev.debrief.check.Checks;
import dev.debrief.check.Rule;
import dev.debrief.check.Rules;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.DiagnosticFormat;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.diag.Location;
import dev.debrief.diag.TextFormat;
import dev.debrief.files.FileException;
import dev.debrief.load.IncidentLoader;
import dev.debrief.load.SourceFile;
import dev.debrief.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code validate} and {@code lint} share: read every file given (or standard input for {@code -}),
 * check them together, print every finding in the format asked for, and exit 2 when any is an error.
 */
abstract class CheckingCommand extends DebriefCommand {
    /** How standard input is named in messages. */
    static final Path STDIN = SourceFile.STANDARD_INPUT;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Incident YAML files; '-' reads standard input.")
    List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Formats.class,
            completionCandidates = Formats.class,
            description = "text (default), json for bots, or github for GitHub Actions annotations. "
                    + "json and github go to standard output, text to standard error.")
    DiagnosticFormat format;

    @Option(names = "--disable", paramLabel = "RULE", completionCandidates = RuleIds.class,
            description = "Switch a rule off (repeatable).")
    List<String> disable = new ArrayList<>();

    /** The rules this command runs, before {@code --disable}. */
    abstract Checks.Builder rules();

    /** The exit code for findings without errors. */
    abstract int exitWithoutErrors(List<Diagnostic> diagnostics);

    @Override
    final int run() {
        Checks checks;
        try {
            checks = rules().clock(environment.clock()).disable(disable).build();
        } catch (IllegalArgumentException e) {
            throw new Failures.UsageException("--disable: " + e.getMessage());
        }
        if (files.stream().filter("-"::equals).count() > 1) {
            throw new Failures.UsageException("'-' (standard input) can be given only once");
        }
        Map<Integer, List<Diagnostic>> byFile = new TreeMap<>();
        List<IncidentLoader.Loaded> loaded = new ArrayList<>();
        List<Integer> loadedAt = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                loaded.add(read(files.get(i)));
                loadedAt.add(i);
            } catch (InvalidInputException e) {
                byFile.put(i, e.diagnostics());
            }
        }
        Iterator<Integer> at = loadedAt.iterator();
        for (Checks.Checked checked : checks.check(loaded)) {
            byFile.put(at.next(), checked.diagnostics());
        }
        List<Diagnostic> all = byFile.values().stream().flatMap(List::stream)
                .filter(d -> !console.isQuiet() || d.isError()).toList();
        if (format instanceof TextFormat) {
            console.diagnostics(all);
        } else {
            format.print(all, console.out());
            console.out().flush();
        }
        console.note(summary(all));
        return all.stream().anyMatch(Diagnostic::isError) ? ExitCode.INVALID_INPUT : exitWithoutErrors(all);
    }

    private IncidentLoader.Loaded read(String file) throws InvalidInputException {
        if (!file.equals("-")) {
            return Pipeline.read(Path.of(file));
        }
        byte[] bytes;
        try {
            bytes = SourceFile.read(environment.stdin(), STDIN);
        } catch (FileException e) {
            throw new InvalidInputException(Diagnostic.error("unreadable", Location.startOf(STDIN), "",
                    e.getMessage()));
        }
        return IncidentLoader.parse(STDIN, bytes);
    }

    /** {@code checked 2 files: 1 error, 3 warnings}. */
    private String summary(List<Diagnostic> all) {
        String checked = "checked " + files.size() + (files.size() == 1 ? " file" : " files") + ": ";
        List<String> counts = new ArrayList<>();
        for (Diagnostic.Severity severity : Diagnostic.Severity.values()) {
            long n = all.stream().filter(d -> d.severity() == severity).count();
            if (n > 0) {
                counts.add(n + " " + severity.word() + (n == 1 ? "" : "s"));
            }
        }
        return checked + (counts.isEmpty() ? "no problems" : String.join(", ", counts));
    }

    /**
     * The rules of a command as a help section: each id and default severity, and what it finds, wrapped to
     * fit a terminal. Escaped for picocli's format strings.
     */
    static String ruleList(List<Rule> rules) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        String indent = " ".repeat(width + 13);
        StringBuilder out = new StringBuilder();
        for (Rule rule : rules) {
            StringBuilder line = new StringBuilder(String.format("  %-" + width + "s  %-7s  ", rule.id(),
                    rule.severity().word()));
            for (String word : rule.description().split(" ")) {
                if (line.length() + word.length() > 79 && line.length() > indent.length()) {
                    out.append(line.toString().stripTrailing()).append('\n');
                    line = new StringBuilder(indent);
                }
                line.append(word).append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString().replace("%", "%%").replace("\n", "%n");
    }

    /** The rule ids, for the shell to complete. */
    static final class RuleIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Rules.ALL.stream().map(Rule::id).iterator();
        }
    }

    /** Reads --format; its values are also the shell's completion candidates. */
    static final class Formats implements CommandLine.ITypeConverter<DiagnosticFormat>, Iterable<String> {
        @Override
        public DiagnosticFormat convert(String value) {
            try {
                return DiagnosticFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json", "github").iterator();
        }
    }
}
