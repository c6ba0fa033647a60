package dev.debrief.pack;

import dev.debrief.render.Html;
import java.util.List;

/**
 * The pack's own pages as the templates show them (the {@code pack} of the templates): cover, overview,
 * breakdowns, tables and appendix, every figure already formatted. Incidents are named by their
 * {@code anchor}, the prefix of their ids in the document, so a template links to {@code #anchor + "top"} and
 * finds the page number in {@code pages.at[anchor + "top"]}. A {@code null} field means there is nothing to show.
 *
 * @param previousPeriod the period compared with, e.g. "Q1 2024"; null when its incidents are not among the inputs
 * @param lede one sentence saying what changed, for the reader who reads nothing else
 * @param figures every headline figure; {@code keyFigures} the four the cover shows
 * @param incidents every incident, greatest impact first (the incident table)
 * @param chronological every incident in the order the pack prints them (the table of contents)
 */
public record PackView(
        String title,
        String period,
        String periodDays,
        String generated,
        String audience,
        int incidentCount,
        String previousPeriod,
        String lede,
        List<Figure> figures,
        List<Figure> keyFigures,
        List<IncidentLine> greatestImpact,
        FollowUpTable followUp,
        MonthChart perMonth,
        List<Bar> impactByCategory,
        List<Bar> topServices,
        List<RepeatLine> repeatCauses,
        List<IncidentLine> incidents,
        List<TaskLine> openTasks,
        List<IncidentLine> chronological,
        List<SkippedFile> skipped) {

    /**
     * One headline figure beside the previous period's.
     *
     * @param previous the previous period's value; null when not compared
     * @param change "+7", "−3 min"; null when not compared or when either side has no value
     * @param trend better, worse, same, or none (not compared): how the change reads
     */
    public record Figure(String label, String value, String note, String previous, String change, String trend) {}

    /** One incident as the pack's tables list it. */
    public record IncidentLine(String anchor, String id, String title, String severity, String severityKey,
            String date, String duration, String timeToDetect, String timeToResolve, String users, int openTasks,
            int overdueTasks, String category, List<String> services, boolean watermarked) {}

    /** Follow-up tasks counted by priority: a column per priority that has tasks, then the total. */
    public record FollowUpTable(List<String> columns, List<FollowUpRow> rows) {}

    /** Done, open or overdue tasks, one count per column of the table. */
    public record FollowUpRow(String label, String key, List<Integer> counts, int total) {}

    /** Incidents per month stacked by severity; heights in points on the page (CSS draws the columns). */
    public record MonthChart(List<Month> months, List<Legend> legend, String height) {}

    public record Month(String label, int total, List<Segment> segments) {}

    /** One severity's share of a month's bar, {@code height} in points; top of the stack first. */
    public record Segment(String key, String label, int count, String height) {}

    public record Legend(String key, String label) {}

    /** One bar of a horizontal bar chart; {@code width} is its share of the longest bar, as a CSS percentage. */
    public record Bar(String name, String value, String width, int incidents) {}

    /** Incidents sharing a category and a service, in the order they happened. */
    public record RepeatLine(String category, String service, List<IncidentLine> incidents) {}

    /** One open follow-up task with its incident. */
    public record TaskLine(Html task, String anchor, String incidentId, String owner, String due, boolean overdue,
            String priority, String ticket, String url) {}

    /** An input file the pack leaves out, with why: each problem as file:line:col: message. */
    public record SkippedFile(String file, List<String> problems) {}
}
