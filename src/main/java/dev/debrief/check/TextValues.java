package dev.debrief.check;

import dev.debrief.diag.SourceMap;
import dev.debrief.model.Image;
import dev.debrief.model.Incident;
import dev.debrief.model.Item;
import dev.debrief.model.Markdown;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text values of an incident, each with its field path and where it was written. */
final class TextValues {
    private final Subject subject;
    private final List<TextValue> values = new ArrayList<>();

    private TextValues(Subject subject) {
        this.subject = subject;
    }

    /** What people read as sentences: titles, narrative, events, measures, tasks, lessons, captions. */
    static List<TextValue> prose(Subject subject) {
        TextValues t = new TextValues(subject);
        t.prose();
        return List.copyOf(t.values);
    }

    /** Every text value: the prose, and names, labels and ids. */
    static List<TextValue> all(Subject subject) {
        TextValues t = new TextValues(subject);
        Incident incident = subject.incident();
        t.add("id", incident.id());
        t.prose();
        t.list("services", incident.services());
        t.list("authors", incident.authors());
        incident.category().ifPresent(v -> t.add("category", v));
        t.list("tags", incident.tags());
        incident.impact().cost().ifPresent(v -> t.add("impact.cost", v));
        for (TimelineEntry entry : incident.timeline()) {
            entry.actor().ifPresent(v -> t.add(entry, "actor", v));
        }
        for (Task task : incident.tasks()) {
            task.owner().ifPresent(v -> t.add(task, "owner", v));
            task.ticket().ifPresent(v -> t.add(task, "ticket", v));
        }
        return List.copyOf(t.values);
    }

    private void prose() {
        Incident incident = subject.incident();
        add("title", incident.title());
        md("summary", Optional.of(incident.summary()));
        md("impact.description", Optional.of(incident.impact().description()));
        md("detection", incident.detection());
        md("trigger", incident.trigger());
        md("root_cause", Optional.of(incident.rootCause()));
        items(incident.contributingFactors());
        md("resolution", Optional.of(incident.resolution()));
        md("conclusion", incident.conclusion());
        for (TimelineEntry entry : incident.timeline()) {
            add(entry, "event", entry.event().source());
        }
        items(incident.measures());
        for (Task task : incident.tasks()) {
            add(task, "task", task.task().source());
        }
        items(incident.lessons().wentWell());
        items(incident.lessons().wentWrong());
        items(incident.lessons().lucky());
        for (Image image : incident.images()) {
            if (!image.caption().isEmpty()) {
                add(image, "caption", image.caption());
            }
        }
    }

    private void md(String path, Optional<Markdown> text) {
        text.filter(t -> !t.source().isEmpty()).ifPresent(t -> add(path, t.source()));
    }

    private void add(String path, String value) {
        values.add(new TextValue(path, subject.sources().locate(path), value));
    }

    private void add(Object owner, String field, String value) {
        SourceMap sources = subject.sources();
        String path = sources.path(owner, field);
        values.add(new TextValue(path, sources.locate(path), value));
    }

    /** A list item is plain text, or a mapping whose {@code text} holds it. */
    private void items(List<Item> items) {
        SourceMap sources = subject.sources();
        for (Item item : items) {
            String path = sources.pathOf(item).orElse("");
            String inside = sources.path(item, "text");
            boolean mapping = !sources.locate(inside).equals(sources.locate(path));
            values.add(new TextValue(mapping ? inside : path, sources.locate(inside), item.text().source()));
        }
    }

    /** A text list may be written as a list or as one string split at commas; both start where its value does. */
    private void list(String path, List<String> items) {
        for (String item : items) {
            add(path, item);
        }
    }
}
