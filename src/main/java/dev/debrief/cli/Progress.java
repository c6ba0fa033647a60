package dev.debrief.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Tells the person how far a command over many files has come: on a terminal a bar (done / total, elapsed
 * time, rate), redrawn in place; otherwise (a log, a pipe, CI) a plain line at every tenth of the way; with
 * {@code --quiet} nothing. Safe to advance from many threads.
 *
 * <pre>
 * try (Progress progress = Progress.start(console, "Rendering", files.size(), "files")) {
 *     ... progress.step(); ...
 * }
 * </pre>
 */
abstract sealed class Progress implements AutoCloseable {
    /** A task of {@code total} steps, counted in {@code unit} ("files", "incidents"); one step needs no progress. */
    static Progress start(Console console, String task, long total, String unit) {
        if (console.isQuiet() || total <= 1) {
            return new Silent();
        }
        return console.onTerminal() ? new Bar(console.err(), task, total, unit) : new Lines(console, task, total, unit);
    }

    final void step() {
        step(1);
    }

    abstract void step(long steps);

    @Override
    public abstract void close();

    /** No progress at all. */
    private static final class Silent extends Progress {
        @Override
        void step(long steps) {}

        @Override
        public void close() {}
    }

    /** The progress-bar library's bar on standard error. */
    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private boolean closed;

        Bar(PrintStream err, String task, long total, String unit) {
            this.bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUnit(" " + unit, 1)
                    .showSpeed(new DecimalFormat("0.0"))
                    .setUpdateIntervalMillis(200)
                    .build();
        }

        @Override
        synchronized void step(long steps) {
            bar.stepBy(steps);
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                bar.close();
            }
        }
    }

    /** A log line at each tenth of the way, and at the end, with the rate so far. */
    private static final class Lines extends Progress {
        private final Console console;
        private final String task;
        private final long total;
        private final String unit;
        private final long started = System.nanoTime();
        private long done;
        private long shownTenths;

        Lines(Console console, String task, long total, String unit) {
            this.console = console;
            this.task = task;
            this.total = total;
            this.unit = unit;
        }

        @Override
        synchronized void step(long steps) {
            done = Math.min(total, done + steps);
            long tenths = done * 10 / total;
            if (tenths > shownTenths) {
                shownTenths = tenths;
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                console.note(String.format(Locale.ROOT, "%s: %d/%d %s (%d%%), %s elapsed, %.1f %s/s", task, done, total,
                        unit, done * 100 / total, elapsed(seconds), done / seconds, unit));
            }
        }

        private static String elapsed(double seconds) {
            Duration d = Duration.ofMillis((long) (seconds * 1000));
            return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s"
                    : String.format(Locale.ROOT, "%.1f s", seconds);
        }

        @Override
        public void close() {}
    }
}
