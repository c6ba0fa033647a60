package dev.debrief.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;
import org.openpdf.render.PageBox;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.w3c.dom.NodeList;

/**
 * Stamps the watermark of an incident that is not final (DRAFT, REVIEW) across each page it takes up, over the
 * content and translucent: the engine can only draw a watermark under the page's opaque panels, where it hid.
 * The templates say what to stamp and on which incident: an element with an {@code id} and a
 * {@code data-watermark} attribute; in a document of many incidents only that element's pages carry its mark.
 */
final class Watermarks extends PdfPageEventHelper {
    /** The severity red of the stylesheet's palette, faint enough that text beneath stays easy to read. */
    private static final Color INK = new Color(0xb3, 0x26, 0x1e);
    private static final float OPACITY = 0.13f;
    private static final float SIZE = 110;
    private static final float LETTER_SPACING = 6;
    /** Where the mark's baseline stands, from the top of the page. */
    private static final float BASELINE_FROM_TOP = 125 / 25.4f * 72;

    /** A mark and the pages (0-based, inclusive) it goes on. */
    private record Mark(String text, int firstPage, int lastPage) {}

    private final List<Mark> marks;
    private final BaseFont font;

    private Watermarks(List<Mark> marks, BaseFont font) {
        this.marks = marks;
        this.font = font;
    }

    /** The marks of {@code page}, laid out by {@code renderer}, to be drawn in {@code font}. */
    static Watermarks of(org.w3c.dom.Document page, ITextRenderer renderer, BaseFont font) {
        List<Mark> marks = new ArrayList<>();
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        NodeList elements = page.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            org.w3c.dom.Element element = (org.w3c.dom.Element) elements.item(i);
            String text = element.getAttribute("data-watermark").strip();
            Box box = text.isEmpty() ? null : renderer.getSharedContext().getBoxById(element.getAttribute("id"));
            if (box == null) {
                continue;
            }
            int top = box.getAbsY();
            int bottom = top + box.getHeight();
            int first = -1;
            int last = -1;
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).getTop() < bottom && pages.get(p).getBottom() > top) {
                    first = first < 0 ? p : first;
                    last = p;
                }
            }
            if (first >= 0) {
                marks.add(new Mark(text, first, last));
            }
        }
        return new Watermarks(List.copyOf(marks), font);
    }

    /** The face marks are drawn in: the body family's bold, else its first face. */
    static BaseFont font(FontSet fonts) {
        List<FontSet.Face> body = fonts.faces().stream().filter(f -> f.family().equals(fonts.primary())).toList();
        return body.stream()
                .filter(f -> f.font().getPostscriptFontName().matches("(?i).*bold(?!.*italic).*"))
                .findFirst().orElse(body.get(0)).font();
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber() - 1;
        for (Mark mark : marks) {
            if (page >= mark.firstPage() && page <= mark.lastPage()) {
                stamp(writer.getDirectContent(), document, mark.text());
            }
        }
    }

    private void stamp(PdfContentByte over, Document document, String text) {
        float width = document.getPageSize().getWidth();
        float height = document.getPageSize().getHeight();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(OPACITY);
        over.saveState();
        over.setGState(translucent);
        over.setColorFill(INK);
        over.beginText();
        over.setFontAndSize(font, SIZE);
        over.setCharacterSpacing(LETTER_SPACING);
        float textWidth = font.getWidthPoint(text, SIZE) + LETTER_SPACING * Math.max(0, text.length() - 1);
        over.setTextMatrix((width - textWidth) / 2, height - BASELINE_FROM_TOP);
        over.showText(text);
        over.endText();
        over.restoreState();
    }
}
