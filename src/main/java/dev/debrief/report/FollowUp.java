package dev.debrief.report;

import dev.debrief.model.Priority;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up tasks of a pack counted by priority: one row for each of P0 to P4 and one for tasks without a
 * priority, always all six, so a table keeps its shape. Overdue tasks are open tasks due before the pack date,
 * so they are also counted as open.
 */
public record FollowUp(List<Row> rows) {
    /** The name of the row of tasks without a priority. */
    public static final String NO_PRIORITY = "none";

    public FollowUp {
        rows = List.copyOf(rows);
    }

    /** The tasks of one priority (empty: none given). */
    public record Row(Optional<Priority> priority, int done, int open, int overdue) {
        /** "P0" to "P4", or {@value FollowUp#NO_PRIORITY}. */
        public String key() {
            return priority.map(Priority::name).orElse(NO_PRIORITY);
        }
    }

    public Row of(Optional<Priority> priority) {
        return rows.stream().filter(r -> r.priority().equals(priority)).findFirst().orElseThrow();
    }

    /** All tasks, whatever their priority. */
    public record Total(int done, int open, int overdue) {}

    public Total total() {
        return new Total(rows.stream().mapToInt(Row::done).sum(), rows.stream().mapToInt(Row::open).sum(),
                rows.stream().mapToInt(Row::overdue).sum());
    }
}
