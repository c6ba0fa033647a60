package dev.debrief.render;

import dev.debrief.model.Incident;
import dev.debrief.model.Item;
import dev.debrief.model.Markdown;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import dev.debrief.report.Report;
import java.util.List;
import java.util.Optional;

/**
 * Every piece of text a report shows, with the object and field it belongs to, so that checks of the text
 * (glyphs, Markdown limits) can name the place in the file where it was written.
 */
final class ReportTexts {
    /** Receives each text: {@code owner} and {@code field} locate it in the report's source map. */
    interface Visitor {
        void text(Object owner, String field, String text);

        default void markdown(Object owner, String field, Markdown text) {
            text(owner, field, text.source());
        }
    }

    private ReportTexts() {}

    static void visit(Report report, Visitor visitor) {
        Incident incident = report.incident();
        visitor.text(incident, "id", incident.id());
        visitor.text(incident, "title", incident.title());
        list(incident, "services", incident.services(), visitor);
        list(incident, "authors", incident.authors(), visitor);
        incident.category().ifPresent(v -> visitor.text(incident, "category", v));
        list(incident, "tags", incident.tags(), visitor);
        visitor.markdown(incident, "summary", incident.summary());
        visitor.markdown(incident, "impact.description", incident.impact().description());
        incident.impact().cost().ifPresent(v -> visitor.text(incident, "impact.cost", v));
        incident.detection().ifPresent(v -> visitor.markdown(incident, "detection", v));
        incident.trigger().ifPresent(v -> visitor.markdown(incident, "trigger", v));
        visitor.markdown(incident, "root_cause", incident.rootCause());
        items(incident.contributingFactors(), visitor);
        visitor.markdown(incident, "resolution", incident.resolution());
        incident.conclusion().ifPresent(v -> visitor.markdown(incident, "conclusion", v));
        for (TimelineEntry entry : incident.timeline()) {
            visitor.markdown(entry, "event", entry.event());
            optional(entry, "actor", entry.actor(), visitor);
        }
        items(incident.measures(), visitor);
        for (Task task : incident.tasks()) {
            visitor.markdown(task, "task", task.task());
            optional(task, "owner", task.owner(), visitor);
            optional(task, "ticket", task.ticket(), visitor);
        }
        items(incident.lessons().wentWell(), visitor);
        items(incident.lessons().wentWrong(), visitor);
        items(incident.lessons().lucky(), visitor);
        incident.images().forEach(image -> visitor.text(image, "caption", image.caption()));
    }

    private static void optional(Object owner, String field, Optional<String> text, Visitor visitor) {
        text.ifPresent(t -> visitor.text(owner, field, t));
    }

    private static void list(Incident incident, String field, List<String> values, Visitor visitor) {
        for (int i = 0; i < values.size(); i++) {
            visitor.text(incident, field + "[" + (i + 1) + "]", values.get(i));
        }
    }

    private static void items(List<Item> items, Visitor visitor) {
        for (Item item : items) {
            visitor.markdown(item, "", item.text());
        }
    }
}
