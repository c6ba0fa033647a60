package dev.debrief.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class SharedOptions {
    @Option(names = "--verbose", description = "Show stack traces of failures, and each PDF's fingerprint.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;
}
