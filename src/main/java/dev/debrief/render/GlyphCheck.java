package dev.debrief.render;

import dev.debrief.load.Warning;
import dev.debrief.model.Incident;
import dev.debrief.model.Item;
import dev.debrief.model.Markdown;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
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

    void check(Incident incident, Consumer<Warning> warnings) {
        Checker c = new Checker(warnings);
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
        List<TimelineEntry> timeline = incident.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            c.md("timeline[" + (i + 1) + "].event", timeline.get(i).event());
            c.optional("timeline[" + (i + 1) + "].actor", timeline.get(i).actor());
        }
        c.items("measures", incident.measures());
        List<Task> tasks = incident.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            String at = "tasks[" + (i + 1) + "]";
            c.md(at + ".task", tasks.get(i).task());
            c.optional(at + ".owner", tasks.get(i).owner());
            c.optional(at + ".ticket", tasks.get(i).ticket());
        }
        c.items("lessons.went_well", incident.lessons().wentWell());
        c.items("lessons.went_wrong", incident.lessons().wentWrong());
        c.items("lessons.lucky", incident.lessons().lucky());
        for (int i = 0; i < incident.images().size(); i++) {
            c.text("images[" + (i + 1) + "].caption", incident.images().get(i).caption());
        }
    }

    private final class Checker {
        private final Consumer<Warning> warnings;

        Checker(Consumer<Warning> warnings) {
            this.warnings = warnings;
        }

        void text(String field, String text) {
            Set<Integer> missing = new LinkedHashSet<>();
            text.codePoints()
                    .filter(cp -> !FontSet.isInvisible(cp) && !Character.isISOControl(cp))
                    .filter(cp -> fonts.familyFor(cp).isEmpty())
                    .forEach(missing::add);
            for (int cp : missing) {
                warnings.accept(new Warning(field, String.format("no font in the fonts folder has the character %s "
                        + "(U+%04X %s); it will be missing from the PDF", new String(Character.toChars(cp)), cp,
                        Optional.ofNullable(Character.getName(cp)).orElse("unnamed"))));
            }
        }

        void md(String field, Markdown text) {
            text(field, text.source());
        }

        void optional(String field, Optional<String> text) {
            text.ifPresent(t -> text(field, t));
        }

        void list(String field, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                text(field + "[" + (i + 1) + "]", values.get(i));
            }
        }

        void items(String field, List<Item> items) {
            for (int i = 0; i < items.size(); i++) {
                md(field + "[" + (i + 1) + "]", items.get(i).text());
            }
        }
    }
}
