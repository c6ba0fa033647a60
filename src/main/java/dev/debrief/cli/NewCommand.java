package dev.debrief.cli;

import dev.debrief.files.FileException;
import dev.debrief.files.OutputFile;
import dev.debrief.skeleton.Skeleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code debrief new}: starts a postmortem from a commented skeleton with every field of the format. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Write a new incident file: every field of the format, each explained, with TODO "
                + "placeholders that `debrief validate` reports until they are filled in. Dates are today's, "
                + "in this machine's time zone. Never overwrites a file.",
        footerHeading = "%nExample:%n",
        footer = {"  $ debrief new --id INC-2024-0522 --title 'Checkout down' -o incidents/2024-05-22-checkout.yaml",
                  "  debrief: wrote incidents/2024-05-22-checkout.yaml; fill in its TODO values, then run"
                          + " debrief validate incidents/2024-05-22-checkout.yaml"})
final class NewCommand extends DebriefCommand {
    /** The published schema, for an installation without its schema folder. */
    static final String SCHEMA_URL = "https://debrief.dev/schema/incident-v1.schema.json";

    @Option(names = "--id", paramLabel = "ID", description = "The incident's id, e.g. INC-2024-0522.")
    String id;

    @Option(names = "--title", paramLabel = "TITLE", description = "The incident in one line.")
    String title;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file (never replaced if it exists); default: standard output.")
    Path output;

    @Override
    int run() {
        String text = new Skeleton(schema(), ZonedDateTime.now(environment.clock()), Optional.ofNullable(id),
                Optional.ofNullable(title)).text();
        if (output == null) {
            try {
                OutputFile.write(console.out(), text.getBytes(StandardCharsets.UTF_8));
            } catch (FileException e) {
                return Failures.report(e, console, shared.verbose);
            }
            return ExitCode.OK;
        }
        boolean created = false;
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createFile(output);
            created = true;
            Files.writeString(output, text, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            throw new Failures.UsageException(output + " already exists; it was not changed. Choose another -o FILE");
        } catch (IOException e) {
            if (created) {
                // Nothing half-written: a skeleton cut short by a full disk is removed again.
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // The write error below is the one to report.
                }
            }
            return Failures.report(FileException.writing(output, e), console, shared.verbose);
        }
        console.note("wrote " + output + "; fill in its TODO values, then run debrief validate " + output);
        return ExitCode.OK;
    }

    /** The schema shipped with this installation, else the published one. */
    private static String schema() {
        Path shipped = Install.home().resolve("schema").resolve("incident-v1.schema.json").toAbsolutePath().normalize();
        return Files.isRegularFile(shipped) ? shipped.toString() : SCHEMA_URL;
    }
}
