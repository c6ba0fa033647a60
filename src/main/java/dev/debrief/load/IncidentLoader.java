package dev.debrief.load;

import dev.debrief.model.Audience;
import dev.debrief.model.EventType;
import dev.debrief.model.Image;
import dev.debrief.model.Impact;
import dev.debrief.model.Incident;
import dev.debrief.model.Lessons;
import dev.debrief.model.Markdown;
import dev.debrief.model.Priority;
import dev.debrief.model.Severity;
import dev.debrief.model.Status;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import dev.debrief.model.Window;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.diag.Location;
import dev.debrief.diag.SourceMap;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads an incident file (format version 1) into the model. Every problem in the file is found in one pass and
 * reported with its file, line, column and field; a file with any error is refused as a whole.
 */
public final class IncidentLoader {
    /**
     * A loaded incident: the model, where each of its values was written, the warnings about it, and the
     * exact bytes it was read from (archived inside the PDF).
     */
    public record Loaded(Incident incident, SourceMap sources, List<Diagnostic> warnings, byte[] source) {}

    static final Set<String> TOP_LEVEL = Set.of("format", "id", "title", "severity", "status", "services", "authors",
            "date", "timezone", "category", "tags", "audience", "summary", "window", "impact", "detection", "trigger",
            "root_cause", "contributing_factors", "resolution", "conclusion", "timeline", "measures", "tasks",
            "lessons", "images", Fields.INTERNAL);
    static final Set<String> WINDOW = Set.of("start", "end", Fields.INTERNAL);
    static final Set<String> IMPACT = Set.of("description", "users_affected_percent", "users_affected", "cost",
            Fields.INTERNAL);
    static final Set<String> TIMELINE = Set.of("time", "event", "type", "actor", Fields.INTERNAL);
    static final Set<String> TASK = Set.of("task", "done", "owner", "due", "priority", "ticket", "url",
            Fields.INTERNAL);
    static final Set<String> LESSONS = Set.of("went_well", "went_wrong", "lucky", Fields.INTERNAL);
    static final Set<String> IMAGE = Set.of("file", "url", "caption", Fields.INTERNAL);

    static final String DATE_TIME = "a date-time like 2024-05-22T14:00:00Z, 2024-05-22T14:00:00+01:00 or 2024-05-22 14:00";
    static final String TIME = "a time like 14:05, 2:05 PM or a date-time like 2024-05-22T14:05:00Z";
    static final String DATE = "a date like 2024-05-22";

    /** An incident file is text; anything larger is refused before it is parsed. */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    private IncidentLoader() {}

