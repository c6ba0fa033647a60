package dev.debrief.cli;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.Quote;
import java.io.PrintStream;
import java.util.Collection;

/**
 * Where a command speaks: its output stream (maybe a PDF), and standard error for everything said to the
 * person. Every message is printed here, one way: diagnostics as {@code file:line:col: error: message [rule]},
 * anything else as {@code debrief: message}, with control characters made visible.
 */
final class Console {
    private final PrintStream out;
    private final PrintStream err;
    private boolean quiet;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /**
     * Whether the person watches a terminal, so progress can be redrawn in place. Only when standard error is the
     * process's own and a console is attached (and TERM is not "dumb"); captured streams are never a terminal.
     */
    boolean onTerminal() {
        if (err != System.err || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        java.io.Console attached = System.console();
        if (attached == null) {
            return false;
        }
        try {
            // From JDK 22 a console object exists even when redirected; isTerminal() says whether it is one.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(attached);
        } catch (ReflectiveOperationException e) {
            return true; // before JDK 22, a console exists only when the process runs on a terminal
        }
    }

    void quiet(boolean quiet) {
        this.quiet = quiet;
    }

    boolean isQuiet() {
        return quiet;
    }

    /** A line about progress ("wrote x.pdf"); silenced by {@code --quiet}. */
    void note(String message) {
        if (!quiet) {
            err.println("debrief: " + Quote.visible(message));
        }
    }

    /** A failure the person must read, never silenced. */
    void error(String message) {
        err.println("debrief: " + Quote.visible(message));
    }

    void diagnostics(Collection<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (!quiet || d.isError()) {
                err.println(d);
            }
        }
    }
}
