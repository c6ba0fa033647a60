package dev.debrief.cli;

import dev.debrief.model.Audience;
import java.util.Locale;
import picocli.CommandLine;

/** Reads --audience in any case. */
final class Audiences implements CommandLine.ITypeConverter<Audience> {
    @Override
    public Audience convert(String value) {
        try {
            return Audience.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected internal or external, got '" + value + "'");
        }
    }
}
