package dev.debrief.report;

import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * One headline figure of the period beside the previous period's, with the change and whether it is good news.
 * An empty value is "none" (a median of no incidents), never zero.
 *
 * @param current this period's value
 * @param previous the previous period's value; empty when it is "none" or when the previous period is not among
 *     the inputs ({@link PackStatistics#previous()} tells which)
 * @param change current minus previous, when both have a value
 * @param trend whether the change is good news, so a page can colour it
 */
public record Compared<T extends Comparable<? super T>>(Optional<T> current, Optional<T> previous,
        Optional<T> change, Trend trend) {

    /** What a change means for the reader. */
    public enum Trend {
        BETTER, WORSE, UNCHANGED,
        /** No previous period among the inputs, or no value on one side. */
        NOT_COMPARED
    }

    /** Which way a figure should move. */
    enum Better {
        /** Fewer incidents, shorter times, fewer users affected. */
        LOWER,
        /** More days without a major incident. */
        HIGHER
    }

    static <T extends Comparable<? super T>> Compared<T> of(PeriodFigures current, Optional<PeriodFigures> previous,
            Function<PeriodFigures, Optional<T>> figure, BinaryOperator<T> minus, Better better) {
        Optional<T> now = figure.apply(current);
        Optional<T> before = previous.flatMap(figure);
        if (now.isEmpty() || before.isEmpty()) {
            return new Compared<>(now, before, Optional.empty(), Trend.NOT_COMPARED);
        }
        int order = now.get().compareTo(before.get());
        Trend trend = order == 0 ? Trend.UNCHANGED
                : (order < 0) == (better == Better.LOWER) ? Trend.BETTER : Trend.WORSE;
        return new Compared<>(now, before, Optional.of(minus.apply(now.get(), before.get())), trend);
    }
}
