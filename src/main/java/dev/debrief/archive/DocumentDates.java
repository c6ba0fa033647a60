package dev.debrief.archive;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one date an archival PDF carries (creation, modification, XMP, attachments), and its two spellings. It comes
 * from the report's date, or from {@code SOURCE_DATE_EPOCH} (reproducible-builds.org) when that is set, never
 * from the clock (see {@link Archiving#document}).
 */
public final class DocumentDates {
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    private static final DateTimeFormatter PDF = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss", Locale.ROOT);
    private static final DateTimeFormatter XMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private DocumentDates() {}

    /**
     * The instant {@code SOURCE_DATE_EPOCH} names, in UTC; empty when the environment does not set it.
     *
     * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but not a number of seconds
     */
    public static Optional<ZonedDateTime> sourceDateEpoch(Map<String, String> environment) {
        String epoch = environment.get(SOURCE_DATE_EPOCH);
        if (epoch == null || epoch.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " is '" + epoch
                    + "': expected a whole number of seconds since 1970-01-01T00:00:00Z");
        }
    }

    /** A PDF date string: {@code D:20240522000000Z}, {@code D:20240522000000+01'00'}. */
    public static String pdf(ZonedDateTime date) {
        ZoneOffset offset = date.getOffset();
        if (offset.equals(ZoneOffset.UTC)) {
            return PDF.format(date) + "Z";
        }
        int minutes = Math.abs(offset.getTotalSeconds() / 60);
        return PDF.format(date) + (offset.getTotalSeconds() < 0 ? "-" : "+")
                + String.format(Locale.ROOT, "%02d'%02d'", minutes / 60, minutes % 60);
    }

    /** An XMP date, the same instant and offset as {@link #pdf}: {@code 2024-05-22T00:00:00Z}. */
    public static String xmp(ZonedDateTime date) {
        return XMP.format(date);
    }
}
