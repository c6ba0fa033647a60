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

    void attach(Console console) {
        this.console = console;
    }

    @Override
    public final Integer call() throws Exception {
        console.quiet(shared.quiet);
        return run();
    }

    abstract int run() throws Exception;
}
