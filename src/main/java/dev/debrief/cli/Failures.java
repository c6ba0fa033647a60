package dev.debrief.cli;

import dev.debrief.diag.InvalidInputException;
import dev.debrief.render.RenderException;

/**
 * Maps every failure that reaches the top of a command to what the person reads and the exit code, so no
 * two commands ever exit differently for the same failure and no stack trace appears without --verbose.
 */
final class Failures {
    private Failures() {}

    static int report(Throwable failure, Console console, boolean verbose) {
        int code = switch (failure) {
            case InvalidInputException invalid -> {
                console.diagnostics(invalid.diagnostics());
                yield ExitCode.INVALID_INPUT;
            }
            case Failures.UsageException usage -> {
                console.error(usage.getMessage());
                yield ExitCode.INVALID_INPUT;
            }
            case RenderException render -> {
                console.error(render.getMessage());
                yield ExitCode.RENDER_FAILED;
            }
            case OutOfMemoryError e -> {
                console.error("ran out of memory; give the JVM more with JAVA_OPTS=-Xmx1g, or render fewer files at once");
                yield ExitCode.RENDER_FAILED;
            }
            case StackOverflowError e -> {
                console.error("an input is nested too deeply to process");
                yield ExitCode.RENDER_FAILED;
            }
            default -> {
                console.error("internal error: " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                        + (verbose ? "" : " (run with --verbose to see where)"));
                yield ExitCode.RENDER_FAILED;
            }
        };
        if (verbose) {
            failure.printStackTrace(console.err());
        }
        return code;
    }

    /** A command line that does not make sense: exit 2 with one line saying why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
