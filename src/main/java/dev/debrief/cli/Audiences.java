package dev.debrief.cli;

import dev.debrief.model.Audience;
import java.util.Locale;
import picocli.CommandLine;

/** Reads --audience in any case; offers the audiences, as written in files, for the shell to complete. */
final class Audiences implements CommandLine.ITypeConverter<Audience>, Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
        return java.util.Arrays.stream(Audience.values()).map(a -> a.name().toLowerCase(Locale.ROOT)).iterator();
    }

    @Override
    public Audience convert(String value) {
        try {
            return Audience.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected internal or external, got '" + value + "'");
        }
    }
}
