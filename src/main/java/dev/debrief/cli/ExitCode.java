package dev.debrief.cli;

/** The process exit codes, defined once. */
public final class ExitCode {
    public static final int OK = 0;
    /** Valid input that could not be rendered or written. */
    public static final int RENDER_FAILED = 1;
    /** Invalid input or command-line usage. */
    public static final int INVALID_INPUT = 2;

    private ExitCode() {}
}
