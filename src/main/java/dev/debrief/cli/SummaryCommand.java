package dev.debrief.cli;

import dev.debrief.check.Checks;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.files.FileException;
import dev.debrief.files.OutputFile;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import dev.debrief.pipeline.Pipeline;
import dev.debrief.ticket.SummaryFormat;
import dev.debrief.ticket.TicketSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debrief summary}: a short comment about one incident, for the ticket the PDF is attached to. */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Print a short comment to post with the PDF: title, severity, window, duration, time to detect "
                + "and resolve, users affected, the root cause and the open tasks.",
        footerHeading = "%nExample:%n",
        footer = "  debrief summary checkout.yaml --format jira --audience external")
final class SummaryCommand extends DebriefCommand {
    @Parameters(paramLabel = "FILE", description = "An incident YAML file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = SummaryFormats.class,
            description = "markdown (GitHub, GitLab), jira (wiki markup), slack (mrkdwn) or text "
                    + "(default: ${DEFAULT-VALUE}).")
    SummaryFormat format;

    @Option(names = "--audience", paramLabel = "WHO", converter = Audiences.class,
            description = "internal or external; external leaves out internal items and task owners. "
                    + "Default: the file's `audience`.")
    Audience audience;

    @Override
    int run() throws InvalidInputException, FileException {
        Pipeline pipeline = Pipeline.toReport(Optional.ofNullable(audience))
                .withChecks(Checks.builder().clock(environment.clock()).build());
        IncidentLoader.Loaded loaded = pipeline.load(file);
        console.diagnostics(loaded.warnings());
        String summary = TicketSummary.of(pipeline.report(loaded), format);
        OutputFile.write(console.out(), summary.getBytes(StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}
