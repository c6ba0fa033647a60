package dev.debrief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * What every subcommand is: the shared options, the console it speaks through, and {@link #run()} returning
 * an exit code. Failures are thrown, and mapped to messages and exit codes in one place ({@link Failures}).
 */
abstract class DebriefCommand implements Callable<Integer> {
    @Mixin
    SharedOptions shared = new SharedOptions();

    Console console;
    Environment environment;

    void attach(Console console, Environment environment) {
        this.console = console;
        this.environment = environment;
    }

    @Override
    public final Integer call() throws Exception {
        console.quiet(shared.quiet);
        try {
            return run();
        } catch (Error e) {
            // picocli passes only Exceptions to its handler; an Error (stack overflow, out of memory) would
            // otherwise reach the user as a stack trace.
            return Failures.report(e, console, shared.verbose);
        }
    }

    abstract int run() throws Exception;
}
