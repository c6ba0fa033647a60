package dev.debrief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestPack;
import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.InvalidInputException;
import dev.debrief.diag.Location;
import dev.debrief.model.Audience;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackConfigLoaderTest {
    @TempDir
    Path dir;
    Path config;

    /** The test pack copied to {@code incidents/}, and the config file at {@code packs/q2.yaml}. */
    @BeforeEach
    void copyTheTestPack() throws Exception {
        try (Stream<Path> files = Files.walk(TestPack.DIR)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve("incidents").resolve(TestPack.DIR.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        config = dir.resolve("packs/q2.yaml");
        Files.createDirectories(config.getParent());
    }

    PackConfig load(String yaml) throws Exception {
        Files.writeString(config, yaml);
        return PackConfigLoader.load(config).config();
    }

    InvalidInputException failure(String yaml) throws Exception {
        Files.writeString(config, yaml);
        return assertThrows(InvalidInputException.class, () -> PackConfigLoader.load(config));
    }

    /** The one error of the file, as printed: {@code file:line:col: error: message (hint) [rule]}. */
    void assertError(int line, int column, String message, InvalidInputException e) {
        assertEquals(1, e.errors().size(), e.getMessage());
        Diagnostic error = e.errors().get(0);
        assertEquals(new Location(config, line, column), error.location());
        assertEquals(message, error.text());
        assertTrue(error.toString().startsWith(config + ":" + line + ":" + column + ": error: " + message),
                error.toString());
    }

    @Test
    void aFullConfigGivesEveryOption() throws Exception {
        PackConfig pack = load("""
                title: Payments platform – Q2 2024
                period: 2024-Q2
                inputs:
                  - ../incidents/2024-Q1
                  - ../incidents/2024-Q2/*.yaml
                severities: [SEV1, SEV2]
                exclude_categories: [game-day, maintenance]
                audience: external
                """);
        assertEquals(Optional.of("Payments platform – Q2 2024"), pack.title());
        assertEquals(Optional.of(Period.parse("2024-Q2")), pack.period());
        assertEquals(8, pack.inputs().size());
        assertEquals(dir.resolve("incidents/2024-Q1/2024-01-14-payments-deploy.yaml"), pack.inputs().get(0));
        assertEquals(Set.of(Severity.SEV1, Severity.SEV2), pack.severities());
        assertEquals(Set.of("game-day", "maintenance"), pack.excludedCategories());
        assertEquals(Optional.of(Audience.EXTERNAL), pack.audience());
    }

    @Test
    void nothingIsRequired() throws Exception {
        PackConfig pack = load("title: Q2 review\n");
        assertEquals(Optional.empty(), pack.period());
        assertEquals(List.of(), pack.inputs());
        assertEquals(Set.of(), pack.severities());
        assertEquals(Optional.empty(), pack.audience());
    }

    @Test
    void listsMayBeWrittenAsOneCommaSeparatedValue() throws Exception {
        PackConfig pack = load("""
                inputs: ../incidents
                severities: SEV1, sev2
                exclude_categories: game-day
                """);
        assertEquals(8, pack.inputs().size());
        assertEquals(Set.of(Severity.SEV1, Severity.SEV2), pack.severities());
        assertEquals(Set.of("game-day"), pack.excludedCategories());
    }

    @Test
    void twoInputsReachingOneFileGiveItOnce() throws Exception {
        PackConfig pack = load("inputs: [../incidents/2024-Q1, ../incidents, ../incidents/*/*.yaml]\n");
        assertEquals(8, pack.inputs().size());
        assertEquals(8, Set.copyOf(pack.inputs()).size());
    }

    @Test
    void aRangeIsGivenWithFromAndTo() throws Exception {
        assertEquals(Optional.of(Period.between("2024-04-01", "2024-05-15")), load("from: 2024-04-01\nto: 2024-05-15\n")
                .period());
    }

    @Test
    void anUnknownKeyIsNamedWithTheClosestKnownOne() throws Exception {
        assertError(2, 1, "unknown key `exclude_category` (did you mean `exclude_categories`?)",
                failure("title: Q2\nexclude_category: [game-day]\n"));
        assertError(1, 1, "unknown key `severity` (did you mean `severities`?)", failure("severity: SEV1\n"));
    }

    @Test
    void aBadPeriodIsReportedAtItsValue() throws Exception {
        assertError(2, 9, "`2024-Q5` is not a period: a year has quarters Q1 to Q4",
                failure("title: Q2\nperiod: 2024-Q5\n"));
    }

    @Test
    void aPeriodAndARangeTogetherAreRefused() throws Exception {
        assertError(2, 7, "give either `period` or `from` and `to`, not both",
                failure("period: 2024-Q2\nfrom: 2024-04-01\nto: 2024-06-30\n"));
    }

    @Test
    void aRangeNeedsBothEnds() throws Exception {
        assertError(1, 7, "`from` needs `to` too: a range has a first and a last day", failure("from: 2024-04-01\n"));
        assertError(1, 5, "`to` needs `from` too: a range has a first and a last day", failure("to: 2024-04-01\n"));
    }

    @Test
    void aRangeEndingBeforeItStartsIsReportedAtItsEnd() throws Exception {
        assertError(2, 5, "`to`: the range ends on 2024-03-01, before it starts on 2024-04-01",
                failure("from: 2024-04-01\nto: 2024-03-01\n"));
        assertError(1, 7, "`from`: `2024-04-31` is not a day of the calendar",
                failure("from: 2024-04-31\nto: 2024-05-01\n"));
    }

    @Test
    void anInputThatSelectsNothingIsReportedAtItsLine() throws Exception {
        assertError(4, 5, "`../incidents/2024-Q3`: no such file or folder (inputs are read from the config file's folder)",
                failure("""
                        title: Q3
                        inputs:
                          - ../incidents/2024-Q2
                          - ../incidents/2024-Q3
                        """));
        assertError(1, 10, "`incidents/*.yaml` matches no .yaml or .yml file (inputs are read from the config file's"
                + " folder)", failure("inputs: [incidents/*.yaml]\n"));
    }

    @Test
    void aBadSeverityIsReportedAtItsItem() throws Exception {
        assertError(1, 20, "`severities` has `SEV9`: expected SEV1, SEV2, SEV3, SEV4 or SEV5",
                failure("severities: [SEV1, SEV9]\n"));
    }

    @Test
    void aMisspeltAudienceGetsASuggestion() throws Exception {
        assertError(1, 11, "`audience` is `externl`: expected one of internal, external (did you mean `external`?)",
                failure("audience: externl\n"));
    }

    @Test
    void anEmptyFileOrOneThatIsNotAMappingIsRefused() throws Exception {
        assertError(1, 1, "the file is empty; expected a mapping with keys like `title`, `period` and `inputs`",
                failure("\n# nothing yet\n"));
        assertTrue(failure("- 2024-Q2\n").getMessage().endsWith("should be a mapping of keys, but is a list"
                + " [wrong-type]"));
    }

    @Test
    void everyMistakeIsReportedInOnePass() throws Exception {
        InvalidInputException e = failure("""
                titel: Q2
                period: 2024-Q9
                severities: [SEV1, SEV7]
                inputs: [../incidents/2024-Q3]
                audience: everyone
                """);
        assertEquals(List.of(1, 2, 3, 4, 5), e.errors().stream().map(d -> d.location().line()).toList());
        assertEquals(List.of("unknown-key", "invalid-value", "invalid-value", "missing-input", "invalid-value"),
                e.errors().stream().map(Diagnostic::rule).toList());
    }

    @Test
    void removedControlCharactersAreAWarning() throws Exception {
        Files.writeString(config, "title: \"Q2\\x07 review\"\n");
        PackConfigLoader.Loaded loaded = PackConfigLoader.load(config);
        assertEquals(Optional.of("Q2 review"), loaded.config().title());
        assertEquals(List.of("control-characters"), loaded.warnings().stream().map(Diagnostic::rule).toList());
        assertEquals(1, loaded.warnings().get(0).location().line());
    }
}
