package dev.debrief.render;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.SourceMap;
import dev.debrief.model.Incident;
import dev.debrief.model.Item;
import dev.debrief.model.Markdown;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import dev.debrief.report.Report;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Names every character of the input that no font has a glyph for: the engine would drop it without a word. */
final class GlyphCheck {
    private final FontSet fonts;

    GlyphCheck(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Checks what {@code report} shows; each warning names the field where the file has the character. */
    void check(Report report, Consumer<Diagnostic> warnings) {
        Incident incident = report.incident();
        Checker c = new Checker(report.sources(), incident, warnings);
        c.text("id", incident.id());
        c.text("title", incident.title());
        c.list("services", incident.services());
        c.list("authors", incident.authors());
        incident.category().ifPresent(v -> c.text("category", v));
        c.list("tags", incident.tags());
        c.md("summary", incident.summary());
        c.md("impact.description", incident.impact().description());
        incident.impact().cost().ifPresent(v -> c.text("impact.cost", v));
        incident.detection().ifPresent(v -> c.md("detection", v));
        incident.trigger().ifPresent(v -> c.md("trigger", v));
        c.md("root_cause", incident.rootCause());
        c.items("contributing_factors", incident.contributingFactors());
        c.md("resolution", incident.resolution());
        incident.conclusion().ifPresent(v -> c.md("conclusion", v));
        for (TimelineEntry entry : incident.timeline()) {
            c.md(entry, "event", entry.event());
            c.optional(entry, "actor", entry.actor());
        }
        c.items("measures", incident.measures());
        for (Task task : incident.tasks()) {
            c.md(task, "task", task.task());
            c.optional(task, "owner", task.owner());
            c.optional(task, "ticket", task.ticket());
        }
        c.items("lessons.went_well", incident.lessons().wentWell());
        c.items("lessons.went_wrong", incident.lessons().wentWrong());
        c.items("lessons.lucky", incident.lessons().lucky());
        incident.images().forEach(image -> c.text(image, "caption", image.caption()));
    }

    private final class Checker {
        private final SourceMap sources;
        private final Incident incident;
        private final Consumer<Diagnostic> warnings;

        Checker(SourceMap sources, Incident incident, Consumer<Diagnostic> warnings) {
            this.sources = sources;
            this.incident = incident;
            this.warnings = warnings;
        }

        void text(String field, String text) {
            text(incident, field, text);
        }

        void text(Object owner, String field, String text) {
            Set<Integer> missing = new LinkedHashSet<>();
            text.codePoints()
                    .filter(cp -> !FontSet.isInvisible(cp) && !Character.isISOControl(cp))
                    .filter(cp -> fonts.familyFor(cp).isEmpty())
                    .forEach(missing::add);
            for (int cp : missing) {
                warnings.accept(Diagnostic.warning("missing-glyph", sources.locate(owner, field),
                        sources.path(owner, field), String.format("no font in the fonts folder has the character %s "
                                + "(U+%04X %s); it will be missing from the PDF", new String(Character.toChars(cp)), cp,
                        Optional.ofNullable(Character.getName(cp)).orElse("unnamed"))));
            }
        }

        void md(String field, Markdown text) {
            text(field, text.source());
        }

        void md(Object owner, String field, Markdown text) {
            text(owner, field, text.source());
        }

        void optional(Object owner, String field, Optional<String> text) {
            text.ifPresent(t -> text(owner, field, t));
        }

        void list(String field, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                text(field + "[" + (i + 1) + "]", values.get(i));
            }
        }

        void items(String field, List<Item> items) {
            for (Item item : items) {
                md(item, "", item.text());
            }
        }
    }
}
