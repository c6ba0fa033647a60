package dev.debrief.cli;

import dev.debrief.render.Renderer;
import java.util.Locale;
import picocli.CommandLine;

/** Reads --page-size in any case. */
final class PageSizes implements CommandLine.ITypeConverter<Renderer.PageSize> {
    @Override
    public Renderer.PageSize convert(String value) {
        try {
            return Renderer.PageSize.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected A4 or LETTER, got '" + value + "'");
        }
    }
}
