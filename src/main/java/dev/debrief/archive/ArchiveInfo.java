package dev.debrief.archive;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What makes a PDF archival besides its pages. Everything in it derives from the content, never from the clock
 * or the machine, so the same input gives the same bytes.
 *
 * @param created the document's creation and modification date (see {@link DocumentDates#created})
 * @param sources the files embedded as the document's sources, in order; a pack has one per incident. Names are
 *     made unique: a second {@code incident.yaml} becomes {@code incident-2.yaml}
 * @param pdfa whether the document claims PDF/A-3b: XMP identification and an sRGB output intent
 */
public record ArchiveInfo(ZonedDateTime created, List<Source> sources, boolean pdfa) {
    public ArchiveInfo {
        sources = Source.distinctNames(sources);
    }
}
