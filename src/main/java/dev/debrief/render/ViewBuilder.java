package dev.debrief.render;


import dev.debrief.diag.Diagnostic;
import dev.debrief.model.EventType;
import dev.debrief.model.Image;
import dev.debrief.model.Incident;
import dev.debrief.model.Item;
import dev.debrief.model.Markdown;
import dev.debrief.model.Severity;
import dev.debrief.model.Status;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import dev.debrief.report.Figures;
import dev.debrief.report.Metrics;
import dev.debrief.report.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/** Builds the {@link IncidentView} of a report: dates, durations and numbers formatted, Markdown made safe HTML. */
final class ViewBuilder {
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final MarkdownHtml markdown;
    private final Pictures pictures;

    ViewBuilder(MarkdownHtml markdown, Pictures pictures) {
        this.markdown = markdown;
        this.pictures = pictures;
    }

    /** The view of {@code report}; {@code anchor} prefixes the ids of its sections. */
    IncidentView build(Report report, String anchor, Consumer<Diagnostic> warnings) {
        Incident incident = report.incident();
        Metrics metrics = report.metrics();
        ZoneId zone = incident.zone();
        return new IncidentView(
                anchor,
                incident.id(),
                incident.title(),
                runningTitle(incident.title()),
                incident.severity().map(ViewBuilder::badge).orElse(null),
                label(incident.status()),
                incident.status() == Status.FINAL ? null : incident.status().name(),
                incident.services(),
                incident.authors(),
                Figures.day(report.reportDate()),
                new IncidentView.Period(Figures.windowStart(incident.window()), Figures.windowEnd(incident.window())),
                Figures.zone(zone, incident.window().start()),
                incident.category().orElse(null),
                incident.tags(),
                tiles(incident, metrics),
                block(incident.summary()),
                impact(incident),
                incident.detection().map(this::block).orElse(null),
                incident.trigger().map(this::block).orElse(null),
                block(incident.rootCause()),
                items(incident.contributingFactors()),
                block(incident.resolution()),
                timeline(incident),
                timelineNote(metrics),
                items(incident.measures()),
                incident.tasks().stream().map(t -> task(t, report)).toList(),
                taskSummary(metrics),
                new IncidentView.LessonsView(items(incident.lessons().wentWell()), items(incident.lessons().wentWrong()),
                        items(incident.lessons().lucky())),
                pictures(report, warnings),
                incident.conclusion().map(this::block).orElse(null));
    }

    /** The PDF's document information for one incident. */
    static DocumentView.Meta meta(Incident incident) {
        List<String> keywords = new ArrayList<>(incident.services());
        keywords.addAll(incident.tags());
        return new DocumentView.Meta(incident.id() + ": " + incident.title(), String.join(", ", incident.authors()),
                incident.id(), String.join(", ", keywords));
    }

    /** Room in the running header for the title, in widths of a Latin letter; a CJK character takes two. */
    static final int RUNNING_TITLE_WIDTH = 80;

