package dev.debrief;

/** Builds incident YAML for tests: a valid core with the parts a test needs added. */
public final class TestIncidents {
    public static final String CORE = """
            id: INC-TEST-1
            title: Checkout down
            summary: Orders failed.
            window: {start: 2024-05-22T14:00:00Z, end: 2024-05-22T16:00:00Z}
            impact: {description: Checkout failed.}
            root_cause: A bad parameter.
            resolution: Fixed it.
            """;

    private TestIncidents() {}

    /** An incident with {@code rows} timeline entries and {@code tasks} tasks, some long enough to wrap. */
    public static String large(int rows, int tasks) {
        StringBuilder yaml = new StringBuilder(CORE.replace("end: 2024-05-22T16:00:00Z", "end: 2024-05-25T16:00:00Z"));
        yaml.append("conclusion: |\n");
        for (int i = 1; i <= 40; i++) {
            yaml.append("  Paragraph ").append(i).append(" of a conclusion longer than a page, which must still break")
                    .append(" cleanly across pages without losing a line.\n\n");
        }
        yaml.append("measures:\n");
        for (int i = 1; i <= 12; i++) {
            yaml.append("  - Measure number ").append(i).append(" keeps the bullet inside the page edge.\n");
        }
        yaml.append("timeline:\n");
        String[] types = {"alert", "investigation", "misleading", "escalation", "mitigation", "communication", "note"};
        for (int i = 0; i < rows; i++) {
            int minutes = 14 * 60 + i * 7;
            yaml.append(String.format("  - {time: '%02d:%02d', type: %s, actor: Team %d, event: 'Event %03d %s'}%n",
                    (minutes / 60) % 24, minutes % 60, types[i % types.length], i % 5, i,
                    i % 4 == 0 ? "with a long explanation that wraps onto a second and maybe a third line of the"
                            + " table cell so rows are of different heights and some end near the bottom edge" : "done"));
        }
        yaml.append("tasks:\n");
        for (int i = 0; i < tasks; i++) {
            yaml.append(String.format("  - {task: 'Task %02d %s', owner: Owner %d, due: 2024-06-%02d, done: %s}%n", i,
                    i % 3 == 0 ? "needs a longer description so that it wraps in its cell" : "short", i % 7,
                    1 + i % 28, i % 2 == 0));
        }
        return yaml.toString();
    }
}
