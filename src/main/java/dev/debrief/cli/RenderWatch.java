package dev.debrief.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Watch mode: renders once, then again after every change, until watching stops. A round that fails prints
 * its findings and leaves the last good PDF in place (outputs are only ever replaced whole). Ctrl-C stops it
 * cleanly: the round under way finishes, then the process ends.
 */
final class RenderWatch {
    /** How long Ctrl-C waits for a round under way to finish. */
    private static final long FINISH_SECONDS = 10;

    private final Console console;
    private final Changes changes;

    RenderWatch(Console console, Changes changes) {
        this.console = console;
        this.changes = changes;
    }

    /** Runs rounds until the changes stop; returns the exit code of the last round. */
    int run(String watching, IntSupplier round) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            changes.close();
            try {
                stopped.await(FINISH_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "debrief-watch-stop");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            int code = round.getAsInt();
            console.note("watching " + watching + "; Ctrl-C stops");
            while (changes.await()) {
                console.note("changed; rendering again");
                code = round.getAsInt();
            }
            console.note("stopped watching");
            return code;
        } finally {
            changes.close();
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running, and has just been released
            }
        }
    }
}