    /** Reads and loads {@code file}. */
    public static Loaded load(Path file) throws InvalidInputException, IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new InvalidInputException(Diagnostic.error("too-large", Location.startOf(file), "",
                    "the file is larger than 8 MiB; an incident file is text"));
        }
        return parse(file, Files.readAllBytes(file));
    }

    /** Loads incident bytes; {@code file} names them in messages and anchors relative image paths. */
    public static Loaded parse(Path file, byte[] bytes) throws InvalidInputException {
        Optional<String> text = decode(file, bytes);
        if (text.isEmpty()) {
            throw new InvalidInputException(Diagnostic.error("encoding", badByte(file, bytes), "",
                    "the file is not UTF-8 text; save it as UTF-8"));
        }
        return parse(file, text.get(), bytes);
    }

    /** Loads incident text; {@code file} names it in messages and anchors relative image paths. */
    public static Loaded parse(Path file, String text) throws InvalidInputException {
        return parse(file, text, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Loaded parse(Path file, String text, byte[] bytes) throws InvalidInputException {
        Reading reading = new Reading(file);
        Optional<Incident> incident = YamlTree.read(reading, text.startsWith("\uFEFF") ? text.substring(1) : text)
                .map(root -> incident(reading, root, file));
        if (incident.isEmpty() || reading.hasErrors()) {
            throw new InvalidInputException(reading.diagnostics());
        }
        return new Loaded(incident.get(), reading.sources.build(), reading.diagnostics(), bytes);
    }

    /** Decodes UTF-8; empty when a byte is not UTF-8. */
    private static Optional<String> decode(Path file, byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The line and column of the first byte that is not UTF-8, found in one pass. */
    private static Location badByte(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        int line = 1;
        int column = 1;
        int end = result.isError() ? in.position() : bytes.length;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    private static Incident incident(Reading reading, Node root, Path file) {
        Fields top = Fields.of(reading, root, "", TOP_LEVEL);
        top.internalWithoutEffect();
        int format = top.parsed("format", "1", t -> t.strip().equals("1") ? Optional.of(1) : Optional.empty()).orElse(1);
        ZoneId zone = top.parsed("timezone", "an IANA zone like Africa/Lagos, or an offset like +01:00",
                TimeText::zone).orElse(ZoneOffset.UTC);
        Window window = window(reading, top, zone);
        return new Incident(
                file.toAbsolutePath().normalize(),
                format,
                top.requiredText("id", "an identifier like INC-2024-0522").orElse(""),
                top.requiredText("title", "a one-line title").orElse(""),
                top.choice("severity", Severity.class),
                top.choice("status", Status.class).orElse(Status.FINAL),
                top.textList("services"),
                top.textList("authors"),
                top.parsed("date", DATE, TimeText::date),
                zone,
                top.text("category"),
                top.textList("tags"),
                top.choice("audience", Audience.class).orElse(Audience.INTERNAL),
                top.requiredMarkdown("summary").orElse(NOTHING),
                window,
                impact(reading, top),
                top.markdown("detection"),
                top.markdown("trigger"),
                top.requiredMarkdown("root_cause").orElse(NOTHING),
                top.items("contributing_factors"),
                top.requiredMarkdown("resolution").orElse(NOTHING),
                top.markdown("conclusion"),
                timeline(reading, top, window, zone),
                top.items("measures"),
                tasks(reading, top),
                lessons(reading, top),
                images(reading, top, file));
    }

    /** Stands in for a required text that was reported missing; such an incident is never handed out. */
    private static final Markdown NOTHING = new Markdown("");

    /** Stands in for a window that was reported missing or unreadable. */
    private static final ZonedDateTime NO_TIME = ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static Window window(Reading reading, Fields top, ZoneId zone) {
        Optional<Node> node = top.require("window", "a mapping with `start` (and `end` unless the incident is ongoing)");
        if (node.isEmpty()) {
            return new Window(NO_TIME, Optional.empty());
        }
        Fields fields = Fields.of(reading, node.get(), "window", WINDOW);
        fields.internalWithoutEffect();
        Optional<ZonedDateTime> start = fields.require("start", DATE_TIME)
                .flatMap(n -> fields.parsedAt(n, "window.start", DATE_TIME, t -> TimeText.dateTime(t, zone)));
        Optional<ZonedDateTime> end = fields.parsed("end", DATE_TIME, t -> TimeText.dateTime(t, zone));
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            reading.error("window-order", fields.node("end").orElseThrow().location(), "window.end",
                    "`window.end` (" + end.get().toOffsetDateTime() + ") is before `window.start` ("
                            + start.get().toOffsetDateTime() + ")");
        }
        return new Window(start.orElse(NO_TIME), end);
    }

    private static Impact impact(Reading reading, Fields top) {
        Optional<Node> node = top.require("impact", "a mapping with `description`");
        if (node.isEmpty()) {
            return new Impact(NOTHING, OptionalDouble.empty(), OptionalLong.empty(), Optional.empty());
        }
        Fields fields = Fields.of(reading, node.get(), "impact", IMPACT);
        fields.internalWithoutEffect();
        Optional<Double> percent = fields.parsed("users_affected_percent", "a number from 0 to 100",
                IncidentLoader::percent);
        Optional<Long> users = fields.parsed("users_affected", "a whole number like 75000", IncidentLoader::count);
        return new Impact(fields.requiredMarkdown("description").orElse(NOTHING),
                percent.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                users.map(OptionalLong::of).orElse(OptionalLong.empty()),
                fields.text("cost"));
    }

    private static Optional<Double> percent(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.length() > 32) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(t);
            return value >= 0 && value <= 100 && !Double.isNaN(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> count(String text) {
        String t = text.strip().replace("_", "").replace(",", "");
        if (!t.matches("\\d{1,15}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(t));
    }

    private static List<TimelineEntry> timeline(Reading reading, Fields top, Window window, ZoneId zone) {
        List<TimelineEntry> entries = new ArrayList<>();
        return top.list("timeline", (item, where) -> {
            Fields fields = Fields.of(reading, item, where, TIMELINE);
            ZonedDateTime previous = entries.isEmpty() ? null : entries.get(entries.size() - 1).time();
            Optional<ZonedDateTime> time = fields.require("time", TIME).flatMap(node -> fields.parsedAt(node,
                    where + ".time", TIME, text -> TimeText.dateTime(text, zone)
                            .or(() -> TimeText.timeOfDay(text).map(t -> onDay(t, window.start(), previous, zone)))));
            Optional<Markdown> event = fields.requiredMarkdown("event");
            EventType type = fields.choice("type", EventType.class).orElse(EventType.NOTE);
            Optional<String> actor = fields.text("actor");
            boolean internal = fields.flag(Fields.INTERNAL, false);
            if (time.isEmpty() || event.isEmpty()) {
                return Optional.empty();
            }
            TimelineEntry entry = new TimelineEntry(time.get(), event.get(), type, actor, internal);
            entries.add(entry);
            return Optional.of(entry);
        });
    }

    /**
     * A bare time of day stands on the day of the entry before it (the first on the day the window starts);
     * one earlier than that entry rolls over to the next day.
     */
    static ZonedDateTime onDay(LocalTime time, ZonedDateTime windowStart, ZonedDateTime previous, ZoneId zone) {
        LocalDate day = (previous == null ? windowStart : previous).withZoneSameInstant(zone).toLocalDate();
        ZonedDateTime candidate = ZonedDateTime.of(day, time, zone);
        if (previous != null && candidate.isBefore(previous)) {
            candidate = ZonedDateTime.of(day.plusDays(1), time, zone);
        }
        return candidate;
    }

    private static List<Task> tasks(Reading reading, Fields top) {
        return top.list("tasks", (item, where) -> {
            if (item instanceof Node.Scalar scalar) {
                String text = reading.cleaner.clean(scalar.text(), where, item.location()).strip();
                if (text.isEmpty()) {
                    reading.error("empty-field", item.location(), where, "`" + where + "` is empty: expected a task");
                    return Optional.empty();
                }
                return Optional.of(new Task(new Markdown(text), false, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), false));
            }
            Fields fields = Fields.of(reading, item, where, TASK);
            Optional<Markdown> task = fields.requiredMarkdown("task");
            boolean done = fields.flag("done", false);
            Optional<String> owner = fields.text("owner");
            Optional<LocalDate> due = fields.parsed("due", DATE, TimeText::date);
            Optional<Priority> priority = fields.choice("priority", Priority.class);
            Optional<String> ticket = fields.text("ticket");
            Optional<String> url = fields.parsed("url", "an http(s) URL", IncidentLoader::webUrl);
            boolean internal = fields.flag(Fields.INTERNAL, false);
            return task.map(t -> new Task(t, done, owner, due, priority, ticket, url, internal));
        });
    }

    private static Optional<String> webUrl(String text) {
        String t = text.strip();
        try {
            java.net.URI uri = new java.net.URI(t);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Lessons lessons(Reading reading, Fields top) {
        Optional<Node> node = top.node("lessons");
        if (node.isEmpty()) {
            return Lessons.none();
        }
        Fields fields = Fields.of(reading, node.get(), "lessons", LESSONS);
        fields.internalWithoutEffect();
        return new Lessons(fields.items("went_well"), fields.items("went_wrong"), fields.items("lucky"));
    }

    private static List<Image> images(Reading reading, Fields top, Path file) {
        Path base = file.toAbsolutePath().normalize().getParent();
        return top.list("images", (item, where) -> {
            Fields fields = Fields.of(reading, item, where, IMAGE);
            String caption = fields.text("caption").orElse("");
            boolean internal = fields.flag(Fields.INTERNAL, false);
            Optional<String> url = fields.text("url");
            Optional<String> local = fields.text("file");
            if (url.isPresent() == local.isPresent()) {
                reading.error(url.isPresent() ? "invalid-value" : "missing-field", item.location(), where,
                        "`" + where + "` needs exactly one of `file` or `url`");
                return Optional.empty();
            }
            if (url.isPresent()) {
                return Optional.of(new Image.Remote(url.get(), caption, internal));
            }
            try {
                return Optional.of(new Image.Local(base.resolve(local.get()).normalize(), caption, internal));
            } catch (java.nio.file.InvalidPathException e) {
                reading.warning("image-path", fields.node("file").orElseThrow().location(), where + ".file",
                        dev.debrief.diag.Quote.of(local.get()) + " is not a usable path; a placeholder is shown");
                return Optional.of(new Image.Remote(local.get(), caption, internal));
            }
        });
    }
}
