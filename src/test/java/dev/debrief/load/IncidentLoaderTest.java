package dev.debrief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.model.EventType;
import dev.debrief.model.Incident;
import dev.debrief.model.Severity;
import dev.debrief.model.Status;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentLoaderTest {
    static final Path FILE = Path.of("incident.yaml");

    static final String MINIMAL = TestIncidents.CORE;


    static Incident load(String yaml) throws InvalidInputException {
        return IncidentLoader.parse(FILE, yaml).incident();
    }

    /** The first error of a file that must fail. */
    static Diagnostic failure(String yaml) {
        return assertThrows(InvalidInputException.class, () -> load(yaml)).errors().get(0);
    }

    static Incident withTimeline(String header, String... entries) throws InvalidInputException {
        return load(MINIMAL + header + "timeline:\n" + String.join("\n", entries) + "\n");
    }

    @Test
    void minimalIncidentGetsTheDefaults() throws Exception {
        Incident incident = load(MINIMAL);
        assertEquals(1, incident.format());
        assertEquals(Status.FINAL, incident.status());
        assertEquals(ZoneId.of("Z"), incident.zone());
        assertTrue(incident.severity().isEmpty());
        assertTrue(incident.timeline().isEmpty());
    }

    @Test
    void unknownKeyIsNamedWithItsPlaceAndTheClosestKnownKey() {
        Diagnostic e = failure(MINIMAL + "rootcause: typo\n");
        assertEquals(8, e.location().line());
        assertEquals(1, e.location().column());
        assertTrue(e.toString().contains("unknown key `rootcause`"), e.toString());
        assertTrue(e.toString().contains("did you mean `root_cause`?"), e.toString());
        assertTrue(e.toString().startsWith("incident.yaml:8:1: "), e.toString());
    }

    @Test
    void unknownKeyInsideATimelineEntryNamesTheEntry() {
        Diagnostic e = failure(MINIMAL + "timeline:\n  - {time: '14:00', evnt: x}\n");
        assertTrue(e.toString().contains("in timeline[1]"), e.toString());
        assertTrue(e.toString().contains("did you mean `event`?"), e.toString());
        assertEquals(9, e.location().line());
    }

    @Test
    void missingRequiredFieldIsNamed() {
        Diagnostic e = failure(MINIMAL.replace("root_cause: A bad parameter.\n", ""));
        assertTrue(e.toString().contains("missing required field `root_cause`"), e.toString());
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        Diagnostic e = failure(MINIMAL + "tasks: just one\n");
        assertTrue(e.toString().contains("`tasks` should be a list"), e.toString());
    }

    @Test
    void badDateTimeNamesFieldAndForm() {
        Diagnostic e = failure(MINIMAL.replace("start: 2024-05-22T14:00:00Z", "start: yesterday"));
        assertTrue(e.toString().contains("`window.start` is `yesterday`: expected a date-time"), e.toString());
        assertEquals(4, e.location().line());
    }

    @Test
    void windowEndBeforeStartIsRefused() {
        Diagnostic e = failure(MINIMAL.replace("end: 2024-05-22T16:00:00Z", "end: 2024-05-22T13:00:00Z"));
        assertTrue(e.toString().contains("before `window.start`"), e.toString());
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        Diagnostic e = failure("id: INC-1\ntitle: [unclosed\nsummary: x\n");
        assertTrue(e.toString().contains("not valid YAML"), e.toString());
        assertTrue(e.location().line() >= 2, e.toString());
    }

    @Test
    void duplicateKeyIsRefusedNamingBothLines() {
        Diagnostic e = failure(MINIMAL + "title: Again\n");
        assertTrue(e.toString().contains("`title` appears twice"), e.toString());
        assertTrue(e.toString().contains("line 2"), e.toString());
    }

    @Test
    void aliasesAreRefused() {
        Diagnostic e = failure(MINIMAL + "tags: &a [x]\nservices: *a\n");
        assertTrue(e.toString().contains("aliases"), e.toString());
    }

    @Test
    void emptyFileIsRefused() {
        assertTrue(failure("").toString().contains("empty"));
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertTrue(failure(MINIMAL + "---\nid: B\n").toString().contains("second YAML document"));
    }

    @Test
    void fileThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
        Path file = java.nio.file.Files.createTempFile("latin1", ".yaml");
        java.nio.file.Files.write(file, "id: INC-1\ntitle: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Diagnostic e = assertThrows(InvalidInputException.class, () -> IncidentLoader.load(file)).errors().get(0);
        assertEquals(2, e.location().line());
        assertTrue(e.toString().contains("not UTF-8"));
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', value = {
        "14:05             | 2024-05-22T14:05Z",
        "'14:05'           | 2024-05-22T14:05Z",
        "'2:05 PM'         | 2024-05-22T14:05Z",
        "'2:05pm'          | 2024-05-22T14:05Z",
        "'12:30 AM'        | 2024-05-23T00:30Z",
        "'14:05:30'        | 2024-05-22T14:05:30Z",
        "2024-05-22T14:05:00Z | 2024-05-22T14:05Z",
        "2024-05-22T15:05:00+01:00 | 2024-05-22T14:05Z",
        "'2024-05-22 14:05' | 2024-05-22T14:05Z",
        "2024-05-22T14:05  | 2024-05-22T14:05Z",
    })
    void everyTimeFormIsRead(String written, String expected) throws Exception {
        Incident incident = withTimeline("", "  - {time: \"13:00\", event: first}", "  - time: " + written,
                "    event: second");
        assertEquals(ZonedDateTime.parse(expected).toInstant(), incident.timeline().get(1).time().toInstant());
    }

    @Test
    void bareTimesAreReadInTheIncidentZone() throws Exception {
        Incident incident = load(MINIMAL.replace("window: {start: 2024-05-22T14:00:00Z, end: 2024-05-22T16:00:00Z}",
                "window: {start: '2024-05-22 10:00', end: '2024-05-22 11:30'}")
                + "timezone: Africa/Lagos\ntimeline:\n  - {time: '10:05 AM', event: x}\n");
        assertEquals(ZonedDateTime.parse("2024-05-22T09:00Z").toInstant(), incident.window().start().toInstant());
        assertEquals(ZonedDateTime.parse("2024-05-22T09:05Z").toInstant(), incident.timeline().get(0).time().toInstant());
    }

    @ParameterizedTest
    @CsvSource({"UTC, Z", "GMT, GMT", "+01:00, +01:00", "Africa/Lagos, Africa/Lagos", "-0530, -05:30", "+1, +01:00",
        "+1:30, +01:30", "+130, +01:30"})
    void timezoneFormsAreRead(String written, String zone) throws Exception {
        assertEquals(ZoneId.of(zone), load(MINIMAL + "timezone: '" + written + "'\n").zone());
    }

    @ParameterizedTest
    @CsvSource({"Mars/Olympus", "+1a", "+25:00", "'+01:00:00:00'"})
    void unknownTimezoneIsRefusedAtItsLine(String written) {
        Diagnostic e = failure(MINIMAL + "timezone: '" + written.replace("'", "") + "'\n");
        assertTrue(e.toString().contains("IANA zone"), e.toString());
        assertEquals(8, e.location().line());
    }

    @Test
    void bareTimeEarlierThanThePreviousEntryRollsOverToTheNextDay() throws Exception {
        Incident incident = withTimeline("", "  - {time: '23:50', event: a}", "  - {time: '00:10', event: b}",
                "  - {time: '00:20', event: c}");
        assertEquals(LocalDate.of(2024, 5, 22), incident.timeline().get(0).time().toLocalDate());
        assertEquals(LocalDate.of(2024, 5, 23), incident.timeline().get(1).time().toLocalDate());
        assertEquals(LocalDate.of(2024, 5, 23), incident.timeline().get(2).time().toLocalDate());
    }

    @Test
    void bareTimeFollowsTheDayOfAFullDateTimeBeforeIt() throws Exception {
        Incident incident = withTimeline("", "  - {time: 2024-05-25T09:00:00Z, event: a}",
                "  - {time: '10:00', event: b}");
        assertEquals(LocalDate.of(2024, 5, 25), incident.timeline().get(1).time().toLocalDate());
    }

    @Test
    void eventTypeDefaultsToNoteAndUnknownTypesAreRefused() throws Exception {
        assertEquals(EventType.NOTE, withTimeline("", "  - {time: '14:00', event: a}").timeline().get(0).type());
        Diagnostic e = failure(MINIMAL + "timeline:\n  - {time: '14:00', event: a, type: misleeding}\n");
        assertTrue(e.toString().contains("did you mean `misleading`?"), e.toString());
    }

    @ParameterizedTest
    @CsvSource({"SEV1, SEV1", "sev2, SEV2", "SEV-3, SEV3", "4, SEV4"})
    void severityIsReadAsAPersonMeansIt(String written, Severity expected) throws Exception {
        assertEquals(expected, load(MINIMAL + "severity: " + written + "\n").severity().orElseThrow());
    }

    @Test
    void severityOutOfRangeIsRefused() {
        String message = failure(MINIMAL + "severity: SEV9\n").toString();
        assertTrue(message.contains("SEV1, SEV2"), message);
        assertTrue(message.contains("did you mean `SEV1`?"), message);
    }

    @Test
    void yamlBooleanAndNumberLookalikesInTextFieldsStayText() throws Exception {
        Incident incident = load(MINIMAL.replace("title: Checkout down", "title: no")
                .replace("id: INC-TEST-1", "id: 2024"));
        assertEquals("no", incident.title());
        assertEquals("2024", incident.id());
    }

    @Test
    void servicesMayBeOneStringOrAList() throws Exception {
        assertEquals(java.util.List.of("checkout"), load(MINIMAL + "services: checkout\n").services());
        assertEquals(java.util.List.of("a", "b"), load(MINIMAL + "services: [a, b]\n").services());
    }

    @Test
    void percentMustBeBetweenZeroAndHundred() {
        Diagnostic e = failure(MINIMAL.replace("impact: {description: Checkout failed.}",
                "impact: {description: x, users_affected_percent: 140}"));
        assertTrue(e.toString().contains("from 0 to 100"), e.toString());
    }

    @Test
    void usersAffectedAcceptsThousandsSeparators() throws Exception {
        Incident incident = load(MINIMAL.replace("impact: {description: Checkout failed.}",
                "impact: {description: x, users_affected: '75,000', users_affected_percent: 70%}"));
        assertEquals(75000, incident.impact().usersAffected().getAsLong());
        assertEquals(70.0, incident.impact().usersAffectedPercent().getAsDouble());
    }

    @Test
    void internalMarkersAreReadOnEveryKindOfItem() throws Exception {
        Incident incident = load(MINIMAL + """
                timeline:
                  - {time: '14:00', event: a, internal: true}
                tasks:
                  - {task: t, owner: Ann, internal: true}
                lessons:
                  went_well: [{text: quiet, internal: true}, loud]
                """);
        assertTrue(incident.timeline().get(0).internal());
        assertTrue(incident.tasks().get(0).internal());
        assertTrue(incident.lessons().wentWell().get(0).internal());
        assertFalse(incident.lessons().wentWell().get(1).internal());
    }

    @Test
    void commaInsideAFlowMappingValueIsKeptWithAWarning() throws Exception {
        IncidentLoader.Loaded loaded = IncidentLoader.parse(FILE,
                MINIMAL + "timeline:\n  - {time: '15:30', type: mitigation, event: Parameter corrected, server restarted}\n");
        assertEquals("Parameter corrected, server restarted",
                loaded.incident().timeline().get(0).event().source());
        assertEquals(1, loaded.warnings().size());
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() throws Exception {
        IncidentLoader.Loaded loaded = IncidentLoader.parse(FILE, MINIMAL.replace("title: Checkout down",
                "title: \"Bell\\x07 here\""));
        assertEquals("Bell here", loaded.incident().title());
        assertTrue(loaded.warnings().get(0).message().contains("U+0007"));
    }

    @Test
    void manyControlCharactersInOneFieldGiveOneWarning() throws Exception {
        IncidentLoader.Loaded loaded = IncidentLoader.parse(FILE, MINIMAL.replace("title: Checkout down",
                "title: \"" + "a\\x07".repeat(500) + "\\x01\""));
        assertEquals("a".repeat(500), loaded.incident().title());
        assertEquals(1, loaded.warnings().size());
        assertEquals("removed characters that cannot be shown: U+0001, U+0007 (500 times)", loaded.warnings().get(0).message());
    }

    @Test
    void deeplyNestedInputStopsWithAClearError() {
        String deep = "[".repeat(200) + "]".repeat(200);
        Diagnostic e = failure(MINIMAL + "tags: " + deep + "\n");
        assertTrue(e.toString().contains("nested"), e.toString());
    }

    @Test
    void taskUrlMustBeWeb() {
        Diagnostic e = failure(MINIMAL + "tasks:\n  - {task: t, url: 'javascript:alert(1)'}\n");
        assertTrue(e.toString().contains("http(s) URL"), e.toString());
    }

    @Test
    void imageNeedsFileOrUrl() {
        Diagnostic e = failure(MINIMAL + "images:\n  - {caption: nothing}\n");
        assertTrue(e.toString().contains("exactly one of `file` or `url`"), e.toString());
    }

    @Test
    void everyErrorInAFileIsReportedAtOnceInFileOrder() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(MINIMAL
                .replace("title: Checkout down", "title: Checkout down\nseverity: -1")
                + "rootcause: typo\ntimeline:\n  - {time: '25:00', event: a}\n  - {time: '14:00', evnt: b}\n"));
        assertEquals(List.of(
                "incident.yaml:3:11: error: `severity` is `-1`: expected one of SEV1, SEV2, SEV3, SEV4, SEV5 [invalid-value]",
                "incident.yaml:9:1: error: unknown key `rootcause` (did you mean `root_cause`?) [unknown-key]",
                "incident.yaml:11:12: error: `timeline[1].time` is `25:00`: expected a time like 14:05, 2:05 PM or a"
                        + " date-time like 2024-05-22T14:05:00Z [invalid-value]",
                "incident.yaml:12:21: error: unknown key `evnt` in timeline[2] (did you mean `event`?) [unknown-key]"),
                e.errors().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void internalTrueWhereItHidesNothingIsAnError() {
        Diagnostic e = failure(MINIMAL.replace("impact: {description: Checkout failed.}",
                "impact: {description: Checkout failed., internal: true}"));
        assertEquals("internal-no-effect", e.rule());
        assertEquals(5, e.location().line());
    }

    @Test
    void internalFalseWhereItHidesNothingIsAccepted() throws Exception {
        load(MINIMAL + "internal: false\n");
    }
}
