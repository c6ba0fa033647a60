package dev.debrief.load;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.Location;
import dev.debrief.diag.SourceMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one file's reading gathers as it goes: every finding, and where every value was written. */
final class Reading {
    final Path file;
    final SourceMap.Builder sources;
    final TextCleaner cleaner = new TextCleaner(this);
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Reading(Path file) {
        this.file = file;
        this.sources = SourceMap.builder(file);
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    void error(String rule, Location at, String path, String message) {
        report(Diagnostic.error(rule, at, path, message));
    }

    void warning(String rule, Location at, String path, String message) {
        report(Diagnostic.warning(rule, at, path, message));
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Every finding, in the order of the file. */
    List<Diagnostic> diagnostics() {
        return diagnostics.stream()
                .sorted(java.util.Comparator.comparingInt((Diagnostic d) -> d.location().line())
                        .thenComparingInt(d -> d.location().column()))
                .toList();
    }
}
