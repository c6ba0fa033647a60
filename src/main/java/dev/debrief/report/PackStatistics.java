package dev.debrief.report;

import dev.debrief.model.Period;
import dev.debrief.model.Priority;
import dev.debrief.model.Severity;
import dev.debrief.model.Task;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a pack's overview shows, computed from the incidents: the headline figures beside the previous
 * period's, the greatest impact, follow-up, breakdowns, repeat causes and the incident and task tables.
 *
 * <p>The previous period is compared whenever at least one input incident (before the severity and category
 * filters) starts in it; its figures come from the same inputs under the same severity and category filters. Open
 * and overdue are measured against the pack date: a task is overdue when it is open and due before that day.
 *
 * @param period the period the pack covers; without one, the days from the first incident to the last
 * @param previous the previous period's figures, when its incidents are among the inputs
 * @param incidents one row per incident, in {@linkplain ImpactOrder impact order}
 * @param perMonth incidents per month by severity, every month of the period present
 * @param impactByCategory impact minutes by category ({@value PackFilter#UNCATEGORISED} for none), greatest first
 * @param impactByService impact minutes by service, greatest first; an incident counts its whole impact for each
 *     service it names, and one that names none is left out
 * @param repeatCauses groups of two or more incidents sharing a category and a service, largest first
 * @param openTasks every open task of the pack: overdue first, then by due date (none last), priority (none last)
 *     and incident impact order
 */
public record PackStatistics(
        Period period,
        LocalDate packDate,
        PeriodFigures current,
        Optional<PeriodFigures> previous,
        Headline headline,
        List<IncidentRow> incidents,
        FollowUp followUp,
        List<MonthCount> perMonth,
        List<ImpactTotal> impactByCategory,
        List<ImpactTotal> impactByService,
        List<RepeatCause> repeatCauses,
        List<OpenTask> openTasks) {

    /** How many incidents the greatest-impact list holds. */
    public static final int GREATEST_IMPACT = 3;

    public PackStatistics {
        incidents = List.copyOf(incidents);
        perMonth = List.copyOf(perMonth);
        impactByCategory = List.copyOf(impactByCategory);
        impactByService = List.copyOf(impactByService);
        repeatCauses = List.copyOf(repeatCauses);
        openTasks = List.copyOf(openTasks);
    }

    /**
     * The statistics of the inputs {@code filter} selects, made on {@code packDate}. All inputs are passed, not
     * only the selection, so that the previous period and a major incident running into the period are seen.
     * Without a period in the filter, the selection must not be empty (there would be no days to cover).
     */
    public static PackStatistics of(List<Report> inputs, PackFilter filter, LocalDate packDate) {
        List<Report> selection = filter.apply(inputs).stream().sorted(CHRONOLOGICAL).toList();
        Period period = filter.period().orElseGet(() -> Period.covering(
                selection.stream().map(PackFilter::windowStart).toList()));
        List<Report> anyPeriod = filter.withoutPeriod().apply(inputs);
        PeriodFigures current = PeriodFigures.of(period, selection, anyPeriod, packDate);

        Period before = period.previous();
        Optional<PeriodFigures> previous = inputs.stream().anyMatch(r -> before.contains(PackFilter.windowStart(r)))
                ? Optional.of(PeriodFigures.of(before, filter.withPeriod(before).apply(inputs), anyPeriod, packDate))
                : Optional.empty();

        List<IncidentRow> rows = rows(selection, packDate);
        return new PackStatistics(period, packDate, current, previous, Headline.of(current, previous), rows,
                followUp(selection, packDate), perMonth(period, selection),
                impactBy(selection, r -> List.of(PackFilter.category(r))),
                impactBy(selection, r -> r.incident().services()),
                repeatCauses(rows), openTasks(rows, packDate));
    }

    /** The incidents with the greatest impact, at most {@value #GREATEST_IMPACT}. */
    public List<IncidentRow> greatestImpact() {
        return incidents.subList(0, Math.min(GREATEST_IMPACT, incidents.size()));
    }

    /** The incidents in the order they started: the order the pack prints them. */
    public List<Report> chronological() {
        return incidents.stream().map(IncidentRow::report).sorted(CHRONOLOGICAL).toList();
    }

    static final Comparator<Report> CHRONOLOGICAL = Comparator
            .comparing((Report r) -> r.incident().window().start().toInstant())
            .thenComparing(r -> r.incident().id());

    private static List<IncidentRow> rows(List<Report> selection, LocalDate packDate) {
        List<Report> ordered = selection.stream().sorted(ImpactOrder.greatestFirst(packDate)).toList();
        List<IncidentRow> rows = new ArrayList<>();
        for (Report report : ordered) {
            int overdue = (int) report.incident().tasks().stream().filter(t -> isOverdue(t, packDate)).count();
            rows.add(new IncidentRow(report, rows.size() + 1, PackFilter.windowStart(report).toLocalDate(), overdue));
        }
        return rows;
    }

    private static boolean isOverdue(Task task, LocalDate packDate) {
        return !task.done() && task.due().filter(d -> d.isBefore(packDate)).isPresent();
    }

    private static FollowUp followUp(List<Report> selection, LocalDate packDate) {
        List<Optional<Priority>> priorities = new ArrayList<>();
        for (Priority p : Priority.values()) {
            priorities.add(Optional.of(p));
        }
        priorities.add(Optional.empty());
        List<FollowUp.Row> rows = new ArrayList<>();
        for (Optional<Priority> priority : priorities) {
            List<Task> tasks = selection.stream().flatMap(r -> r.incident().tasks().stream())
                    .filter(t -> t.priority().equals(priority)).toList();
            int done = (int) tasks.stream().filter(Task::done).count();
            int overdue = (int) tasks.stream().filter(t -> isOverdue(t, packDate)).count();
            rows.add(new FollowUp.Row(priority, done, tasks.size() - done, overdue));
        }
        return new FollowUp(rows);
    }

    private static List<MonthCount> perMonth(Period period, List<Report> selection) {
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            int unrated = 0;
            for (Report report : selection) {
                if (!YearMonth.from(PackFilter.windowStart(report)).equals(month)) {
                    continue;
                }
                if (report.incident().severity().isPresent()) {
                    counts.merge(report.incident().severity().get(), 1, Integer::sum);
                } else {
                    unrated++;
                }
            }
            months.add(new MonthCount(month, counts, unrated));
        }
        return months;
    }

    /** Impact by the names {@code names} gives each incident; a name's first spelling in time order is shown. */
    private static List<ImpactTotal> impactBy(List<Report> selection,
            Function<Report, List<String>> names) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Duration> impact = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Report report : selection) {
            for (String name : distinct(names.apply(report))) {
                String key = PackFilter.categoryKey(name);
                shown.putIfAbsent(key, name.strip());
                impact.merge(key, report.metrics().duration().orElse(Duration.ZERO), Duration::plus);
                count.merge(key, 1, Integer::sum);
            }
        }
        return shown.keySet().stream()
                .map(key -> new ImpactTotal(shown.get(key), impact.get(key), count.get(key)))
                .sorted(Comparator.comparing(ImpactTotal::impact, Comparator.reverseOrder())
                        .thenComparing(ImpactTotal::incidents, Comparator.reverseOrder())
                        .thenComparing(t -> t.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The names, each once, ignoring case: {@code [Checkout, checkout]} is one service. */
    private static List<String> distinct(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            if (!name.isBlank() && seen.add(PackFilter.categoryKey(name))) {
                kept.add(name);
            }
        }
        return kept;
    }

    private static List<RepeatCause> repeatCauses(List<IncidentRow> rows) {
        record Key(String category, String service) {}
        Map<Key, List<IncidentRow>> groups = new LinkedHashMap<>();
        Map<Key, RepeatCause> names = new HashMap<>();
        List<IncidentRow> inTimeOrder = rows.stream()
                .sorted(Comparator.comparing(IncidentRow::report, CHRONOLOGICAL)).toList();
        for (IncidentRow row : inTimeOrder) {
            String category = PackFilter.category(row.report());
            if (category.equals(PackFilter.UNCATEGORISED)) {
                continue; // no stated cause: nothing to repeat
            }
            for (String service : distinct(row.report().incident().services())) {
                Key key = new Key(PackFilter.categoryKey(category), PackFilter.categoryKey(service));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
                names.putIfAbsent(key, new RepeatCause(category, service.strip(), List.of()));
            }
        }
        return groups.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .map(e -> new RepeatCause(names.get(e.getKey()).category(), names.get(e.getKey()).service(),
                        e.getValue()))
                .sorted(Comparator.comparingInt((RepeatCause c) -> c.incidents().size()).reversed()
                        .thenComparing(c -> c.category().toLowerCase(Locale.ROOT))
                        .thenComparing(c -> c.service().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static List<OpenTask> openTasks(List<IncidentRow> rows, LocalDate packDate) {
        List<OpenTask> open = new ArrayList<>();
        for (IncidentRow row : rows) {
            for (Task task : row.report().incident().tasks()) {
                if (!task.done()) {
                    open.add(new OpenTask(row.report(), task, isOverdue(task, packDate)));
                }
            }
        }
        // A stable sort: tasks equal on every key keep incident impact order, then their order in the file.
        return open.stream()
                .sorted(Comparator.comparing(OpenTask::overdue, Comparator.reverseOrder())
                        .thenComparing(t -> t.due().orElse(LocalDate.MAX))
                        .thenComparing(t -> t.priority().map(Priority::ordinal).orElse(Priority.values().length)))
                .toList();
    }
}
