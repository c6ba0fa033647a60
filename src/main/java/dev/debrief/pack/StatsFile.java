package dev.debrief.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.debrief.model.Incident;
import dev.debrief.model.InvalidValueException;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import dev.debrief.model.Task;
import dev.debrief.report.Compared;
import dev.debrief.report.FollowUp;
import dev.debrief.report.Headline;
import dev.debrief.report.ImpactTotal;
import dev.debrief.report.IncidentRow;
import dev.debrief.report.MonthCount;
import dev.debrief.report.OpenTask;
import dev.debrief.report.PackStatistics;
import dev.debrief.report.PeriodFigures;
import dev.debrief.report.RepeatCause;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the figures behind a pack's overview for {@code --stats-out}: CSV for spreadsheets, JSON for programs.
 * Dates are ISO-8601 and durations are minutes as plain numbers (whole, or with up to two decimals); the shapes
 * are described in docs/pack.md and change only with a new {@code format} number.
 */
public final class StatsFile {
    /** The version of the shapes below; a change that could break a reader raises it. */
    public static final int FORMAT = 1;

    /** The CSV's columns, in order. */
    public static final List<String> COLUMNS = List.of("row", "period", "rank", "id", "title", "severity", "status",
            "category", "services", "timezone", "start", "end", "date", "ongoing", "incidents", "sev1_2",
            "duration_min", "ttd_min", "ttr_min", "users_affected", "users_affected_percent", "tasks_done",
            "tasks_open", "tasks_overdue", "days_without_sev1_2", "calm_from", "calm_to");

    /** The two kinds of file, chosen by the file name's extension. */
    public enum Format {
        CSV, JSON;

