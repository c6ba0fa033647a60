package dev.debrief.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes realistic synthetic postmortems for benchmarks: lengths from a short page to several, every severity
 * (mostly minor ones), several categories and services, time zones around the world, ongoing incidents, drafts,
 * and tasks done, open and overdue. The same seed always writes the same files.
 *
 * <pre>
 * java -cp target/test-classes dev.debrief.bench.IncidentGenerator OUT_DIR COUNT [SEED] [YEAR]
 * </pre>
 * The incidents start through the year (default 2024), so any quarter of it has about a quarter of them.
 */
public final class IncidentGenerator {
    private static final String[] SERVICES = {"checkout", "payments-api", "auth", "search", "ledger", "catalog",
        "notifications", "storefront", "inventory", "shipping", "recommendations", "billing", "gateway", "cdn",
        "reporting"};
    private static final String[] CATEGORIES = {"deploy", "configuration", "capacity", "dependency", "network",
        "database", "security", "game-day", "maintenance"};
    private static final String[] ZONES = {"UTC", "Europe/London", "Europe/Berlin", "America/New_York",
        "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Africa/Lagos", "Australia/Sydney", "+05:30"};
    private static final String[] TEAMS = {"SRE", "Payments team", "Identity team", "Search team", "Platform team",
        "Database team", "Networking", "Release engineering"};
    private static final String[] PROBLEMS = {"returned errors", "slowed to a crawl", "dropped requests",
        "served stale data", "rejected logins", "timed out", "lost messages", "double-charged a few customers"};
    private static final String[] CAUSES = {"a configuration change pushed to every region at once",
        "a deploy that left a queue unconsumed", "a connection pool sized for last year's traffic",
        "an expired certificate", "a dependency's rate limit", "a cache evicted under load",
        "a schema migration that locked a hot table", "a network partition between zones"};
    private static final String[] TYPES = {"investigation", "misleading", "escalation", "communication", "note",
        "investigation", "mitigation"};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Random random;
    private final int year;

    public IncidentGenerator(long seed, int year) {
        this.random = new Random(seed);
        this.year = year;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: IncidentGenerator OUT_DIR COUNT [SEED] [YEAR]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int year = args.length > 3 ? Integer.parseInt(args[3]) : 2024;
        List<Path> files = new IncidentGenerator(seed, year).write(dir, count);
        System.out.println("wrote " + files.size() + " incidents to " + dir);
    }

