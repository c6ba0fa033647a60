package dev.debrief.cli;

import dev.debrief.archive.Attachments;
import dev.debrief.archive.Source;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.diag.Location;
import dev.debrief.files.FileException;
import dev.debrief.files.FileProblem;
import dev.debrief.files.OutputFile;
import dev.debrief.files.OutputIsInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debrief extract}: the incident files embedded in a PDF, given back byte for byte. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Give back the incident file embedded in a PDF, byte for byte; from a pack, --all writes"
                + " every one into a folder.")
final class ExtractCommand extends DebriefCommand {
    @Parameters(paramLabel = "FILE.pdf", description = "A PDF written by Debrief.")
    Path pdf;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to this file, or into this folder under the name stored in the PDF; '-' or none"
                    + " writes to standard output. With --all: the folder to write into.")
    String output;

    @Option(names = "--all", description = "Write every embedded incident file into the folder -o names.")
    boolean all;

    @Override
    int run() throws InvalidInputException {
        if (all && (output == null || output.equals("-"))) {
            throw new Failures.UsageException("--all writes files into a folder: name it with -o DIR");
        }
        List<Source> sources = sources();
        if (all) {
            return writeAll(sources, Path.of(output));
        }
        if (sources.size() > 1) {
            throw new Failures.UsageException(pdf + ": holds " + sources.size() + " incident files ("
                    + sources.stream().map(Source::name).collect(Collectors.joining(", "))
                    + "); use --all -o DIR to write them all");
        }
        Source source = sources.get(0);
        if (output == null || output.equals("-")) {
            try {
                OutputFile.write(console.out(), source.content());
                return ExitCode.OK;
            } catch (FileException e) {
                return Failures.report(e, console, shared.verbose);
            }
        }
        Path target = Path.of(output);
        return write(source, Files.isDirectory(target) ? target.resolve(source.name()) : target);
    }

    /** The sources in the PDF; a PDF that cannot be read, or holds none, is refused as input. */
    private List<Source> sources() throws InvalidInputException {
        // A device or a pipe is never opened: /dev/zero would never end.
        Optional<String> notAFile = FileProblem.notAFile(pdf);
        if (notAFile.isPresent()) {
            throw refused("unreadable", "cannot read the file: " + notAFile.get());
        }
        List<Source> sources;
        try {
            sources = Attachments.sources(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw refused("unreadable", "cannot read the file: " + FileProblem.reason(e));
        } catch (Attachments.UnreadableException e) {
            throw refused("unreadable-pdf", e.getMessage());
        }
        if (sources.isEmpty()) {
            throw refused("no-source", "the PDF holds no embedded incident file");
        }
        return sources;
    }

    private InvalidInputException refused(String rule, String message) {
        return new InvalidInputException(Diagnostic.error(rule, Location.startOf(pdf), "", message));
    }

    private int writeAll(List<Source> sources, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Failures.UsageException(folder + " is a file; --all needs a folder");
        }
        int worst = ExitCode.OK;
        for (Source source : sources) {
            // Names come from the PDF: Attachments keeps only their last part, so each lands in the folder.
            worst = Math.max(worst, write(source, folder.resolve(source.name())));
        }
        return worst;
    }

    private int write(Source source, Path target) {
        try {
            OutputFile.write(target, source.content(), List.of(pdf));
            console.note("wrote " + target);
            return ExitCode.OK;
        } catch (OutputIsInputException | FileException e) {
            return Failures.report(e, console, shared.verbose);
        }
    }
}
