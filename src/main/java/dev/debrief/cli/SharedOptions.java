package dev.debrief.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class SharedOptions {
    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;
}
