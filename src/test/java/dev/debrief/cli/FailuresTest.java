package dev.debrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every failure that reaches the top of a command is a message and an exit code, never a stack trace. */
class FailuresTest {
    @Test
    void aStackOverflowIsAMessageAndExitCodeOne() {
        Outcome outcome = run(new StackOverflowError(), false);
        assertEquals(ExitCode.RENDER_FAILED, outcome.code());
        assertEquals("debrief: an input is nested too deeply to process\n", outcome.stderr());
    }

    @Test
    void runningOutOfMemoryIsAMessageAndExitCodeOne() {
        Outcome outcome = run(new OutOfMemoryError("Java heap space"), false);
        assertEquals(ExitCode.RENDER_FAILED, outcome.code());
        assertTrue(outcome.stderr().startsWith("debrief: ran out of memory; give the JVM more with JAVA_OPTS=-Xmx1g"),
                outcome.stderr());
        assertFalse(outcome.stderr().contains("\tat "));
    }

    @Test
    void anyOtherErrorIsAnInternalErrorWithoutATrace() {
        Outcome outcome = run(new AssertionError("broken"), false);
        assertEquals(ExitCode.RENDER_FAILED, outcome.code());
        assertEquals("debrief: internal error: AssertionError: broken (run with --verbose to see where)\n",
                outcome.stderr());
    }

    @Test
    void aRuntimeExceptionIsAnInternalErrorWithoutATrace() {
        Outcome outcome = run(new IllegalStateException("odd"), false);
        assertEquals(ExitCode.RENDER_FAILED, outcome.code());
        assertEquals("debrief: internal error: IllegalStateException: odd (run with --verbose to see where)\n",
                outcome.stderr());
    }

    @Test
    void verboseAddsTheTrace() {
        Outcome outcome = run(new StackOverflowError(), true);
        assertEquals(ExitCode.RENDER_FAILED, outcome.code());
        assertTrue(outcome.stderr().contains("\tat "), outcome.stderr());
    }

    private record Outcome(int code, String stderr) {}

    /** A command that fails with {@code failure}, run through the real command line. */
    private static Outcome run(Throwable failure, boolean verbose) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        Failing command = new Failing(failure);
        command.attach(console, Environment.system());
        int code = new picocli.CommandLine(command)
                .setExecutionExceptionHandler((e, line, parsed) -> Failures.report(e, console, verbose))
                .execute(verbose ? new String[] {"--verbose"} : new String[0]);
        return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    }

    @picocli.CommandLine.Command(name = "failing")
    static final class Failing extends DebriefCommand {
        private final Throwable failure;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        int run() throws Exception {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        }
    }
}
