package dev.debrief.render;

import java.util.List;

/**
 * The document the templates draw (the {@code document} of the templates): what belongs to the whole PDF
 * (page size, metadata, the audience it was rendered for) and the incidents in it, in order.
 *
 * @param fingerprint the document's fingerprint as people read it ({@code 3F2A9C01 77B2D4E0 ...}), printed after
 *     the last incident; null when the page is not becoming a PDF
 */
public record DocumentView(String pageSize, Meta meta, String audience, boolean external,
        List<IncidentView> incidents, String fingerprint) {

    /** PDF document information, written from the page's meta tags. */
    public record Meta(String title, String author, String subject, String keywords) {}
}