    /** Writes {@code count} incident files into {@code dir}, spread evenly over the year. */
    public List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "incident-%05d.yaml", i + 1));
            Files.writeString(file, incident(i, count), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** The YAML of the {@code index}-th of {@code count} incidents. */
    public String incident(int index, int count) {
        ZoneId zone = ZoneId.of(pick(ZONES));
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        LocalDateTime startLocal = first.plusDays((long) index * days / Math.max(1, count))
                .atTime(random.nextInt(24), random.nextInt(12) * 5);
        ZonedDateTime start = startLocal.atZone(zone);
        String severity = severity();
        boolean ongoing = random.nextInt(40) == 0;
        long minutes = impactMinutes(severity);
        ZonedDateTime end = start.plusMinutes(minutes);
        String service = pick(SERVICES);
        List<String> services = new ArrayList<>(List.of(service));
        if (random.nextInt(3) == 0) {
            String other = pick(SERVICES);
            if (!other.equals(service)) {
                services.add(other);
            }
        }
        String category = pick(CATEGORIES);
        String problem = pick(PROBLEMS);
        String cause = pick(CAUSES);
        String id = String.format(Locale.ROOT, "INC-%d-%04d", year, index + 1);
        String status = random.nextInt(10) == 0 ? "draft" : random.nextInt(8) == 0 ? "review" : "final";
        int length = random.nextInt(4); // 0 short .. 3 long

        StringBuilder y = new StringBuilder();
        y.append("id: ").append(id).append('\n');
        y.append("title: ").append(quote(capital(service) + " " + problem + " after " + cause)).append('\n');
        y.append("severity: ").append(severity).append('\n');
        y.append("status: ").append(status).append('\n');
        y.append("services: [").append(String.join(", ", services)).append("]\n");
        y.append("authors: [").append(pick(TEAMS)).append("]\n");
        y.append("timezone: ").append(quote(zone.getId())).append('\n');
        y.append("category: ").append(category).append('\n');
        y.append("tags: [").append(category).append(", ").append(service).append("]\n");
        y.append("summary: |\n");
        y.append("  For ").append(minutes).append(" minutes **").append(service).append("** ").append(problem)
                .append(". The trigger was ").append(cause).append(".\n");
        for (int p = 0; p < length; p++) {
            y.append("\n  Responders first suspected another service; the `").append(service)
                    .append("` dashboards showed the real cause only once traffic was split by region, which took")
                    .append(" longer than it should have. Paragraph ").append(p + 1).append(" of the summary.\n");
        }
        y.append("window:\n");
        y.append("  start: ").append(quote(LOCAL.format(startLocal))).append('\n');
        if (!ongoing) {
            y.append("  end: ").append(quote(LOCAL.format(end.toLocalDateTime()))).append('\n');
        }
        y.append("impact:\n");
        y.append("  description: Customers of ").append(service).append(" saw it as errors and slow pages.\n");
        switch (random.nextInt(3)) {
            case 0 -> y.append("  users_affected: ").append(100 + random.nextInt(200_000)).append('\n');
            case 1 -> y.append("  users_affected_percent: ").append(1 + random.nextInt(90)).append('\n');
            default -> { }
        }
        y.append("detection: An alert on the error rate paged the on-call engineer.\n");
        y.append("root_cause: |\n  ").append(capital(cause)).append(" met traffic it was not ready for.\n");
        y.append("contributing_factors:\n");
        for (int c = 0; c <= length; c++) {
            y.append("  - ").append(quote("Factor " + (c + 1) + ": the runbook did not cover " + pick(SERVICES) + "."))
                    .append('\n');
        }
        y.append("resolution: Rolled back the change and restarted the affected pods in batches.\n");
        timeline(y, start, ongoing ? start.plusMinutes(minutes) : end, ongoing, zone, 4 + length * 6 + random.nextInt(5));
        y.append("measures:\n");
        for (int m = 0; m <= length; m++) {
            y.append("  - ").append(quote("Measure " + (m + 1) + ": alert on " + pick(SERVICES)
                    + " saturation before users notice.")).append('\n');
        }
        tasks(y, start.toLocalDate(), random.nextInt(2 + length * 3));
        y.append("lessons:\n");
        y.append("  went_well: [The rollback was quick once the cause was known.]\n");
        y.append("  went_wrong: [Forty minutes spent on a healthy service., The alert threshold was too high.]\n");
        if (random.nextBoolean()) {
            y.append("  lucky: [It happened outside the peak hour.]\n");
        }
        if (length >= 2) {
            y.append("conclusion: The fastest improvement is to treat configuration like code.\n");
        }
        return y.toString();
    }

    private void timeline(StringBuilder y, ZonedDateTime start, ZonedDateTime end, boolean ongoing, ZoneId zone,
            int entries) {
        y.append("timeline:\n");
        long span = Math.max(entries, Duration.between(start, end).toMinutes());
        for (int e = 0; e < entries; e++) {
            ZonedDateTime at = start.plusMinutes(span * e / entries);
            String type = e == 0 ? (random.nextBoolean() ? "alert" : "detection")
                    : e == entries - 1 && !ongoing ? "resolution" : TYPES[random.nextInt(TYPES.length)];
            y.append("  - {time: ").append(quote(LOCAL.format(at.withZoneSameInstant(zone).toLocalDateTime())))
                    .append(", type: ").append(type).append(", actor: ").append(quote(pick(TEAMS)))
                    .append(", event: ").append(quote("Step " + (e + 1) + ": " + event(type))).append("}\n");
        }
    }

    private String event(String type) {
        return switch (type) {
            case "alert", "detection" -> "error-rate alert fired for " + pick(SERVICES);
            case "misleading" -> "suspected " + pick(SERVICES) + "; it was healthy";
            case "escalation" -> "escalated to " + pick(TEAMS);
            case "mitigation" -> "shifted traffic away from the failing zone";
            case "resolution" -> "error rate back to normal for 30 minutes";
            case "communication" -> "status page updated";
            default -> "looked at dashboards and recent changes of " + pick(SERVICES);
        };
    }

    private void tasks(StringBuilder y, LocalDate day, int count) {
        if (count == 0) {
            return;
        }
        y.append("tasks:\n");
        for (int t = 0; t < count; t++) {
            boolean done = random.nextInt(3) == 0;
            LocalDate due = day.plusDays(7 + random.nextInt(120));
            y.append("  - {task: ").append(quote("Follow-up " + (t + 1) + ": add a check for " + pick(SERVICES)))
                    .append(", done: ").append(done)
                    .append(", owner: ").append(quote(pick(TEAMS)))
                    .append(", due: ").append(due)
                    .append(", priority: P").append(random.nextInt(5))
                    .append(random.nextBoolean() ? ", ticket: OPS-" + (1000 + random.nextInt(9000)) : "")
                    .append("}\n");
        }
    }

    private String severity() {
        int roll = random.nextInt(100);
        return roll < 6 ? "SEV1" : roll < 25 ? "SEV2" : roll < 65 ? "SEV3" : roll < 90 ? "SEV4" : "SEV5";
    }

    private long impactMinutes(String severity) {
        return switch (severity) {
            case "SEV1" -> 60 + random.nextInt(1500);
            case "SEV2" -> 30 + random.nextInt(400);
            default -> 5 + random.nextInt(180);
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
