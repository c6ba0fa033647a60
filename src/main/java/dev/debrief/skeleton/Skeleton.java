package dev.debrief.skeleton;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A new incident file with every field of format version 1, each explained in a comment. What only the author
 * knows is a placeholder, {@code "TODO: what to write"}, which validation reports (rule {@code placeholder})
 * until it is replaced; dates and times, which must be valid to load, hold today's date and the time of
 * writing, in the machine's time zone.
 *
 * @param schema  what the {@code yaml-language-server} line points editors at: a path or a URL
 * @param now     when the skeleton is written, in the zone it is to use
 */
public record Skeleton(String schema, ZonedDateTime now, Optional<String> id, Optional<String> title) {
    /** The file's text. */
    public String text() {
        LocalDate today = now.toLocalDate();
        String start = now.truncatedTo(ChronoUnit.MINUTES).format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"));
        String time = now.format(DateTimeFormatter.ofPattern("HH:mm"));
        String zone = now.getZone().getId();
        String suggestedId = "INC-" + today.format(DateTimeFormatter.ofPattern("uuuu-MMdd"));
        return """
                # yaml-language-server: $schema=%1$s
                # A new postmortem (format version 1), written by `debrief new` on %2$s.
                # Replace every "TODO: ..." value: `debrief validate FILE` names each one left, with its line,
                # and `debrief lint FILE` says what else a reader will miss. Remove what does not apply.
                # Editors read the first line; to use a schema published on a web server instead, put its URL
                # after `$schema=` (`debrief schema` prints the schema). Reference: docs/format.md.

                format: 1
                id: %3$s
                title: %4$s
                severity: SEV3              # SEV1 (the worst) to SEV5
                status: draft               # draft, review or final; anything but final is watermarked
                services: ["TODO: an affected service"]
                authors: ["TODO: your name or team"]
                date: %2$s            # the report's date; remove it to use the day impact ended
                timezone: %5$s
                category: "TODO: the root-cause category, e.g. configuration, capacity, deploy"
                tags: []                    # free labels, e.g. [database, deploy]
                audience: internal          # external leaves out what is marked `internal: true`

                summary: |
                  TODO: two or three sentences for an executive: what broke, for whom, for how long, and why.
                window:
                  # When impact began, in `timezone` (or with an offset: 2024-05-22T14:00:00+01:00), and when it
                  # ended: leave `end` out while the incident is ongoing.
                  start: "%6$s"
                  # end: "%6$s"
                impact:
                  description: |
                    TODO: what users saw, and how many of them.
                  # users_affected_percent: 50
                  # users_affected: 75000
                  # cost: $120k estimated lost revenue
                detection: |
                  TODO: how the problem was noticed.
                trigger: |
                  TODO: the event that set it off.
                root_cause: |
                  TODO: why it happened: the conditions, not the people.
                contributing_factors:
                  - "TODO: what made it worse or slower to fix"
                resolution: |
                  TODO: how service was restored.
                conclusion: |
                  TODO: closing words: what changes now.

                # Times of day are read in `timezone`, on the day of window.start; one earlier than the entry
                # before it is the next day. Types: detection, alert, investigation, misleading, escalation,
                # mitigation, resolution, communication, note.
                timeline:
                  - time: "%7$s"
                    type: detection
                    event: "TODO: how the problem was first noticed"
                    actor: "TODO: the person, team or system"
                  - time: "%7$s"
                    type: resolution
                    event: "TODO: service fully restored"
                    # internal: true          # leaves the entry out for an external audience

                measures:
                  - "TODO: a corrective or preventative measure"
                  # - {text: "a measure only the team sees", internal: true}
                tasks:
                  - task: "TODO: a concrete task for one of the measures"
                    owner: "TODO: who will do it"
                    due: %8$s         # open tasks due before today are reported as overdue
                    priority: P2            # P0 (the most urgent) to P4
                    done: false
                    # ticket: OPS-1234
                    # url: https://tracker.example.com/OPS-1234
                lessons:
                  went_well:
                    - "TODO: what went well"
                  went_wrong:
                    - "TODO: what went wrong"
                  lucky:
                    - "TODO: where the team was lucky"
                # images:
                #   - {file: pictures/error-rate.png, caption: Error rate during the incident}
                """.formatted(schema, today, yaml(id.orElse("TODO: an id such as " + suggestedId)),
                yaml(title.orElse("TODO: the incident in one line")), yaml(zone), start, time, today.plusWeeks(2));
    }

    /** A YAML double-quoted string: safe for any text a user passes on the command line. */
    static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
