package dev.debrief.render;

import static dev.debrief.render.Formats.duration;
import static dev.debrief.render.Formats.number;
import static dev.debrief.render.Formats.percent;

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
import dev.debrief.report.Metrics;
import dev.debrief.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    private static final DateTimeFormatter DAY = Formats.DAY;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final MarkdownHtml markdown;

    ViewBuilder(MarkdownHtml markdown) {
        this.markdown = markdown;
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
                incident.severity().map(ViewBuilder::badge).orElse(null),
                label(incident.status()),
                incident.status() == Status.FINAL ? null : incident.status().name(),
                incident.services(),
                incident.authors(),
                DAY.format(report.reportDate()),
                window(incident),
                zoneLabel(zone, incident.window().start()),
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

    private static String window(Incident incident) {
        ZonedDateTime start = incident.window().start();
        Optional<ZonedDateTime> end = incident.window().end();
        String from = DAY.format(start) + ", " + CLOCK.format(start);
        if (end.isEmpty()) {
            return from + " – ongoing";
        }
        ZonedDateTime until = end.get();
        boolean sameDay = until.toLocalDate().equals(start.toLocalDate());
        return from + " – " + (sameDay ? "" : DAY.format(until) + ", ") + CLOCK.format(until);
    }

    /** "UTC", or the zone with its offset at the start of impact: "Africa/Lagos (UTC+01:00)". */
    static String zoneLabel(ZoneId zone, ZonedDateTime at) {
        ZoneOffset offset = at.withZoneSameInstant(zone).getOffset();
        String utc = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        String id = zone.getId();
        if (id.equals("Z") || id.equals("UTC")) {
            return "UTC";
        }
        return zone instanceof ZoneOffset ? utc : id + " (" + utc + ")";
    }

    private List<IncidentView.Tile> tiles(Incident incident, Metrics metrics) {
        List<IncidentView.Tile> tiles = new ArrayList<>();
        tiles.add(new IncidentView.Tile("Duration", metrics.ongoing() ? "ongoing" : duration(metrics.duration()),
                metrics.ongoing() ? "impact has not ended" : "start to end of impact"));
        tiles.add(usersTile(incident));
        tiles.add(new IncidentView.Tile("Time to detect", duration(metrics.timeToDetect()), "first detection or alert"));
        String resolveNote = metrics.ongoing() && metrics.timeToResolve().isEmpty() ? "not resolved yet"
                : "start to resolution";
        tiles.add(new IncidentView.Tile("Time to resolve",
                metrics.timeToResolve().isEmpty() && metrics.ongoing() ? "ongoing" : duration(metrics.timeToResolve()),
                resolveNote));
        return tiles;
    }

    private static IncidentView.Tile usersTile(Incident incident) {
        OptionalDouble percent = incident.impact().usersAffectedPercent();
        if (incident.impact().usersAffected().isPresent()) {
            return new IncidentView.Tile("Users affected", number(incident.impact().usersAffected().getAsLong()),
                    percent.isPresent() ? percent(percent.getAsDouble()) + " of users" : "users");
        }
        if (percent.isPresent()) {
            return new IncidentView.Tile("Users affected", percent(percent.getAsDouble()), "of users");
        }
        return new IncidentView.Tile("Users affected", "n/a", "not recorded");
    }

    private IncidentView.ImpactView impact(Incident incident) {
        var impact = incident.impact();
        return new IncidentView.ImpactView(block(impact.description()),
                impact.usersAffected().isPresent() ? number(impact.usersAffected().getAsLong()) : null,
                impact.usersAffectedPercent().isPresent() ? percent(impact.usersAffectedPercent().getAsDouble()) : null,
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
            rows.add(new IncidentView.Row(date, CLOCK.format(at), entry.type().key(), typeLabel(entry.type()),
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
        metrics.timeToEscalate().ifPresent(d -> parts.add("Time to escalate: " + duration(Optional.of(d))));
        metrics.timeToMitigate().ifPresent(d -> parts.add("Time to mitigate: " + duration(Optional.of(d))));
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private IncidentView.TaskView task(Task task, Report report) {
        return new IncidentView.TaskView(inline(task.task()), task.done(), task.owner().orElse(null),
                task.due().map(DAY::format).orElse(null), report.isOverdue(task),
                task.priority().map(Enum::name).orElse(null), task.ticket().orElse(null), task.url().orElse(null),
                task.internal());
    }

    private static String taskSummary(Metrics metrics) {
        int total = metrics.openTasks() + metrics.doneTasks();
        return total == 0 ? null : metrics.doneTasks() + " of " + total + " done, " + metrics.openTasks() + " open";
    }

    private List<IncidentView.Picture> pictures(Report report, Consumer<Diagnostic> warnings) {
        List<IncidentView.Picture> pictures = new ArrayList<>();
        for (Image image : report.incident().images()) {
            String where = report.sources().path(image, "");
            pictures.add(switch (image) {
                case Image.Remote remote -> {
                    warnings.accept(Diagnostic.warning("remote-image", report.sources().locate(image, "url"), where,
                            "remote image " + dev.debrief.diag.Quote.of(remote.url())
                                    + " is not fetched; a placeholder is shown"));
                    yield new IncidentView.Picture(null, image.caption(), "Remote image, not embedded: " + remote.url());
                }
                case Image.Local local -> {
                    Optional<String> problem = imageProblem(local);
                    if (problem.isPresent()) {
                        warnings.accept(Diagnostic.warning("image-unavailable", report.sources().locate(image, "file"),
                                where + ".file", problem.get() + "; a placeholder is shown"));
                        yield new IncidentView.Picture(null, image.caption(), "Image not available: "
                                + local.file().getFileName());
                    }
                    yield new IncidentView.Picture(local.file().toUri().toString(), image.caption(), null);
                }
            });
        }
        return pictures;
    }

    /** Only PNG, JPEG and GIF files are embedded; the engine cannot draw other formats. */
    private static Optional<String> imageProblem(Image.Local image) {
        if (!Files.isRegularFile(image.file())) {
            return Optional.of("image file " + image.file() + " does not exist");
        }
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(image.file())) {
            int n = in.readNBytes(head, 0, head.length);
            boolean png = n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
            boolean jpeg = n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
            boolean gif = n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F';
            return png || jpeg || gif ? Optional.empty()
                    : Optional.of("image file " + image.file() + " is not a PNG, JPEG or GIF picture");
        } catch (IOException e) {
            return Optional.of("image file " + image.file() + " cannot be read");
        }
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
