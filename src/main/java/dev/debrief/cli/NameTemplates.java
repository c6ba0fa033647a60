package dev.debrief.cli;

import dev.debrief.output.NameTemplate;
import picocli.CommandLine;

/** Reads --name, naming any unknown placeholder. */
final class NameTemplates implements CommandLine.ITypeConverter<NameTemplate> {
    @Override
    public NameTemplate convert(String value) {
        try {
            return NameTemplate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
