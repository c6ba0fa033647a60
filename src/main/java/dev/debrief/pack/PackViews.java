package dev.debrief.pack;

import dev.debrief.model.Audience;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import dev.debrief.model.Status;
import dev.debrief.render.DocumentView;
import dev.debrief.report.Figures;
import dev.debrief.render.Renderer;
import dev.debrief.report.Compared;
import dev.debrief.report.FollowUp;
import dev.debrief.report.ImpactTotal;
import dev.debrief.report.IncidentRow;
import dev.debrief.report.MonthCount;
import dev.debrief.report.OpenTask;
import dev.debrief.report.PackStatistics;
import dev.debrief.report.PeriodFigures;
import dev.debrief.report.RepeatCause;
import dev.debrief.report.Report;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a pack's statistics into the view its pages draw ({@link PackView}): the one place where the figures
 * of {@code report.PackStatistics} become text, bars and page lines.
 */
public final class PackViews {
    /** How tall the tallest month's column is drawn, in points. */
    private static final double COLUMN_HEIGHT = 110;
    /** How many services the "top services" chart shows. */
    private static final int TOP_SERVICES = 8;
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final PackStatistics stats;
    private final Renderer renderer;
    private final Map<Report, String> anchors = new IdentityHashMap<>();
    private final Map<Report, IncidentRow> rows = new IdentityHashMap<>();

    private PackViews(PackStatistics stats, Renderer renderer) {
        this.stats = stats;
        this.renderer = renderer;
        List<Report> chronological = stats.chronological();
        for (int i = 0; i < chronological.size(); i++) {
            anchors.put(chronological.get(i), Pack.anchor(i));
        }
        stats.incidents().forEach(row -> rows.put(row.report(), row));
    }

    /**
     * The pack of {@code stats} for {@code audience}: its view, its incidents in the order they started, and
     * document information that describes the pack. It is dated on the pack date, so the same inputs on the same
     * date make the same pack.
     *
     * @param title the pack's title; empty: "Q2 2024 incident review"
     * @param skipped the input files left out, for the appendix
     */
    public static Pack pack(PackStatistics stats, Optional<String> title, Audience audience,
            List<PackView.SkippedFile> skipped, Renderer renderer) {
        PackView view = of(stats, title, audience, skipped, renderer);
        List<String> services = stats.impactByService().stream().map(ImpactTotal::name).toList();
        DocumentView.Meta meta = new DocumentView.Meta(view.title(), "",
                "Incident review, " + view.periodDays() + ", " + view.incidentCount() + " incidents",
                String.join(", ", services));
        return new Pack(view, stats.chronological(), audience, meta, stats.packDate().atStartOfDay(ZoneOffset.UTC));
    }

    /**
     * The view of a pack of {@code stats}, for {@code audience}.
     *
     * @param title the pack's title; empty: "Q2 2024 incident review"
     * @param skipped the input files left out, for the appendix
     * @param renderer makes task text (Markdown) safe HTML, as the reports do
     */
    public static PackView of(PackStatistics stats, Optional<String> title, Audience audience,
            List<PackView.SkippedFile> skipped, Renderer renderer) {
        return new PackViews(stats, renderer).view(title, audience, skipped);
    }

    private PackView view(Optional<String> title, Audience audience, List<PackView.SkippedFile> skipped) {
        Period period = stats.period();
        Optional<String> previous = stats.previous().map(p -> p.period().label());
        List<PackView.Figure> figures = figures(previous);
        return new PackView(
                title.map(String::strip).filter(t -> !t.isEmpty()).orElse(period.label() + " incident review"),
                period.label(),
                days(period.first(), period.last()),
                Figures.day(stats.packDate()),
                audience == Audience.EXTERNAL ? "External" : "Internal",
                stats.current().incidents(),
                previous.orElse(null),
                lede(previous),
                figures,
                List.of(figures.get(0), figures.get(1), figures.get(4), figures.get(2)),
                stats.greatestImpact().stream().map(this::line).toList(),
                followUp(),
                perMonth(),
                bars(stats.impactByCategory()),
                bars(stats.impactByService().subList(0, Math.min(TOP_SERVICES, stats.impactByService().size()))),
                stats.repeatCauses().stream().map(this::repeat).toList(),
                stats.incidents().stream().map(this::line).toList(),
                stats.openTasks().stream().map(this::task).toList(),
                stats.chronological().stream().map(r -> line(rows.get(r))).toList(),
                List.copyOf(skipped));
    }

