package dev.debrief.render;

import java.util.List;

/**
 * One incident as the templates show it (the {@code report} of the templates), every value formatted and
 * ready: templates only place these values on the page. A {@code null} field or an empty list means the
 * section has nothing to show and is left out. {@code anchor} prefixes every id the incident's pages carry,
 * so that many incidents can share one document.
 */
public record IncidentView(
        String anchor,
        String id,
        String title,
        Badge severity,
        String status,
        String watermark,
        List<String> services,
        List<String> authors,
        String reportDate,
        String window,
        String timezone,
        String category,
        List<String> tags,
        List<Tile> tiles,
        Html summary,
        ImpactView impact,
        Html detection,
        Html trigger,
        Html rootCause,
        List<Html> contributingFactors,
        Html resolution,
        List<Row> timeline,
        String timelineNote,
        List<Html> measures,
        List<TaskView> tasks,
        String taskSummary,
        LessonsView lessons,
        List<Picture> images,
        Html conclusion) {

    /** A severity label with its style key, e.g. SEV1 / sev1. */
    public record Badge(String label, String key, String meaning) {}

    /** One metric tile on the title block. */
    public record Tile(String label, String value, String note) {}

    public record ImpactView(Html description, String usersAffected, String percent, String cost) {}

    /** One timeline row; {@code date} is set on the first row and where the day changes. */
    public record Row(String date, String time, String type, String typeLabel, Html event, String actor,
            boolean misleading, boolean internal) {}

    public record TaskView(Html task, boolean done, String owner, String due, boolean overdue, String priority,
            String ticket, String url, boolean internal) {}

    public record LessonsView(List<Html> wentWell, List<Html> wentWrong, List<Html> lucky) {}

    /** A picture: {@code src} is set for an embeddable local file, else {@code placeholder} says why not. */
    public record Picture(String src, String caption, String placeholder) {}
}
