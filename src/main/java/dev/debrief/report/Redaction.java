package dev.debrief.report;

import dev.debrief.diag.SourceMap;
import dev.debrief.model.Audience;
import dev.debrief.model.Incident;
import dev.debrief.model.Item;
import dev.debrief.model.Lessons;
import dev.debrief.model.Task;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an external audience may see of an incident: no internal items, no authors, no task owners. */
public final class Redaction {
    private Redaction() {}

    /** The incident for {@code audience}, with positions that still name items as the file numbers them. */
    public record Applied(Incident incident, SourceMap sources) {}

    public static Applied apply(Incident incident, SourceMap sources, Audience audience) {
        return switch (audience) {
            case INTERNAL -> new Applied(incident, sources);
            case EXTERNAL -> external(incident, sources);
        };
    }

    private static Applied external(Incident incident, SourceMap sources) {
        Map<Object, Object> copies = new IdentityHashMap<>();
        List<Task> tasks = incident.tasks().stream()
                .filter(t -> !t.internal())
                .map(t -> {
                    Task copy = new Task(t.task(), t.done(), Optional.empty(), t.due(), t.priority(), t.ticket(),
                            t.url(), false);
                    copies.put(copy, t);
                    return copy;
                })
                .toList();
        Incident redacted = new Incident(incident.source(), incident.format(), incident.id(), incident.title(),
                incident.severity(), incident.status(), incident.services(), List.of(), incident.date(),
                incident.zone(), incident.category(), incident.tags(), Audience.EXTERNAL, incident.summary(),
                incident.window(), incident.impact(), incident.detection(), incident.trigger(), incident.rootCause(),
                visible(incident.contributingFactors()), incident.resolution(), incident.conclusion(),
                incident.timeline().stream().filter(e -> !e.internal()).toList(),
                visible(incident.measures()),
                tasks,
                new Lessons(visible(incident.lessons().wentWell()), visible(incident.lessons().wentWrong()),
                        visible(incident.lessons().lucky())),
                incident.images().stream().filter(i -> !i.internal()).toList());
        return new Applied(redacted, sources.withCopies(copies));
    }

    private static List<Item> visible(List<Item> items) {
        return items.stream().filter(i -> !i.internal()).toList();
    }
}
