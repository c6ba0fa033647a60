package dev.debrief.pack;

import dev.debrief.model.Audience;
import dev.debrief.render.DocumentView;
import dev.debrief.report.Report;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a pack holds: its own pages ({@code view}), then every incident in the order given (chronological),
 * all for one audience. The incident at index {@code i} carries the ids prefixed {@link #anchor(int) anchor(i)}.
 *
 * @param meta the PDF's document information: it describes the pack
 * @param created the moment the PDF says it was made
 */
public record Pack(PackView view, List<Report> incidents, Audience audience, DocumentView.Meta meta,
        ZonedDateTime created) {

    public Pack {
        if (incidents.isEmpty()) {
            throw new IllegalArgumentException("a pack holds at least one incident");
        }
        incidents = List.copyOf(incidents);
    }

    /** The prefix of the ids of the incident at {@code index} (0 for the first): "i1-". */
    public static String anchor(int index) {
        return "i" + (index + 1) + "-";
    }
}