        public static Format of(Path file) throws InvalidValueException {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".json")) {
                return JSON;
            }
            throw new InvalidValueException("`" + file + "`: a stats file is named FILE.csv or FILE.json");
        }
    }

    // Built once: Jackson's writers are immutable and safe to share between threads.
    private static final ObjectWriter CSV_WRITER = new CsvMapper().writer(CsvSchema.builder()
            .addColumns(COLUMNS, CsvSchema.ColumnType.STRING).setUseHeader(true).setLineSeparator("\r\n").build());
    private static final ObjectWriter JSON_WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private StatsFile() {}

    /** The file's bytes: UTF-8; the CSV starts with a byte order mark, without which Excel misreads non-ASCII text. */
    public static byte[] bytes(PackStatistics stats, Format format) {
        return switch (format) {
            case CSV -> ("\uFEFF" + csv(stats)).getBytes(StandardCharsets.UTF_8);
            case JSON -> json(stats).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * One row per incident in impact order ({@code row} = {@code incident}), then the period's {@code total},
     * {@code median} and {@code p90} rows, then the same three for the previous period when it is compared. Every
     * row has every column. Flags ({@code ongoing}, {@code incidents}, {@code sev1_2}) are 1 or 0 on an incident
     * row, so a column's sum is the total row's value. Lines end in CRLF and fields are quoted as RFC 4180 says.
     */
    public static String csv(PackStatistics stats) {
        List<String[]> rows = new ArrayList<>();
        for (IncidentRow row : stats.incidents()) {
            rows.add(incidentRow(stats, row));
        }
        summaryRows(rows, stats.current(), Optional.of(stats));
        stats.previous().ifPresent(previous -> summaryRows(rows, previous, Optional.empty()));

        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV_WRITER.writeValues(out)) {
            for (String[] row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static String[] incidentRow(PackStatistics stats, IncidentRow row) {
        Incident incident = row.report().incident();
        Cells cells = new Cells();
        cells.put("row", "incident");
        cells.put("period", stats.period().label());
        cells.put("rank", String.valueOf(row.rank()));
        cells.text("id", incident.id());
        cells.text("title", incident.title());
        cells.put("severity", incident.severity().map(Severity::name).orElse(""));
        cells.put("status", incident.status().name().toLowerCase(Locale.ROOT));
        cells.text("category", incident.category().orElse(""));
        cells.text("services", String.join("; ", incident.services()));
        cells.put("timezone", zoneName(incident.zone()));
        cells.put("start", incident.window().start().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        cells.put("end", incident.window().end()
                .map(e -> e.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).orElse(""));
        cells.put("date", row.date().toString());
        cells.put("ongoing", flag(row.ongoing()));
        cells.put("incidents", "1");
        cells.put("sev1_2", flag(row.severity().filter(s -> s.compareTo(Severity.SEV2) <= 0).isPresent()));
        cells.put("duration_min", minutes(row.duration()));
        cells.put("ttd_min", minutes(row.timeToDetect()));
        cells.put("ttr_min", minutes(row.timeToResolve()));
        cells.put("users_affected", incident.impact().usersAffected().isPresent()
                ? String.valueOf(incident.impact().usersAffected().getAsLong()) : "");
        cells.put("users_affected_percent", incident.impact().usersAffectedPercent().isPresent()
                ? number(BigDecimal.valueOf(incident.impact().usersAffectedPercent().getAsDouble())) : "");
        cells.put("tasks_done", String.valueOf(row.report().metrics().doneTasks()));
        cells.put("tasks_open", String.valueOf(row.openTasks()));
        cells.put("tasks_overdue", String.valueOf(row.overdueTasks()));
        return cells.row();
    }

    /** The total, median and p90 rows of one period; the tasks only for the pack's own period. */
    private static void summaryRows(List<String[]> rows, PeriodFigures figures, Optional<PackStatistics> tasksOf) {
        Cells total = new Cells();
        total.put("row", "total");
        total.put("period", figures.period().label());
        total.put("ongoing", String.valueOf(figures.ongoing()));
        total.put("incidents", String.valueOf(figures.incidents()));
        total.put("sev1_2", String.valueOf(figures.sev1to2()));
        total.put("duration_min", minutes(Optional.of(figures.totalImpact())));
        total.put("users_affected", figures.usersAffected().total().map(String::valueOf).orElse(""));
        tasksOf.ifPresent(stats -> {
            FollowUp.Total tasks = stats.followUp().total();
            total.put("tasks_done", String.valueOf(tasks.done()));
            total.put("tasks_open", String.valueOf(tasks.open()));
            total.put("tasks_overdue", String.valueOf(tasks.overdue()));
        });
        total.put("days_without_sev1_2", String.valueOf(figures.daysWithoutMajor()));
        total.put("calm_from", figures.longestCalm().map(c -> c.first().toString()).orElse(""));
        total.put("calm_to", figures.longestCalm().map(c -> c.last().toString()).orElse(""));
        rows.add(total.row());

        Cells median = new Cells();
        median.put("row", "median");
        median.put("period", figures.period().label());
        median.put("duration_min", minutes(figures.medianImpact()));
        median.put("ttd_min", minutes(figures.timeToDetect().median()));
        median.put("ttr_min", minutes(figures.timeToResolve().median()));
        rows.add(median.row());

        Cells p90 = new Cells();
        p90.put("row", "p90");
        p90.put("period", figures.period().label());
        p90.put("ttd_min", minutes(figures.timeToDetect().p90()));
        p90.put("ttr_min", minutes(figures.timeToResolve().p90()));
        rows.add(p90.row());
    }

    /** One CSV row being filled by column name; cells left out are empty. */
    private static final class Cells {
        private final String[] values = new String[COLUMNS.size()];

        Cells() {
            Arrays.fill(values, "");
        }

        void put(String column, String value) {
            int index = COLUMNS.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(column);
            }
            values[index] = value;
        }

        /** A cell of text a person wrote: defused so that a spreadsheet cannot take it for a formula. */
        void text(String column, String value) {
            put(column, defuse(value));
        }

        String[] row() {
            return values.clone();
        }
    }

    /**
     * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
     * return as a formula (CSV injection). Such text gets a leading apostrophe, which spreadsheets read as "this is
     * text"; a program reading the CSV should strip one leading apostrophe from the text columns.
     */
    static String defuse(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * The shape, in order: {@code format}, {@code period}, {@code pack_date}, {@code previous_period} (null when not
     * compared), {@code headline} (each figure with current, previous, change and trend), {@code current} and
     * {@code previous} (what stands behind the headline of each period), {@code greatest_impact} (ids),
     * {@code follow_up}, {@code follow_up_total}, {@code per_month}, {@code impact_by_category}, {@code impact_by_service},
     * {@code repeat_causes}, {@code incidents} and {@code open_tasks}. A value that is "none" is null.
     */
    public static String json(PackStatistics stats) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.set("period", period(stats.period()));
        root.put("pack_date", stats.packDate().toString());
        root.set("previous_period", stats.previous().<JsonNode>map(p -> period(p.period()))
                .orElse(f.nullNode()));

        ObjectNode headline = root.putObject("headline");
        Headline h = stats.headline();
        headline.set("incidents", compared(h.incidents(), f::numberNode));
        headline.set("sev1_2", compared(h.sev1to2(), f::numberNode));
        headline.set("impact_min_total", compared(h.totalImpact(), StatsFile::minutesNode));
        headline.set("impact_min_median", compared(h.medianImpact(), StatsFile::minutesNode));
        headline.set("ttd_min_median", compared(h.medianTimeToDetect(), StatsFile::minutesNode));
        headline.set("ttd_min_p90", compared(h.p90TimeToDetect(), StatsFile::minutesNode));
        headline.set("ttr_min_median", compared(h.medianTimeToResolve(), StatsFile::minutesNode));
        headline.set("ttr_min_p90", compared(h.p90TimeToResolve(), StatsFile::minutesNode));
        headline.set("days_without_sev1_2", compared(h.daysWithoutSev1to2(), f::numberNode));
        headline.set("users_affected", compared(h.usersAffected(), f::numberNode));

        root.set("current", details(stats.current()));
        root.set("previous", stats.previous().<JsonNode>map(p -> details(p))
                .orElse(f.nullNode()));

        ArrayNode greatest = root.putArray("greatest_impact");
        stats.greatestImpact().forEach(r -> greatest.add(r.id()));

        ArrayNode followUp = root.putArray("follow_up");
        for (FollowUp.Row row : stats.followUp().rows()) {
            followUp.addObject().put("priority", row.key()).put("done", row.done()).put("open", row.open())
                    .put("overdue", row.overdue());
        }

        FollowUp.Total allTasks = stats.followUp().total();
        root.putObject("follow_up_total").put("done", allTasks.done()).put("open", allTasks.open())
                .put("overdue", allTasks.overdue());

        ArrayNode perMonth = root.putArray("per_month");
        for (MonthCount month : stats.perMonth()) {
            ObjectNode m = perMonth.addObject().put("month", month.month().toString());
            month.bySeverity().forEach((severity, count) -> m.put(severity.name(), count));
            m.put("none", month.unrated()).put("total", month.total());
        }

        root.set("impact_by_category", impact(stats.impactByCategory()));
        root.set("impact_by_service", impact(stats.impactByService()));

        ArrayNode repeats = root.putArray("repeat_causes");
        for (RepeatCause cause : stats.repeatCauses()) {
            ArrayNode ids = repeats.addObject().put("category", cause.category()).put("service", cause.service())
                    .putArray("incidents");
            cause.incidents().forEach(r -> ids.add(r.id()));
        }

        ArrayNode incidents = root.putArray("incidents");
        for (IncidentRow row : stats.incidents()) {
            incidents.add(incident(row));
        }

        ArrayNode tasks = root.putArray("open_tasks");
        for (OpenTask open : stats.openTasks()) {
            Task task = open.task();
            tasks.addObject()
                    .put("incident", open.incidentId())
                    .put("task", task.task().source())
                    .put("owner", task.owner().orElse(null))
                    .put("due", task.due().map(Object::toString).orElse(null))
                    .put("priority", task.priority().map(Enum::name).orElse(null))
                    .put("ticket", task.ticket().orElse(null))
                    .put("overdue", open.overdue());
        }
        try {
            return JSON_WRITER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    private static ObjectNode period(Period period) {
        return JsonNodeFactory.instance.objectNode().put("label", period.label())
                .put("first", period.first().toString()).put("last", period.last().toString());
    }

    private static <T extends Comparable<? super T>> ObjectNode compared(Compared<T> figure,
            Function<T, JsonNode> value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        node.set("current", figure.current().map(value).orElse(f.nullNode()));
        node.set("previous", figure.previous().map(value).orElse(f.nullNode()));
        node.set("change", figure.change().map(value).orElse(f.nullNode()));
        node.put("trend", figure.trend().name().toLowerCase(Locale.ROOT));
        return node;
    }

    private static ObjectNode details(PeriodFigures figures) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        node.put("incidents", figures.incidents()).put("ongoing", figures.ongoing())
                .put("ttd_measured", figures.timeToDetect().measured())
                .put("ttr_measured", figures.timeToResolve().measured());
        node.set("longest_calm", figures.longestCalm()
                .<JsonNode>map(c -> f.objectNode().put("days", c.days())
                        .put("first", c.first().toString()).put("last", c.last().toString()))
                .orElse(f.nullNode()));
        PeriodFigures.UsersAffected users = figures.usersAffected();
        ObjectNode u = node.putObject("users_affected");
        u.set("total", users.total().<JsonNode>map(t -> f.numberNode(t))
                .orElse(f.nullNode()));
        u.put("counted", users.counted()).put("percent_only", users.percentOnly()).put("unknown", users.unknown());
        return node;
    }

    private static ArrayNode impact(List<ImpactTotal> totals) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (ImpactTotal total : totals) {
            ObjectNode node = array.addObject().put("name", total.name());
            node.set("minutes", minutesNode(total.impact()));
            node.put("incidents", total.incidents());
        }
        return array;
    }

    private static ObjectNode incident(IncidentRow row) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Incident incident = row.report().incident();
        ObjectNode node = f.objectNode()
                .put("rank", row.rank())
                .put("id", incident.id())
                .put("title", incident.title())
                .put("severity", incident.severity().map(Enum::name).orElse(null))
                .put("status", incident.status().name().toLowerCase(Locale.ROOT))
                .put("category", incident.category().orElse(null));
        ArrayNode services = node.putArray("services");
        incident.services().forEach(services::add);
        node.put("timezone", zoneName(incident.zone()))
                .put("start", incident.window().start().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("end", incident.window().end()
                        .map(e -> e.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).orElse(null))
                .put("date", row.date().toString())
                .put("ongoing", row.ongoing());
        node.set("duration_min", row.duration().map(StatsFile::minutesNode).orElse(f.nullNode()));
        node.set("ttd_min", row.timeToDetect().map(StatsFile::minutesNode).orElse(f.nullNode()));
        node.set("ttr_min", row.timeToResolve().map(StatsFile::minutesNode).orElse(f.nullNode()));
        node.set("users_affected", incident.impact().usersAffected().isPresent()
                ? f.numberNode(incident.impact().usersAffected().getAsLong()) : f.nullNode());
        node.set("users_affected_percent", incident.impact().usersAffectedPercent().isPresent()
                ? f.numberNode(incident.impact().usersAffectedPercent().getAsDouble()) : f.nullNode());
        node.put("tasks_done", row.report().metrics().doneTasks())
                .put("tasks_open", row.openTasks())
                .put("tasks_overdue", row.overdueTasks());
        return node;
    }

    /** The zone as people write it: {@code UTC} rather than Java's {@code Z}. */
    private static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    /** Minutes as a plain number: {@code 130}, {@code 182.5}; two decimals at most. */
    static BigDecimal minutesOf(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(60_000), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private static String minutes(Optional<Duration> duration) {
        return duration.map(d -> number(minutesOf(d))).orElse("");
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static JsonNode minutesNode(Duration duration) {
        BigDecimal minutes = minutesOf(duration);
        return minutes.scale() <= 0 ? JsonNodeFactory.instance.numberNode(minutes.longValueExact())
                : JsonNodeFactory.instance.numberNode(minutes.doubleValue());
    }
}
