package dev.debrief.cli;

import dev.debrief.load.IncidentLoader;
import dev.debrief.load.InputException;
import dev.debrief.model.Audience;
import dev.debrief.model.Incident;
import dev.debrief.report.Report;
import dev.debrief.ticket.SummaryFormat;
import dev.debrief.ticket.TicketSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code debrief summary}: a short comment about one incident, for the ticket the PDF is attached to. */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Print a short comment to post with the PDF: title, severity, window, duration, time to detect "
                + "and resolve, users affected, the root cause and the open tasks.")
final class SummaryCommand implements Callable<Integer> {
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

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    private final PrintStream out;
    private final PrintStream err;

    SummaryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        IncidentLoader.Loaded loaded;
        try {
            loaded = IncidentLoader.load(file);
        } catch (InputException e) {
            return fail(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            return fail(file + ": no such file", e);
        } catch (IOException e) {
            return fail(file + ": cannot read: " + e.getMessage(), e);
        }
        loaded.warnings().forEach(w -> err.println("debrief: warning: " + file + ": " + w.where() + ": "
                + w.message()));
        Incident incident = loaded.incident();
        if ((audience != null ? audience : incident.audience()) == Audience.EXTERNAL) {
            incident = incident.redactedForExternal();
        }
        out.writeBytes(TicketSummary.of(Report.of(incident), format).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return ExitCode.OK;
    }

    private int fail(String message, Exception e) {
        err.println("debrief: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        return ExitCode.INVALID_INPUT;
    }
}
