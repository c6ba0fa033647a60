package dev.debrief.cli;

import dev.debrief.archive.Attachments;
import dev.debrief.archive.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debrief extract}: the incident files embedded in a PDF, given back byte for byte. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Give back the incident file embedded in a PDF, byte for byte; from a pack, --all writes"
                + " every one into a folder.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.pdf", description = "A PDF written by Debrief.")
    Path pdf;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to this file, or into this folder under the name stored in the PDF; '-' or none"
                    + " writes to standard output. With --all: the folder to write into.")
    String output;

    @Option(names = "--all", description = "Write every embedded incident file into the folder -o names.")
    boolean all;

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (all && (output == null || output.equals("-"))) {
            return fail(ExitCode.INVALID_INPUT, "--all writes files into a folder: name it with -o DIR", null);
        }
        List<Source> sources;
        try {
            sources = Attachments.sources(Files.readAllBytes(pdf));
        } catch (NoSuchFileException e) {
            return fail(ExitCode.INVALID_INPUT, pdf + ": no such file", e);
        } catch (IOException e) {
            return fail(ExitCode.INVALID_INPUT, pdf + ": cannot read: " + e.getMessage(), e);
        } catch (Attachments.UnreadableException e) {
            return fail(ExitCode.INVALID_INPUT, pdf + ": " + e.getMessage(), e);
        }
        if (sources.isEmpty()) {
            return fail(ExitCode.INVALID_INPUT, pdf + ": holds no embedded incident file", null);
        }
        if (all) {
            return writeAll(sources, Path.of(output));
        }
        if (sources.size() > 1) {
            return fail(ExitCode.INVALID_INPUT, pdf + ": holds " + sources.size() + " incident files ("
                    + sources.stream().map(Source::name).collect(Collectors.joining(", "))
                    + "); use --all -o DIR to write them all", null);
        }
        if (output == null || output.equals("-")) {
            try {
                out.write(sources.get(0).content());
                out.flush();
                return ExitCode.OK;
            } catch (IOException e) {
                return fail(ExitCode.RENDER_FAILED, "cannot write standard output: " + e.getMessage(), e);
            }
        }
        Path target = Path.of(output);
        return write(sources.get(0), Files.isDirectory(target) ? target.resolve(sources.get(0).name()) : target);
    }

    private int writeAll(List<Source> sources, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return fail(ExitCode.INVALID_INPUT, folder + " is a file; --all needs a folder", null);
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
            if (Files.exists(target) && Files.isSameFile(target, pdf)) {
                return fail(ExitCode.INVALID_INPUT, "would overwrite the input " + pdf + "; choose another -o", null);
            }
            AtomicOutput.write(target, source.content());
            err.println("debrief: wrote " + target);
            return ExitCode.OK;
        } catch (IOException e) {
            return fail(ExitCode.RENDER_FAILED, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private int fail(int code, String message, Exception e) {
        err.println("debrief: " + message);
        if (verbose && e != null) {
            e.printStackTrace(err);
        }
        return code;
    }
}
