package dev.debrief.check;

import static dev.debrief.diag.Diagnostic.Severity.WARNING;

import dev.debrief.model.EventType;
import dev.debrief.model.Incident;
import dev.debrief.model.Item;
import dev.debrief.model.Markdown;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Whether a postmortem is complete and well written: run by {@code lint}, every finding a warning by default. */
final class LintRules {
    private LintRules() {}

    /** From this many entries on, an incident with no misleading path recorded is probably missing one. */
    static final int LONG_TIMELINE = 8;

    /** A summary that fits on a screen: at most this many words ... */
    static final int SUMMARY_WORDS = 120;
    /** ... and this many lines of text. */
    static final int SUMMARY_LINES = 8;

    static final Rule TIMELINE_DETECTION = new Rule("timeline-detection", RuleSet.LINT, WARNING,
            "The timeline has no `detection` or `alert` entry, so time to detect cannot be computed.",
            (Rule.EachFile) LintRules::detection);

    static final Rule TIMELINE_RESOLUTION = new Rule("timeline-resolution", RuleSet.LINT, WARNING,
            "The timeline of an incident that has ended has no `resolution` entry.",
            (Rule.EachFile) LintRules::resolution);

    static final Rule MISLEADING_PATH = new Rule("misleading-path", RuleSet.LINT, WARNING,
            "A timeline of 8 entries or more records no `misleading` path: most long incidents had one.",
            (Rule.EachFile) LintRules::misleading);

    static final Rule TASK_OWNER = new Rule("task-owner", RuleSet.LINT, WARNING,
            "An open task has no `owner`.", (Rule.EachFile) LintRules::owners);

    static final Rule TASK_DUE = new Rule("task-due", RuleSet.LINT, WARNING,
            "An open task has no `due` date.", (Rule.EachFile) LintRules::dueDates);

    static final Rule MEASURES_WITHOUT_TASKS = new Rule("measures-without-tasks", RuleSet.LINT, WARNING,
            "There are `measures` but no `tasks`: nobody is committed to any of them.",
            (Rule.EachFile) LintRules::measuresWithoutTasks);

    static final Rule SUMMARY_LENGTH = new Rule("summary-length", RuleSet.LINT, WARNING,
            "The `summary` is longer than a screen: more than 120 words or 8 lines.",
            (Rule.EachFile) LintRules::summaryLength);

    static final Rule NARRATIVE_LENGTH = new Rule("narrative-length", RuleSet.LINT, WARNING,
            "The narrative (summary, impact, detection, trigger, root cause, contributing factors, resolution, "
                    + "conclusion) is outside the word range, 400 to 600 words unless configured.",
            (Rule.EachFile) LintRules::narrativeLength);

    static final List<Rule> ALL = List.of(TIMELINE_DETECTION, TIMELINE_RESOLUTION, MISLEADING_PATH, TASK_OWNER,
            TASK_DUE, MEASURES_WITHOUT_TASKS, SUMMARY_LENGTH, NARRATIVE_LENGTH, Blame.RULE);

    private static void detection(Subject subject, Context context, Findings findings) {
        if (!has(subject.incident(), EventType.DETECTION) && !has(subject.incident(), EventType.ALERT)) {
            findings.atKey("timeline", "the timeline has no `detection` or `alert` entry, so time to detect cannot"
                    + " be computed", "mark the entry where the problem was noticed with `type: detection`");
        }
    }

    private static void resolution(Subject subject, Context context, Findings findings) {
        Incident incident = subject.incident();
        if (incident.window().end().isPresent() && !has(incident, EventType.RESOLUTION)) {
            findings.atKey("timeline", "the timeline has no `resolution` entry; time to resolve falls back to "
                    + "`window.end`", "mark the entry where service was fully restored with `type: resolution`");
        }
    }

