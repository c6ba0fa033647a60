package dev.debrief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import dev.debrief.diag.Diagnostic;
import dev.debrief.load.IncidentLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each rule, given the smallest input that breaks it and one that does not. The golden cases in
 * src/test/resources/diagnostics check the whole messages; these check where each rule draws its line.
 */
class RulesTest {
    static final Clock JULY_FIRST = Clock.fixed(Instant.parse("2024-07-01T09:00:00Z"), ZoneOffset.UTC);
    static final String CORE = TestIncidents.CORE;

    /** The findings of {@code rule} about {@code yaml}, as "line:column". */
    static List<String> found(String rule, String yaml) {
        return findings(rule, yaml).stream().map(d -> d.location().line() + ":" + d.location().column()).toList();
    }

    static List<Diagnostic> findings(String rule, String yaml) {
        try {
            IncidentLoader.Loaded loaded = IncidentLoader.parse(Path.of("incident.yaml"),
                    yaml.getBytes(StandardCharsets.UTF_8));
            Checks checks = Checks.builder().lint().clock(JULY_FIRST).build();
            return checks.check(List.of(loaded)).get(0).diagnostics().stream()
                    .filter(d -> d.rule().equals(rule)).toList();
        } catch (dev.debrief.diag.InvalidInputException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    static String timeline(String... entries) {
        return CORE + "timeline:\n" + java.util.Arrays.stream(entries).map(e -> "  - " + e + "\n")
                .collect(Collectors.joining());
    }

    // placeholder

    @Test
    void aValueStartingWithTodoIsAPlaceholder() {
        assertEquals(List.of("8:13"), found("placeholder", CORE + "detection: \"TODO: how it was noticed\"\n"));
    }

    @Test
    void todoInsideASentenceOrInOtherCaseIsNoPlaceholder() {
        assertEquals(List.of(), found("placeholder", CORE + "detection: Monitoring saw it; TODO lists were fine\n"
                + "trigger: Todo app deploy\n"));
    }

    // timeline-order

    @Test
    void anEntryEarlierThanTheOneBeforeItIsOutOfOrder() {
        assertEquals(List.of("10:12"), found("timeline-order", timeline("{time: 2024-05-22T15:00:00Z, event: a}",
                "{time: 2024-05-22T14:30:00Z, event: b}")));
    }

    @Test
    void entriesAtTheSameTimeAreInOrder() {
        assertEquals(List.of(), found("timeline-order", timeline("{time: 2024-05-22T15:00:00Z, event: a}",
                "{time: 2024-05-22T15:00:00Z, event: b}", "{time: '15:00', event: c}")));
    }

    // timeline-rollover

    @Test
    void aBareTimeReadAsTheNextDayAlmostADayLaterIsProbablyOutOfOrder() {
        assertEquals(List.of("10:12"), found("timeline-rollover", timeline("{time: '14:10', event: a}",
                "{time: '14:05', event: b}")));
    }

    @Test
    void aBareTimePastMidnightIsTheNextDayWithoutAWord() {
        assertEquals(List.of(), found("timeline-rollover", timeline("{time: '23:50', event: a}",
                "{time: '00:10', event: b}")));
    }

    @Test
    void aFullDateTimeOnTheNextDayIsMeantSo() {
        assertEquals(List.of(), found("timeline-rollover", timeline("{time: '14:10', event: a}",
                "{time: '2024-05-23 14:05', event: b}")));
    }

    // timeline-window

    @Test
    void anEntryMoreThanADayBeforeTheWindowIsFarOutside() {
        assertEquals(List.of("9:12"), found("timeline-window", timeline("{time: 2024-05-21T13:59:00Z, event: a}")));
    }

    @Test
    void anEntryADayBeforeTheWindowOrAfterItIsContext() {
        assertEquals(List.of(), found("timeline-window", timeline("{time: 2024-05-21T14:00:00Z, event: a}",
                "{time: 2024-05-23T16:00:00Z, event: b}")));
    }

    @Test
    void anOngoingIncidentHasNoEndToBeFarAfter() {
        String ongoing = timeline("{time: 2024-05-30T10:00:00Z, event: a}")
                .replace(", end: 2024-05-22T16:00:00Z", "");
        assertEquals(List.of(), found("timeline-window", ongoing));
    }

    // overdue-task

    @Test
    void anOpenTaskDueBeforeTodayIsOverdue() {
        assertEquals(List.of("9:20"), found("overdue-task", CORE + "tasks:\n  - {task: t, due: 2024-06-30}\n"));
    }

    @Test
    void aTaskDueTodayOrDoneIsNotOverdue() {
        assertEquals(List.of(), found("overdue-task", CORE + "tasks:\n  - {task: t, due: 2024-07-01}\n"
                + "  - {task: u, due: 2024-01-01, done: true}\n"));
    }

    // duplicate-id

    @Test
    void filesWithTheSameIdInAnyCaseAreReportedEach() throws Exception {
        List<Checks.Checked> checked = Checks.validation().check(List.of(
                IncidentLoader.parse(Path.of("a.yaml"), CORE),
                IncidentLoader.parse(Path.of("b.yaml"), CORE.replace("INC-TEST-1", "inc-test-1")),
                IncidentLoader.parse(Path.of("c.yaml"), CORE.replace("INC-TEST-1", "INC-TEST-2"))));
        assertEquals(List.of("a.yaml:1:5: error: id `INC-TEST-1` is also the id of b.yaml:1:5 (give each incident its"
                + " own id) [duplicate-id]"), checked.get(0).diagnostics().stream().map(Object::toString).toList());
        assertEquals(1, checked.get(1).diagnostics().size());
        assertEquals(List.of(), checked.get(2).diagnostics());
    }

    // timeline-detection and timeline-resolution

    @Test
    void anAlertCountsAsDetection() {
        assertEquals(List.of(), found("timeline-detection", timeline("{time: '14:00', type: alert, event: a}")));
        assertEquals(List.of("8:1"), found("timeline-detection", timeline("{time: '14:00', type: note, event: a}")));
    }

    @Test
    void noTimelineAtAllHasNoDetection() {
        assertEquals(List.of("1:1"), found("timeline-detection", CORE));
    }

    @Test
    void anOngoingIncidentNeedsNoResolutionYet() {
        String ended = timeline("{time: '14:00', type: alert, event: a}");
        assertEquals(List.of("8:1"), found("timeline-resolution", ended));
        assertEquals(List.of(), found("timeline-resolution", ended.replace(", end: 2024-05-22T16:00:00Z", "")));
    }

    // misleading-path

    @Test
    void eightEntriesWithoutAMisleadingPathAreReportedSevenAreNot() {
        String[] eight = new String[8];
        for (int i = 0; i < 8; i++) {
            eight[i] = "{time: '14:0" + i + "', event: e" + i + "}";
        }
        assertEquals(List.of("8:1"), found("misleading-path", timeline(eight)));
        assertEquals(List.of(), found("misleading-path", timeline(java.util.Arrays.copyOf(eight, 7))));
        eight[3] = "{time: '14:03', type: misleading, event: wrong path}";
        assertEquals(List.of(), found("misleading-path", timeline(eight)));
    }

    // task-owner and task-due

    @Test
    void openTasksNeedAnOwnerAndADueDateDoneTasksDoNot() {
        String tasks = CORE + "tasks:\n  - {task: a}\n  - {task: b, owner: SRE, due: 2024-08-01}\n"
                + "  - {task: c, done: true}\n";
        assertEquals(List.of("9:5"), found("task-owner", tasks));
        assertEquals(List.of("9:5"), found("task-due", tasks));
    }

    // measures-without-tasks

    @Test
    void measuresNeedATask() {
        assertEquals(List.of("8:1"), found("measures-without-tasks", CORE + "measures: [a]\n"));
        assertEquals(List.of(), found("measures-without-tasks", CORE + "measures: [a]\ntasks: [b]\n"));
        assertEquals(List.of(), found("measures-without-tasks", CORE));
    }

    // summary-length

    @Test
    void aSummaryOfMoreThan120WordsIsLongerThanAScreen() {
        String words120 = "word ".repeat(120).strip();
        assertEquals(List.of(), found("summary-length", CORE.replace("summary: Orders failed.", "summary: " + words120)));
        assertEquals(List.of("3:10"), found("summary-length", CORE.replace("summary: Orders failed.",
                "summary: " + words120 + " more")));
    }

    @Test
    void aSummaryOfMoreThanEightLinesIsLongerThanAScreen() {
        assertEquals(List.of(), found("summary-length", CORE.replace("summary: Orders failed.",
                "summary: |\n" + "  line\n".repeat(8))));
        assertEquals(List.of("3:10"), found("summary-length", CORE.replace("summary: Orders failed.",
                "summary: |\n" + "  line\n".repeat(9))));
    }

    // narrative-length

    @Test
    void theNarrativeShouldHave400To600Words() {
        // The rest of the core narrative has 7 words: impact 2, root cause 3, resolution 2.
        String words = "word ".repeat(392);
        assertEquals(List.of("3:1"), found("narrative-length", CORE.replace("Orders failed.", words)));
        assertEquals(List.of(), found("narrative-length", CORE.replace("Orders failed.", words + "one")));
        assertEquals(List.of("3:1"), found("narrative-length", CORE.replace("Orders failed.", "word ".repeat(594))));
    }

    @Test
    void wordsAreCountedAsReadLinkTargetsAreNotEachCjkCharacterIs() {
        assertEquals(4, LintRules.words("See [the runbook](https://example.com/a/b/c) now."));
        assertEquals(4, LintRules.words("決済停止"));
        assertEquals(3, LintRules.words("don't re-deploy v1.2"));
    }

    // blame

    @Test
    void neutralWordingIsNotBlame() {
        assertEquals(List.of(), found("blame", CORE.replace("A bad parameter.",
                "The deploy had no canary stage; the failure took two minutes to spread.")));
    }

    @Test
    void blamingAPersonTheFileNamesIsBlameATeamIsNot() {
        String yaml = CORE.replace("A bad parameter.", "Ann Lee caused it, and the Platform team caused the rest.")
                + "authors: [Ann Lee, Platform team]\n";
        assertEquals(List.of("6:13"), found("blame", yaml));
    }

    @Test
    void peopleAreCapitalisedNamesNotTeamsOrSystems() {
        assertTrue(Blame.isPerson("Ann"));
        assertTrue(Blame.isPerson("Ann Lee"));
        assertTrue(Blame.isPerson("J. R. Smith"));
        assertTrue(Blame.isPerson("Иван"));
        assertFalse(Blame.isPerson("SRE"));
        assertFalse(Blame.isPerson("DBA team"));
        assertFalse(Blame.isPerson("CatPics monitoring"));
        assertFalse(Blame.isPerson("Database Team"));
        assertFalse(Blame.isPerson("the on-call engineer"));
    }

    @Test
    void everyRuleIsDocumentedWithItsDefaultSeverity() throws Exception {
        String docs = java.nio.file.Files.readString(Path.of("docs/authoring.md"));
        for (Rule rule : Rules.ALL) {
            assertTrue(docs.contains("\n| `" + rule.id() + "` | " + rule.severity().word() + " | "), rule.id());
        }
    }

    @Test
    void everyRuleIdIsUniqueAndWrittenInKebabCase() {
        assertEquals(Rules.ALL.size(), Rules.ALL.stream().map(Rule::id).distinct().count());
        Rules.ALL.forEach(r -> assertTrue(r.id().matches("[a-z]+(-[a-z]+)*"), r.id()));
    }

    @Test
    void aMisspeltRuleIdFindsTheRule() {
        assertEquals(java.util.Optional.of("task-owner"), Rules.closest("task-ownr"));
        assertEquals(java.util.Optional.of("misleading-path"), Rules.closest("misleading_path"));
    }
}
