package dev.debrief.archive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How every document of a run is made archival: whether it claims PDF/A-3b, and the one date all of them carry
 * when the build fixes it with {@code SOURCE_DATE_EPOCH}; without that, each carries its own report's day.
 *
 * @param date the date of every document, or empty for each report's own
 */
public record Archiving(boolean pdfa, Optional<ZonedDateTime> date) {
    /** PDF/A-3b, each document dated by its report. */
    public static final Archiving PDFA = new Archiving(true, Optional.empty());

    /**
     * PDF/A-3b or a plain PDF, dated by {@code SOURCE_DATE_EPOCH} when {@code environment} sets it.
     *
     * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but not a number of seconds
     */
    public static Archiving of(boolean pdfa, Map<String, String> environment) {
        return new Archiving(pdfa, DocumentDates.sourceDateEpoch(environment));
    }

    /**
     * What one document carries: the fixed date, else the start of its report's day in the incident's zone, and
     * the files it embeds as its sources, one per incident.
     */
    public ArchiveInfo document(LocalDate reportDate, ZoneId zone, List<Source> sources) {
        return new ArchiveInfo(date.orElseGet(() -> reportDate.atStartOfDay(zone)), sources, pdfa);
    }
}