    /** The title cut to fit one line of the running header: at a word's end where one is near, with "…". */
    static String runningTitle(String title) {
        int width = 0;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            if (width > RUNNING_TITLE_WIDTH) {
                int space = title.lastIndexOf(' ', i);
                int cut = space > i * 3 / 4 ? space : i;
                return title.substring(0, cut).stripTrailing() + "…";
            }
            i += Character.charCount(cp);
        }
        return title;
    }

    /** Ideographs, kana, hangul, full-width forms and emoji: about twice as wide as a Latin letter. */
    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Character.isIdeographic(cp) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF);
    }

    private static IncidentView.Badge badge(Severity severity) {
        String meaning = switch (severity) {
            case SEV1 -> "critical";
            case SEV2 -> "major";
            case SEV3 -> "moderate";
            case SEV4 -> "minor";
            case SEV5 -> "low";
        };
        return new IncidentView.Badge(severity.name(), severity.name().toLowerCase(Locale.ROOT), meaning);
    }

    private static String label(Status status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case REVIEW -> "In review";
            case FINAL -> "Final";
        };
    }

    private List<IncidentView.Tile> tiles(Incident incident, Metrics metrics) {
        List<IncidentView.Tile> tiles = new ArrayList<>();
        tiles.add(new IncidentView.Tile("Duration", metrics.ongoing() ? "ongoing" : Figures.duration(metrics.duration()),
                metrics.ongoing() ? "impact has not ended" : "start to end of impact"));
        tiles.add(usersTile(incident));
        tiles.add(new IncidentView.Tile("Time to detect", Figures.duration(metrics.timeToDetect()),
                "first detection or alert"));
        String resolveNote = metrics.ongoing() && metrics.timeToResolve().isEmpty() ? "not resolved yet"
                : "start to resolution";
        tiles.add(new IncidentView.Tile("Time to resolve",
                metrics.timeToResolve().isEmpty() && metrics.ongoing() ? "ongoing"
                        : Figures.duration(metrics.timeToResolve()),
                resolveNote));
        return tiles;
    }

    private static IncidentView.Tile usersTile(Incident incident) {
        OptionalDouble percent = incident.impact().usersAffectedPercent();
        if (incident.impact().usersAffected().isPresent()) {
            return new IncidentView.Tile("Users affected", Figures.count(incident.impact().usersAffected().getAsLong()),
                    percent.isPresent() ? Figures.percent(percent.getAsDouble()) + " of users" : "users");
        }
        if (percent.isPresent()) {
            return new IncidentView.Tile("Users affected", Figures.percent(percent.getAsDouble()), "of users");
        }
        return new IncidentView.Tile("Users affected", "n/a", "not recorded");
    }

    private IncidentView.ImpactView impact(Incident incident) {
        var impact = incident.impact();
        return new IncidentView.ImpactView(block(impact.description()),
                impact.usersAffected().isPresent() ? Figures.count(impact.usersAffected().getAsLong()) : null,
                impact.usersAffectedPercent().isPresent()
                        ? Figures.percent(impact.usersAffectedPercent().getAsDouble()) : null,
                impact.cost().orElse(null));
    }

    private List<IncidentView.Row> timeline(Incident incident) {
        List<IncidentView.Row> rows = new ArrayList<>();
        LocalDate shown = null;
        for (TimelineEntry entry : incident.timeline()) {
            ZonedDateTime at = entry.time().withZoneSameInstant(incident.zone());
            LocalDate day = at.toLocalDate();
            String date = day.equals(shown) ? null : SHORT_DAY.format(at);
            shown = day;
            rows.add(new IncidentView.Row(date, Figures.clock(at), entry.type().key(), typeLabel(entry.type()),
                    inline(entry.event()), entry.actor().orElse(null), entry.type() == EventType.MISLEADING,
                    entry.internal()));
        }
        return rows;
    }

    private static String typeLabel(EventType type) {
        return switch (type) {
            case DETECTION -> "Detection";
            case ALERT -> "Alert";
            case INVESTIGATION -> "Investigation";
            case MISLEADING -> "Misleading";
            case ESCALATION -> "Escalation";
            case MITIGATION -> "Mitigation";
            case RESOLUTION -> "Resolution";
            case COMMUNICATION -> "Communication";
            case NOTE -> "Note";
        };
    }

    private static String timelineNote(Metrics metrics) {
        List<String> parts = new ArrayList<>();
        metrics.timeToEscalate().ifPresent(d -> parts.add("Time to escalate: " + Figures.duration(Optional.of(d))));
        metrics.timeToMitigate().ifPresent(d -> parts.add("Time to mitigate: " + Figures.duration(Optional.of(d))));
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private IncidentView.TaskView task(Task task, Report report) {
        return new IncidentView.TaskView(inline(task.task()), task.done(), task.owner().orElse(null),
                task.due().map(Figures::day).orElse(null), report.isOverdue(task),
                task.priority().map(Enum::name).orElse(null), task.ticket().orElse(null), task.url().orElse(null),
                task.internal());
    }

    private static String taskSummary(Metrics metrics) {
        int total = metrics.openTasks() + metrics.doneTasks();
        return total == 0 ? null : metrics.doneTasks() + " of " + total + " done, " + metrics.openTasks() + " open";
    }

    private List<IncidentView.Picture> pictures(Report report, Consumer<Diagnostic> warnings) {
        List<IncidentView.Picture> shown = new ArrayList<>();
        Path folder = report.sources().file().toAbsolutePath().normalize().getParent();
        for (Image image : report.incident().images()) {
            String where = report.sources().path(image, "");
            shown.add(switch (image) {
                case Image.Remote remote -> {
                    warnings.accept(Diagnostic.warning("remote-image", report.sources().locate(image, "url"), where,
                            "remote image " + dev.debrief.diag.Quote.of(remote.url())
                                    + " is not fetched; a placeholder is shown"));
                    yield new IncidentView.Picture(null, image.caption(), "Remote image, not embedded: " + remote.url());
                }
                case Image.Local local -> switch (pictures.prepare(local.file(), folder)) {
                    case Pictures.Embedded embedded -> new IncidentView.Picture(embedded.src(), image.caption(), null);
                    case Pictures.Refused refused -> {
                        warnings.accept(Diagnostic.warning(refused.rule(), report.sources().locate(image, "file"),
                                where + ".file", refused.reason() + "; a placeholder is shown"));
                        yield new IncidentView.Picture(null, image.caption(), "Image not available: "
                                + local.file().getFileName());
                    }
                };
            });
        }
        return shown;
    }

    private Html block(Markdown text) {
        return new Html(markdown.block(text));
    }

    private Html inline(Markdown text) {
        return new Html(markdown.inline(text));
    }

    private List<Html> items(List<Item> items) {
        return items.stream().map(i -> inline(i.text())).toList();
    }
}
