package dev.debrief.render;

import dev.debrief.archive.ArchiveInfo;
import dev.debrief.archive.Fingerprint;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A document laid out into pages but not yet written: its page count and where each id falls can be read
 * first, so that a document made of several (a pack) can number its pages and link across its parts.
 * Written once; it holds the whole layout until then, so write it or drop it soon.
 */
public final class LaidOutDocument {
    /**
     * How a link to an id that is not in the document itself is written: {@code #id} becomes a link to this
     * prefix followed by the id, for whoever joins the documents to point at the right page.
     */
    public static final String OUTSIDE_LINK = "debrief-xref:";

    private final PdfEngine.Layout layout;
    private final Map<String, Integer> pagesOfIds;

    LaidOutDocument(PdfEngine.Layout layout) {
        this.layout = layout;
        this.pagesOfIds = Map.copyOf(layout.pagesOfIds());
    }

    public int pages() {
        return layout.pages();
    }

    /** The page (0 for the first) on which the element with this id starts. */
    public OptionalInt pageOf(String id) {
        Integer page = pagesOfIds.get(id);
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }

    /** The page (0 for the first) of every element with an id. */
    public Map<String, Integer> pagesOfIds() {
        return pagesOfIds;
    }

    /**
     * Writes the PDF, its pages numbered from {@code firstPageNumber}.
     *
     * @param archive the document's date, the sources it embeds, and whether it claims PDF/A-3b
     * @param fingerprint the document's ID (see {@link Renderer#fingerprint})
     */
    public void write(OutputStream out, int firstPageNumber, ArchiveInfo archive, Fingerprint fingerprint)
            throws RenderException {
        try {
            layout.write(out, firstPageNumber, new PdfEngine.DocumentInfo(archive, fingerprint));
        } catch (IOException | RuntimeException e) {
            throw new RenderException("the PDF engine failed: " + e.getMessage(), e);
        }
    }
}