    /** "1 April – 30 June 2024"; the year once when both ends share it. */
    static String days(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return LONG_DAY.format(first);
        }
        return (first.getYear() == last.getYear() ? DAY_MONTH.format(first) : LONG_DAY.format(first)) + " – "
                + LONG_DAY.format(last);
    }

    // ---------- Headline figures ----------

    private List<PackView.Figure> figures(Optional<String> previous) {
        PeriodFigures now = stats.current();
        var headline = stats.headline();
        String calm = now.longestCalm()
                .map(c -> SHORT_DAY_MONTH.format(c.first()) + " – " + SHORT_DAY_MONTH.format(c.last()))
                .orElse("every day had one");
        PeriodFigures.UsersAffected users = now.usersAffected();
        String usersNote = users.percentOnly() > 0
                ? "+ " + users.percentOnly() + " incident" + (users.percentOnly() == 1 ? "" : "s") + " gave only a %"
                : users.unknown() > 0 ? users.unknown() + " not recorded" : "all recorded";
        return List.of(
                figure("Incidents", headline.incidents(), PackViews::count, "in the period"),
                figure("SEV1–2", headline.sev1to2(), PackViews::count, "major incidents"),
                figure("Days without SEV1–2", headline.daysWithoutSev1to2(), PackViews::days, calm),
                figure("Users affected", headline.usersAffected(), PackViews::count, usersNote),
                figure("Total impact", headline.totalImpact(), PackViews::duration, "of customer impact"),
                figure("Median impact", headline.medianImpact(), PackViews::duration, "per incident"),
                figure("Time to detect", headline.medianTimeToDetect(), PackViews::duration, "median"),
                figure("Detect, p90", headline.p90TimeToDetect(), PackViews::duration, "9 in 10 within"),
                figure("Time to resolve", headline.medianTimeToResolve(), PackViews::duration, "median"),
                figure("Resolve, p90", headline.p90TimeToResolve(), PackViews::duration, "9 in 10 within"));
    }

    private <T extends Comparable<? super T>> PackView.Figure figure(String label, Compared<T> figure,
            Function<T, String> text, String note) {
        String value = figure.current().map(text).orElse("none");
        if (stats.previous().isEmpty()) {
            return new PackView.Figure(label, value, note, null, null, "none");
        }
        String previous = figure.previous().map(text).orElse("none");
        String change = figure.change().map(c -> change(c, text)).orElse(null);
        String trend = switch (figure.trend()) {
            case BETTER -> "better";
            case WORSE -> "worse";
            case UNCHANGED -> "same";
            case NOT_COMPARED -> "none";
        };
        return new PackView.Figure(label, value, note, previous, change, trend);
    }

    /** "▲ 7", "▼ 3 min", "= 0": the arrow says which way, the colour (the trend) whether that is good. */
    private static <T extends Comparable<? super T>> String change(T change, Function<T, String> text) {
        int sign = switch (change) {
            case Long n -> Long.signum(n);
            case Duration d -> d.isNegative() ? -1 : d.isZero() ? 0 : 1;
            default -> 0;
        };
        if (sign == 0) {
            return "no change";
        }
        String magnitude = switch (change) {
            case Long n -> count(Math.abs(n));
            case Duration d -> duration(d.abs());
            default -> text.apply(change);
        };
        return (sign > 0 ? "▲ " : "▼ ") + magnitude;
    }

    private static String count(Long n) {
        return Figures.count(n);
    }

    private static String days(Long n) {
        return Figures.count(n) + (n == 1 ? " day" : " days");
    }

    private static String duration(Duration d) {
        return Figures.duration(Optional.of(d));
    }

    /** One sentence for the reader who reads nothing else: how many, how bad, and what moved. */
    private String lede(Optional<String> previous) {
        PeriodFigures now = stats.current();
        int n = now.incidents();
        StringBuilder lede = new StringBuilder();
        lede.append(n).append(n == 1 ? " incident" : " incidents");
        lede.append(now.sev1to2() == 0 ? ", none of them SEV1–2" : now.sev1to2() == n && n > 1 ? ", all SEV1–2"
                : ", " + now.sev1to2() + " of them SEV1–2");
        lede.append(", with ").append(duration(now.totalImpact())).append(" of customer impact");
        if (now.ongoing() > 0) {
            lede.append(" (").append(now.ongoing()).append(" still ongoing)");
        }
        lede.append('.');
        if (previous.isPresent()) {
            var headline = stats.headline();
            long more = headline.incidents().change().orElse(0L);
            lede.append(' ').append(more == 0 ? "As many incidents as in " : Math.abs(more) + (more > 0 ? " more" : " fewer")
                    + (Math.abs(more) == 1 ? " incident than in " : " incidents than in ")).append(previous.get());
            lede.append("; detection ").append(movement(headline.medianTimeToDetect()))
                    .append(", resolution ").append(movement(headline.medianTimeToResolve())).append('.');
        }
        return lede.toString();
    }

    private static String movement(Compared<Duration> time) {
        return switch (time.trend()) {
            case BETTER -> "got faster";
            case WORSE -> "got slower";
            case UNCHANGED -> "held steady";
            case NOT_COMPARED -> "cannot be compared";
        };
    }

    // ---------- Incidents and tasks ----------

    private PackView.IncidentLine line(IncidentRow row) {
        Report report = row.report();
        var impact = report.incident().impact();
        String users = impact.usersAffected().isPresent() ? Figures.count(impact.usersAffected().getAsLong())
                : impact.usersAffectedPercent().isPresent() ? Figures.percent(impact.usersAffectedPercent().getAsDouble())
                : "–";
        Optional<Severity> severity = row.severity();
        return new PackView.IncidentLine(anchors.get(report), row.id(), row.title(),
                severity.map(Severity::name).orElse(null), severity.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null),
                Figures.day(row.date()),
                row.ongoing() ? "ongoing" : Figures.duration(row.duration()),
                Figures.duration(row.timeToDetect()),
                row.timeToResolve().isEmpty() && row.ongoing() ? "ongoing" : Figures.duration(row.timeToResolve()),
                users, row.openTasks(), row.overdueTasks(),
                report.incident().category().orElse(null), report.incident().services(),
                report.incident().status() != Status.FINAL);
    }

    private PackView.TaskLine task(OpenTask open) {
        var task = open.task();
        return new PackView.TaskLine(renderer.inline(task.task()), anchors.get(open.report()), open.incidentId(),
                task.owner().orElse(null), task.due().map(Figures::day).orElse(null), open.overdue(),
                task.priority().map(Enum::name).orElse(null), task.ticket().orElse(null), task.url().orElse(null));
    }

    private PackView.RepeatLine repeat(RepeatCause cause) {
        return new PackView.RepeatLine(cause.category(), cause.service(), cause.incidents().stream().map(this::line).toList());
    }

    // ---------- Follow-up ----------

    private PackView.FollowUpTable followUp() {
        List<FollowUp.Row> shown = stats.followUp().rows().stream().filter(r -> r.done() + r.open() > 0).toList();
        List<String> columns = shown.stream().map(r -> r.priority().map(Enum::name).orElse("No priority")).toList();
        FollowUp.Total total = stats.followUp().total();
        return new PackView.FollowUpTable(columns, List.of(
                new PackView.FollowUpRow("Done", "done", shown.stream().map(FollowUp.Row::done).toList(), total.done()),
                new PackView.FollowUpRow("Open", "open", shown.stream().map(FollowUp.Row::open).toList(), total.open()),
                new PackView.FollowUpRow("Overdue", "overdue", shown.stream().map(FollowUp.Row::overdue).toList(),
                        total.overdue())));
    }

    // ---------- Charts ----------

    private PackView.MonthChart perMonth() {
        List<MonthCount> months = stats.perMonth();
        int highest = Math.max(1, months.stream().mapToInt(MonthCount::total).max().orElse(1));
        boolean severalYears = months.size() > 1
                && months.get(0).month().getYear() != months.get(months.size() - 1).month().getYear();
        DateTimeFormatter label = DateTimeFormatter.ofPattern(
                (months.size() > 4 ? "MMM" : "MMMM") + (severalYears ? " yyyy" : ""), Locale.ENGLISH);
        boolean[] present = new boolean[Severity.values().length + 1];
        List<PackView.Month> drawn = new ArrayList<>();
        for (MonthCount month : months) {
            List<PackView.Segment> segments = new ArrayList<>();
            // Drawn top down: the least severe on top, SEV1 at the foot of the column.
            if (month.unrated() > 0) {
                present[Severity.values().length] = true;
                segments.add(segment("unrated", "not rated", month.unrated(), highest));
            }
            for (int s = Severity.values().length - 1; s >= 0; s--) {
                Severity severity = Severity.values()[s];
                int count = month.count(severity);
                if (count > 0) {
                    present[s] = true;
                    segments.add(segment(severity.name().toLowerCase(Locale.ROOT), severity.name(), count, highest));
                }
            }
            drawn.add(new PackView.Month(label.format(YearMonth.from(month.month())), month.total(), segments));
        }
        List<PackView.Legend> legend = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            if (present[severity.ordinal()]) {
                legend.add(new PackView.Legend(severity.name().toLowerCase(Locale.ROOT), severity.name()));
            }
        }
        if (present[Severity.values().length]) {
            legend.add(new PackView.Legend("unrated", "not rated"));
        }
        return new PackView.MonthChart(drawn, legend, points(COLUMN_HEIGHT));
    }

    private static PackView.Segment segment(String key, String label, int count, int highest) {
        return new PackView.Segment(key, label, count, points(COLUMN_HEIGHT * count / highest));
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static List<PackView.Bar> bars(List<ImpactTotal> totals) {
        long longest = totals.stream().mapToLong(t -> t.impact().toSeconds()).max().orElse(0);
        return totals.stream().map(t -> new PackView.Bar(
                t.name() + " (" + t.incidents() + ")",
                duration(t.impact()),
                longest == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", Math.max(0.5, 100.0 * t.impact().toSeconds() / longest)),
                t.incidents())).toList();
    }
}
