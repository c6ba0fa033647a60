package dev.debrief.render;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.SourceMap;
import dev.debrief.report.Report;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Names every character of the input that no font has a glyph for: the engine would drop it without a word. */
final class GlyphCheck {
    private final FontSet fonts;

    GlyphCheck(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Checks what {@code report} shows; each warning names the field where the file has the character. */
    void check(Report report, Consumer<Diagnostic> warnings) {
        SourceMap sources = report.sources();
        ReportTexts.visit(report, (owner, field, text) -> {
            Set<Integer> missing = new LinkedHashSet<>();
            text.codePoints()
                    .filter(cp -> !FontSet.isInvisible(cp) && !Character.isISOControl(cp))
                    .filter(cp -> fonts.familyFor(cp).isEmpty())
                    .forEach(missing::add);
            for (int cp : missing) {
                warnings.accept(Diagnostic.warning("missing-glyph", sources.locate(owner, field),
                        sources.path(owner, field), String.format("no font in the fonts folder has the character %s "
                                + "(U+%04X %s); it will be missing from the PDF", new String(Character.toChars(cp)), cp,
                        Optional.ofNullable(Character.getName(cp)).orElse("unnamed"))));
            }
        });
    }
}