    private static void misleading(Subject subject, Context context, Findings findings) {
        Incident incident = subject.incident();
        if (incident.timeline().size() >= LONG_TIMELINE && !has(incident, EventType.MISLEADING)) {
            findings.atKey("timeline", "the timeline has " + incident.timeline().size() + " entries but no"
                    + " `misleading` one", "record a path that turned out wrong with `type: misleading`; if there"
                    + " was none, disable this rule for the file");
        }
    }

    private static boolean has(Incident incident, EventType type) {
        return incident.timeline().stream().map(TimelineEntry::type).anyMatch(type::equals);
    }

    private static void owners(Subject subject, Context context, Findings findings) {
        for (Task task : subject.incident().tasks()) {
            if (!task.done() && task.owner().isEmpty()) {
                findings.at(task, "", "`" + subject.sources().path(task, "") + "` is open and has no `owner`",
                        "name the person or team who will do it");
            }
        }
    }

    private static void dueDates(Subject subject, Context context, Findings findings) {
        for (Task task : subject.incident().tasks()) {
            if (!task.done() && task.due().isEmpty()) {
                findings.at(task, "", "`" + subject.sources().path(task, "") + "` is open and has no `due` date",
                        "add `due: YYYY-MM-DD`");
            }
        }
    }

    private static void measuresWithoutTasks(Subject subject, Context context, Findings findings) {
        Incident incident = subject.incident();
        if (!incident.measures().isEmpty() && incident.tasks().isEmpty()) {
            int count = incident.measures().size();
            findings.atKey("measures", "there " + (count == 1 ? "is 1 measure" : "are " + count + " measures")
                    + " but no tasks", "add `tasks`, each with an `owner` and a `due` date, for the measures that"
                    + " will be carried out");
        }
    }

    private static void summaryLength(Subject subject, Context context, Findings findings) {
        String summary = subject.incident().summary().source();
        int words = words(summary);
        long lines = summary.lines().filter(l -> !l.isBlank()).count();
        if (words > SUMMARY_WORDS || lines > SUMMARY_LINES) {
            findings.atPath("summary", "`summary` has " + words + " words in " + lines + (lines == 1 ? " line" : " lines")
                    + "; an executive summary fits on a screen (at most " + SUMMARY_WORDS + " words and "
                    + SUMMARY_LINES + " lines)", "keep what happened, to whom, for how long and why; move the rest "
                    + "to `impact`, `root_cause` or `resolution`");
        }
    }

    private static void narrativeLength(Subject subject, Context context, Findings findings) {
        Map<String, Integer> counts = narrative(subject.incident());
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int min = context.settings().minWords();
        int max = context.settings().maxWords();
        if (total >= min && total <= max) {
            return;
        }
        String parts = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        findings.atKey("summary", "the narrative has " + total + " words (" + parts + "); aim for " + min + " to "
                + max, total < min
                        ? "say more where a reader needs it: how it was detected, what triggered it, why it happened"
                        : "cut what a reader does not need; link to logs and long analyses instead");
    }

    /** The words of each part of the narrative, in reading order. */
    static Map<String, Integer> narrative(Incident incident) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("summary", words(incident.summary().source()));
        counts.put("impact", words(incident.impact().description().source()));
        counts.put("detection", words(incident.detection()));
        counts.put("trigger", words(incident.trigger()));
        counts.put("root_cause", words(incident.rootCause().source()));
        counts.put("contributing_factors", incident.contributingFactors().stream().map(Item::text)
                .mapToInt(t -> words(t.source())).sum());
        counts.put("resolution", words(incident.resolution().source()));
        counts.put("conclusion", words(incident.conclusion()));
        return counts;
    }

    /** A link's target is not part of what is read. */
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    /** A word: letters and digits, joined by apostrophes, hyphens or dots; each CJK character is a word. */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+"
                    + "(?:['’.-][\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+)*");

    static int words(String text) {
        Matcher m = WORD.matcher(LINK_TARGET.matcher(text).replaceAll("]"));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static int words(Optional<Markdown> text) {
        return text.map(t -> words(t.source())).orElse(0);
    }
}
