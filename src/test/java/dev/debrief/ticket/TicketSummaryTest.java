package dev.debrief.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import dev.debrief.model.Incident;
import dev.debrief.report.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TicketSummaryTest {
    static String summary(String yaml, SummaryFormat format) throws Exception {
        return TicketSummary.of(Report.of(incident(yaml)), format);
    }

    static Incident incident(String yaml) throws Exception {
        return IncidentLoader.parse(Path.of("test.yaml"), yaml).incident();
    }

    @Test
    void givesTitleSeverityWindowDurationTimesAndUsersAffected() throws Exception {
        String text = summary(TestIncidents.CORE.replace("{description: Checkout failed.}",
                "{description: Checkout failed., users_affected: 1200, users_affected_percent: 30}") + """
                severity: SEV2
                timeline: [{time: "14:15", type: alert, event: Alert}, {time: "15:45", type: resolution, event: Fixed}]
                """, SummaryFormat.TEXT);
        assertEquals("""
                INC-TEST-1: Checkout down

                Severity: SEV2 · Window: 22 May 2024, 14:00 – 16:00 UTC · Duration: 2 h
                Time to detect: 15 min · Time to resolve: 1 h 45 min · Users affected: 1,200 (30% of users)
                """, text.substring(0, text.indexOf("Root cause")).stripTrailing() + "\n");
    }

    @Test
    void anOngoingIncidentSaysSo() throws Exception {
        String text = summary(TestIncidents.CORE.replace(", end: 2024-05-22T16:00:00Z", ""), SummaryFormat.TEXT);
        assertTrue(text.contains("14:00 – ongoing"), text);
        assertTrue(text.contains("Duration: ongoing"), text);
        assertTrue(text.contains("Time to resolve: ongoing"), text);
    }

    @Test
    void aDraftSaysItIsADraft() throws Exception {
        assertTrue(summary(TestIncidents.CORE + "status: draft\n", SummaryFormat.TEXT).contains("Status: draft"));
        assertFalse(summary(TestIncidents.CORE, SummaryFormat.TEXT).contains("Status:"));
    }

    @Test
    void theRootCauseIsOneParagraphOfPlainText() throws Exception {
        String text = summary(TestIncidents.CORE.replace("root_cause: A bad parameter.", """
                root_cause: |
                  A **bad** parameter, see [the runbook](https://runbooks.example/db).

                  Causes:
                  - no alert
                  - no review
                """), SummaryFormat.TEXT);
        assertTrue(text.contains("\nRoot cause: A bad parameter, see the runbook (https://runbooks.example/db). "
                + "Causes: no alert; no review\n"), text);
    }

    @Test
    void onlyOpenTasksAreListedWithOwnerPriorityDueDateAndTicket() throws Exception {
        String text = summary(TestIncidents.CORE + """
                date: 2024-06-20
                tasks:
                  - {task: Patch the server, owner: DBA team, priority: P1, due: 2024-06-15, ticket: OPS-1}
                  - {task: Add an alert, done: true, owner: SRE}
                  - {task: Write the runbook}
                """, SummaryFormat.TEXT);
        assertTrue(text.endsWith("""
                Open tasks (2 of 3):

                - Patch the server · DBA team · P1 · due 15 Jun 2024 (overdue) · OPS-1
                - Write the runbook
                """), text);
    }

    @Test
    void withoutOpenTasksItSaysNone() throws Exception {
        assertTrue(summary(TestIncidents.CORE, SummaryFormat.TEXT).endsWith("Open tasks: none\n"));
        assertTrue(summary(TestIncidents.CORE + "tasks: [{task: Done, done: true}]\n", SummaryFormat.TEXT)
                .endsWith("Open tasks: none (1 done)\n"));
    }

    @Test
    void anExternalSummaryHasNoOwnersAndNoInternalTasks() throws Exception {
        IncidentLoader.Loaded loaded = IncidentLoader.parse(Path.of("test.yaml"), TestIncidents.CORE + """
                tasks:
                  - {task: Public fix, owner: Alice Example}
                  - {task: Rotate the leaked key, owner: Bob Example, internal: true}
                """);
        Report external = Report.of(loaded.incident(), loaded.sources(), Audience.EXTERNAL);
        for (SummaryFormat format : SummaryFormat.values()) {
            String text = TicketSummary.of(external, format);
            assertTrue(text.contains("Public fix"), text);
            assertFalse(text.contains("Alice") || text.contains("Bob") || text.contains("leaked"), text);
        }
    }

    @Test
    void anInternalTaskIsMarkedInAnInternalSummary() throws Exception {
        String text = summary(TestIncidents.CORE + "tasks: [{task: Rotate the key, internal: true}]\n",
                SummaryFormat.TEXT);
        assertTrue(text.contains("- Rotate the key · internal\n"), text);
    }

    @Test
    void aTicketWithAnAddressIsALinkInEachFormat() throws Exception {
        String yaml = TestIncidents.CORE + "tasks: [{task: Fix, ticket: OPS-7, url: 'https://jira.example/browse/OPS-7'}]\n";
        assertTrue(summary(yaml, SummaryFormat.MARKDOWN).contains("[OPS-7](<https://jira.example/browse/OPS-7>)"));
        assertTrue(summary(yaml, SummaryFormat.JIRA).contains("[OPS\\-7|https://jira.example/browse/OPS-7]"));
        assertTrue(summary(yaml, SummaryFormat.SLACK).contains("<https://jira.example/browse/OPS-7|OPS-7>"));
        assertTrue(summary(yaml, SummaryFormat.TEXT).contains("OPS-7 (https://jira.example/browse/OPS-7)"));
    }

    @Test
    void aTicketInTheTrackersOwnFormIsLeftForTheTrackerToLink() throws Exception {
        String jira = summary(TestIncidents.CORE + "tasks: [{task: Fix, ticket: OPS-7}]\n", SummaryFormat.JIRA);
        assertTrue(jira.contains("* Fix · OPS-7\n"), jira);
        String github = summary(TestIncidents.CORE + "tasks: [{task: Fix, ticket: 'org/repo#12'}]\n",
                SummaryFormat.MARKDOWN);
        assertTrue(github.contains("- Fix · org/repo#12\n"), github);
        String notAReference = summary(TestIncidents.CORE + "tasks: [{task: Fix, ticket: '#12 @all'}]\n",
                SummaryFormat.MARKDOWN);
        assertTrue(notAReference.contains("- Fix · \\#&#8203;12 @&#8203;all\n"), notAReference);
    }
}
