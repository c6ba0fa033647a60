package dev.debrief.diag;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * How findings are printed: one printer per format, so every command prints them the same way. {@code text}
 * is for people, {@code json} for bots, {@code github} for GitHub Actions, which shows each finding on its
 * line of a pull request.
 */
public sealed interface DiagnosticFormat permits TextFormat, JsonFormat, GitHubFormat {
    /** Prints every finding of a run, in the order given. */
    void print(List<Diagnostic> diagnostics, PrintStream out);

    /** The format named {@code text}, {@code json} or {@code github}, in any case. */
    static DiagnosticFormat named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> new TextFormat();
            case "json" -> new JsonFormat();
            case "github" -> new GitHubFormat();
            default -> throw new IllegalArgumentException("expected text, json or github, got '" + name + "'");
        };
    }
}
