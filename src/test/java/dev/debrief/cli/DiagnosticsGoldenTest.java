package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.check.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message Debrief prints about an input, checked whole, golden-file style: each
 * {@code src/test/resources/diagnostics/<case>.yaml} is run through the command line, and what it prints is
 * compared line by line with {@code <case>.txt}. Add a case by adding the two files.
 *
 * <p>A case runs {@code debrief lint <case>.yaml} unless its first line says otherwise, e.g.
 * {@code # debrief: validate --format github {file}} ({@code {file}} stands for the case's path). The expected
 * file holds standard output, then standard error, then {@code [exit N]}. Today is {@link CommandRun#CLOCK}.
 * Run with {@code -Ddebrief.updateGolden=true} to write the expected files from what is printed (then read
 * the diff).
 */
class DiagnosticsGoldenTest {
    static final Path CASES = Path.of("src/test/resources/diagnostics");
    private static final Pattern ARGS = Pattern.compile("# debrief: (.*)");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsExactlyTheExpectedLines(Path yaml) throws IOException {
        String actual = transcript(yaml);
        Path expected = Path.of(yaml.toString().replaceAll("\\.yaml$", ".txt"));
        if (Boolean.getBoolean("debrief.updateGolden")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), expected + " is missing; run with -Ddebrief.updateGolden=true");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    static String transcript(Path yaml) throws IOException {
        String first = Files.readAllLines(yaml, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        Matcher m = ARGS.matcher(first);
        String line = m.matches() ? m.group(1) : "lint {file}";
        if (!line.contains("{file}")) {
            line += " {file}";
        }
        List<String> args = new ArrayList<>();
        for (String arg : line.strip().split("\\s+")) {
            args.add(arg.replace("{file}", yaml.toString()));
        }
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        return run.out() + run.stderr() + "[exit " + run.exitCode() + "]\n";
    }

    /** A rule without a case could print anything; each rule's id appears in some expected file. */
    @Test
    void everyRuleHasACase() throws IOException {
        Set<String> missing = new TreeSet<>();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                all.append(Files.readString(txt, StandardCharsets.UTF_8));
            }
        }
        Rules.ALL.forEach(rule -> {
            if (!all.toString().contains("[" + rule.id() + "]") && !all.toString().contains("title=" + rule.id())) {
                missing.add(rule.id());
            }
        });
        assertEquals(Set.of(), missing);
    }
}
