package dev.debrief.ticket;

import dev.debrief.model.Incident;
import dev.debrief.model.Status;
import dev.debrief.model.Task;
import dev.debrief.report.Figures;
import dev.debrief.report.Metrics;
import dev.debrief.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A short comment to paste or post beside the attached PDF: the title, the figures a reader looks for first, the
 * root cause in one paragraph, and the open tasks with their owners and tickets. A pure function of the report:
 * what it shows of an external report is what redaction left, so no owner or internal item appears in it.
 */
public final class TicketSummary {
    private static final String BETWEEN = " · ";

    private TicketSummary() {}

    public static String of(Report report, SummaryFormat format) {
        Markup markup = format.markup();
        Incident incident = report.incident();
        Metrics metrics = report.metrics();
        List<String> lines = new ArrayList<>();
        lines.add(markup.heading(markup.text(incident.id() + ": " + incident.title())));
        lines.add("");

        List<String> when = new ArrayList<>();
        incident.severity().ifPresent(s -> when.add(fact(markup, "Severity:", s.name())));
        if (incident.status() != Status.FINAL) {
            when.add(fact(markup, "Status:", incident.status() == Status.DRAFT ? "draft" : "in review"));
        }
        when.add(fact(markup, "Window:", Figures.window(incident.window()) + " "
                + Figures.zone(incident.zone(), incident.window().start())));
        when.add(fact(markup, "Duration:", metrics.ongoing() ? "ongoing" : Figures.duration(metrics.duration())));
        List<String> figures = List.of(
                fact(markup, "Time to detect:", Figures.duration(metrics.timeToDetect())),
                fact(markup, "Time to resolve:", metrics.timeToResolve().isEmpty() && metrics.ongoing() ? "ongoing"
                        : Figures.duration(metrics.timeToResolve())),
                fact(markup, "Users affected:", usersAffected(incident)));
        lines.add(String.join(BETWEEN, when) + markup.lineEnd());
        lines.add(String.join(BETWEEN, figures));
        lines.add("");

        lines.add(markup.label("Root cause:") + " " + markup.text(MarkdownText.paragraph(incident.rootCause())));
        lines.add("");

        List<Task> open = incident.tasks().stream().filter(t -> !t.done()).toList();
        int total = incident.tasks().size();
        if (open.isEmpty()) {
            lines.add(markup.label("Open tasks:") + " none" + (total == 0 ? "" : " (" + total + " done)"));
        } else {
            lines.add(markup.label("Open tasks (" + open.size() + " of " + total + "):"));
            lines.add("");
            open.forEach(task -> lines.add(markup.bullet(task(markup, task, report))));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String fact(Markup markup, String label, String value) {
        return markup.label(label) + " " + markup.text(value);
    }

    private static String usersAffected(Incident incident) {
        OptionalLong users = incident.impact().usersAffected();
        OptionalDouble percent = incident.impact().usersAffectedPercent();
        if (users.isPresent()) {
            return Figures.count(users.getAsLong())
                    + (percent.isPresent() ? " (" + Figures.percent(percent.getAsDouble()) + " of users)" : "");
        }
        return percent.isPresent() ? Figures.percent(percent.getAsDouble()) + " of users" : "not recorded";
    }

    /** "Patch the server · DBA team · P1 · due 15 Jun 2024 (overdue) · OPS-1234". */
    private static String task(Markup markup, Task task, Report report) {
        List<String> parts = new ArrayList<>();
        parts.add(markup.text(MarkdownText.paragraph(task.task())));
        task.owner().ifPresent(owner -> parts.add(markup.text(owner)));
        task.priority().ifPresent(priority -> parts.add(priority.name()));
        task.due().ifPresent(due -> parts.add("due " + Figures.day(due)
                + (report.isOverdue(task) ? " (overdue)" : "")));
        ticket(markup, task).ifPresent(parts::add);
        if (task.internal()) {
            parts.add("internal");
        }
        return String.join(BETWEEN, parts);
    }

    private static Optional<String> ticket(Markup markup, Task task) {
        Optional<String> address = task.url().flatMap(WebAddress::of);
        Optional<String> ticket = task.ticket().map(Line::of).filter(t -> !t.isEmpty());
        if (ticket.isPresent()) {
            String id = ticket.get();
            return Optional.of(address.map(a -> markup.link(markup.text(id), a))
                    .orElseGet(() -> markup.reference(id).orElseGet(() -> markup.text(id))));
        }
        return address.map(markup::address);
    }
}
