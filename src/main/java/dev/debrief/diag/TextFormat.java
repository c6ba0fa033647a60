package dev.debrief.diag;

import java.io.PrintStream;
import java.util.List;

/** One line per finding: {@code file:line:col: error: message (hint) [rule]}. */
public record TextFormat() implements DiagnosticFormat {
    @Override
    public void print(List<Diagnostic> diagnostics, PrintStream out) {
        diagnostics.forEach(out::println);
    }
}
