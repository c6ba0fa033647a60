package dev.debrief.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Runs the command line as a user would, capturing exit code, stdout and stderr. */
record CommandRun(int exitCode, byte[] stdout, String stderr) {
    /** The day tests run on, so that "overdue" and "today" never depend on when they run. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T09:30:00Z"), ZoneId.of("Europe/Berlin"));

    static CommandRun of(String... args) {
        return with(new Environment(new ByteArrayInputStream(new byte[0]), CLOCK, FileChanges::new), args);
    }

    /** Runs with {@code stdin} as standard input. */
    static CommandRun withInput(String stdin, String... args) {
        return with(new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), CLOCK,
                FileChanges::new), args);
    }

    static CommandRun with(Environment environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
        return new CommandRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
