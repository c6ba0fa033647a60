package dev.debrief;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/** The fonts a PDF uses, found on every page, in every form and annotation appearance it draws. */
public final class PdfFonts {
    private PdfFonts() {}

    /** The names of the fonts that are not embedded: a reader would draw these with fonts of its own. */
    public static List<String> notEmbedded(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDFont font : all(pdf)) {
            if (!font.isEmbedded()) {
                names.add(font.getName());
            }
        }
        return names;
    }

    public static List<PDFont> all(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            collect(page.getResources(), fonts, 0);
            for (PDAnnotation annotation : page.getAnnotations()) {
                PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
                if (appearance != null) {
                    collect(appearance.getResources(), fonts, 0);
                }
            }
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 20) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collect(form.getResources(), fonts, depth + 1);
            }
        }
    }
}
