package dev.debrief.load;

import dev.debrief.files.FileException;
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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

/** Reads an incident file (format version 1) into the model, or fails naming file, line, column and field. */
public final class IncidentLoader {
    /** The result of a load: the incident and what the author should know about it. */
    public record Loaded(Incident incident, List<Warning> warnings) {}

    static final Set<String> TOP_LEVEL = Set.of("format", "id", "title", "severity", "status", "services", "authors",
            "date", "timezone", "category", "tags", "audience", "summary", "window", "impact", "detection", "trigger",
            "root_cause", "contributing_factors", "resolution", "conclusion", "timeline", "measures", "tasks",
            "lessons", "images", "internal");
    static final Set<String> WINDOW = Set.of("start", "end", "internal");
    static final Set<String> IMPACT = Set.of("description", "users_affected_percent", "users_affected", "cost",
            "internal");
    static final Set<String> TIMELINE = Set.of("time", "event", "type", "actor", "internal");
    static final Set<String> TASK = Set.of("task", "done", "owner", "due", "priority", "ticket", "url",
            "internal");
    static final Set<String> LESSONS = Set.of("went_well", "went_wrong", "lucky", "internal");
    static final Set<String> IMAGE = Set.of("file", "url", "caption", "internal");

    static final String DATE_TIME = "a date-time like 2024-05-22T14:00:00Z, 2024-05-22T14:00:00+01:00 or 2024-05-22 14:00";
    static final String TIME = "a time like 14:05, 2:05 PM or a date-time like 2024-05-22T14:05:00Z";
    static final String DATE = "a date like 2024-05-22";

    private IncidentLoader() {}

    public static Loaded load(Path file) throws InputException, FileException {
        return parse(file, SourceFile.read(file));
    }

    /** Loads incident bytes, such as standard input's; {@code file} names them in errors and anchors images. */
    public static Loaded parse(Path file, byte[] bytes) throws InputException {
        return parse(file, decode(file, bytes));
    }

