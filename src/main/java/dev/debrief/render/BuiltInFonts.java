package dev.debrief.render;

import java.util.List;
import java.util.Map;
import org.openpdf.pdf.FontFamily;
import org.openpdf.pdf.ITextFontResolver;

/**
 * Takes the engine's built-in PDF fonts (Times, Helvetica, Courier, Symbol) out of its reach. The engine sets
 * text in them when a style names no family it knows, or a generic one; they are never embedded and hold only
 * Western characters, so the PDF would depend on the reader's fonts and lose the rest. Their names are given
 * the body font instead, which is embedded.
 */
final class BuiltInFonts {
    /** Every family name the engine's built-in fonts answer to, the generic CSS families among them. */
    private static final List<String> NAMES = List.of("Serif", "SansSerif", "Monospaced", "Dialog", "DialogInput",
            "TimesRoman", "Helvetica", "Courier", "Symbol", "ZapfDingbats");

    private BuiltInFonts() {}

    /** Makes every built-in name stand for {@code body}, a family already added to {@code resolver}. */
    static void replace(ITextFontResolver resolver, String body) {
        Map<String, FontFamily> families = resolver.getFonts();
        FontFamily family = families.get(body);
        if (family == null) {
            throw new IllegalStateException("the body font " + body + " was not given to the engine");
        }
        NAMES.forEach(name -> families.put(name, family));
    }
}
