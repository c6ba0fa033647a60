package dev.debrief.cli;

import dev.debrief.ticket.SummaryFormat;
import java.util.Locale;
import picocli.CommandLine;

/** Reads --format in any case. */
final class SummaryFormats implements CommandLine.ITypeConverter<SummaryFormat> {
    @Override
    public SummaryFormat convert(String value) {
        try {
            return SummaryFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(
                    "expected markdown, jira, slack or text, got '" + value + "'");
        }
    }
}