    /** Decodes UTF-8 in one pass; on a bad byte, stops there and names its line and column. */
    private static String decode(Path file, byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new InputException(new Location(file, line, column), "the file is not UTF-8 text; save it as UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Reads incident text; {@code file} names it in errors and anchors relative image paths. */
    public static Loaded parse(Path file, String text) throws InputException {
        List<Warning> warnings = new ArrayList<>();
        TextCleaner cleaner = new TextCleaner(warnings);
        Node root = YamlTree.read(file, text, warnings);
        Fields top = Fields.of(root, "", TOP_LEVEL, cleaner);

        int format = top.parsed("format", "1", t -> t.strip().equals("1") ? Optional.of(1) : Optional.empty()).orElse(1);
        ZoneId zone = top.parsed("timezone", "an IANA zone like Africa/Lagos, or an offset like +01:00",
                TimeText::zone).orElse(ZoneOffset.UTC);
        Window window = window(top, zone, cleaner);

        Incident incident = new Incident(
                file.toAbsolutePath().normalize(),
                format,
                top.requiredText("id", "an identifier like INC-2024-0522"),
                top.requiredText("title", "a one-line title"),
                top.choice("severity", Severity.class),
                top.choice("status", Status.class).orElse(Status.FINAL),
                top.textList("services"),
                top.textList("authors"),
                top.parsed("date", DATE, TimeText::date),
                zone,
                top.text("category"),
                top.textList("tags"),
                top.choice("audience", Audience.class).orElse(Audience.INTERNAL),
                top.requiredMarkdown("summary"),
                window,
                impact(top, cleaner),
                top.markdown("detection"),
                top.markdown("trigger"),
                top.requiredMarkdown("root_cause"),
                top.items("contributing_factors"),
                top.requiredMarkdown("resolution"),
                top.markdown("conclusion"),
                timeline(top, window, zone, cleaner),
                top.items("measures"),
                tasks(top, cleaner),
                lessons(top, cleaner),
                images(top, file, cleaner, warnings));
        return new Loaded(incident, List.copyOf(warnings));
    }

    private static Window window(Fields top, ZoneId zone, TextCleaner cleaner) throws InputException {
        Node node = top.require("window", "a mapping with `start` (and `end` unless the incident is ongoing)");
        Fields fields = Fields.of(node, "window", WINDOW, cleaner);
        ZonedDateTime start = fields.parsed("start", DATE_TIME, t -> TimeText.dateTime(t, zone))
                .orElseThrow(() -> new InputException(node.location(), "missing required field `window.start`: expected "
                        + DATE_TIME));
        Optional<ZonedDateTime> end = fields.parsed("end", DATE_TIME, t -> TimeText.dateTime(t, zone));
        if (end.isPresent() && end.get().isBefore(start)) {
            Node endNode = fields.node("end").orElseThrow();
            throw new InputException(endNode.location(), "`window.end` (" + end.get().toOffsetDateTime()
                    + ") is before `window.start` (" + start.toOffsetDateTime() + ")");
        }
        return new Window(start, end);
    }

    private static Impact impact(Fields top, TextCleaner cleaner) throws InputException {
        Node node = top.require("impact", "a mapping with `description`");
        Fields fields = Fields.of(node, "impact", IMPACT, cleaner);
        Optional<Double> percent = fields.parsed("users_affected_percent", "a number from 0 to 100",
                IncidentLoader::percent);
        Optional<Long> users = fields.parsed("users_affected", "a whole number like 75000", IncidentLoader::count);
        return new Impact(fields.requiredMarkdown("description"),
                percent.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                users.map(OptionalLong::of).orElse(OptionalLong.empty()),
                fields.text("cost"));
    }

    private static Optional<Double> percent(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
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

    private static List<TimelineEntry> timeline(Fields top, Window window, ZoneId zone, TextCleaner cleaner)
            throws InputException {
        List<TimelineEntry> entries = new ArrayList<>();
        top.list("timeline", (item, where) -> {
            Fields fields = Fields.of(item, where, TIMELINE, cleaner);
            Node timeNode = fields.require("time", TIME);
            String text = Fields.scalar(timeNode, where + ".time", TIME);
            ZonedDateTime previous = entries.isEmpty() ? null : entries.get(entries.size() - 1).time();
            ZonedDateTime time = TimeText.dateTime(text, zone)
                    .or(() -> TimeText.timeOfDay(text).map(t -> onDay(t, window.start(), previous, zone)))
                    .orElseThrow(() -> new InputException(timeNode.location(),
                            "`" + where + ".time` is `" + text.strip() + "`: expected " + TIME));
            TimelineEntry entry = new TimelineEntry(time, fields.requiredMarkdown("event"),
                    fields.choice("type", EventType.class).orElse(EventType.NOTE), fields.text("actor"),
                    fields.flag("internal", false));
            entries.add(entry);
            return entry;
        });
        return entries;
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

    private static List<Task> tasks(Fields top, TextCleaner cleaner) throws InputException {
        return top.list("tasks", (item, where) -> {
            if (item instanceof Node.Scalar) {
                String text = cleaner.clean(Fields.scalar(item, where, "a task"), where).strip();
                if (text.isEmpty()) {
                    throw new InputException(item.location(), "`" + where + "` is empty: expected a task");
                }
                return new Task(new Markdown(text), false, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), false);
            }
            Fields fields = Fields.of(item, where, TASK, cleaner);
            return new Task(fields.requiredMarkdown("task"), fields.flag("done", false), fields.text("owner"),
                    fields.parsed("due", DATE, TimeText::date), fields.choice("priority", Priority.class),
                    fields.text("ticket"), fields.parsed("url", "an http(s) URL", IncidentLoader::webUrl),
                    fields.flag("internal", false));
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

    private static Lessons lessons(Fields top, TextCleaner cleaner) throws InputException {
        Optional<Node> node = top.node("lessons");
        if (node.isEmpty()) {
            return Lessons.none();
        }
        Fields fields = Fields.of(node.get(), "lessons", LESSONS, cleaner);
        return new Lessons(fields.items("went_well"), fields.items("went_wrong"), fields.items("lucky"));
    }

    private static List<Image> images(Fields top, Path file, TextCleaner cleaner, List<Warning> warnings)
            throws InputException {
        Path base = file.toAbsolutePath().normalize().getParent();
        return top.list("images", (item, where) -> {
            Fields fields = Fields.of(item, where, IMAGE, cleaner);
            String caption = fields.text("caption").orElse("");
            boolean internal = fields.flag("internal", false);
            Optional<String> url = fields.text("url");
            Optional<String> local = fields.text("file");
            if (url.isPresent() == local.isPresent()) {
                throw new InputException(item.location(), "`" + where + "` needs exactly one of `file` or `url`");
            }
            if (url.isPresent()) {
                return new Image.Remote(url.get(), caption, internal);
            }
            Path path;
            try {
                path = base.resolve(local.get()).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                warnings.add(new Warning(where + ".file", "`" + local.get() + "` is not a usable path"));
                return new Image.Remote(local.get(), caption, internal);
            }
            return new Image.Local(path, caption, internal);
        });
    }
}
