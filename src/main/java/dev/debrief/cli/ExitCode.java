package dev.debrief.cli;

/** The process exit codes, defined once; every command exits with these and nothing else. */
public final class ExitCode {
    public static final int OK = 0;
    /** Valid input that could not be rendered or written, or a failure of the tool itself. */
    public static final int RENDER_FAILED = 1;
    /** Invalid input or command-line usage. */
    public static final int INVALID_INPUT = 2;

    private ExitCode() {}
}
