package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.Pdfs;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Text in any script, symbols and emoji come out as glyphs of embedded fonts; what cannot is named. */
class ScriptsTest {
    @Test
    void everyScriptIsSetInAFontThatHasIt() throws Exception {
        Pdfs.Rendered rendered = Pdfs.render(Path.of("src/test/resources/testdata/scripts.yaml"));
        assertEquals(List.of(), rendered.warnings(), "no character lacks a glyph");
        try (PDDocument pdf = rendered.open()) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    fonts.add(font.substring(font.indexOf('+') + 1));
                }
            }
            for (String expected : List.of("NotoSans-Regular", "DroidSansFallback", "NotoSansArabic-Regular",
                    "NotoSansHebrew-Regular", "NotoEmoji-Regular", "NotoSansSymbols2-Regular")) {
                assertTrue(fonts.contains(expected), expected + " not used; fonts: " + fonts);
            }
            String text = Pdfs.squeeze(Pdfs.text(pdf));
            for (String words : List.of("Сбой платежей", "支付中断", "결제 중단", "Ελληνικά", "決済サービス", "Ἀλέξανδρος")) {
                assertTrue(text.contains(Pdfs.squeeze(words)), words);
            }
        }
    }

    @Test
    void aCharacterNoFontHasIsNamedWithItsField() throws Exception {
        Pdfs.Rendered rendered = Pdfs.renderText(dev.debrief.TestIncidents.CORE
                .replace("title: Checkout down", "title: \"Private \\uE000 use\""));
        assertEquals(1, rendered.warnings().size(), rendered.warnings().toString());
        assertEquals("title", rendered.warnings().get(0).path());
        assertTrue(rendered.warnings().get(0).message().contains("U+E000"));
    }
}
