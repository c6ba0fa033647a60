package dev.debrief.cli;

import dev.debrief.output.ByteSize;
import picocli.CommandLine;

/** Reads --max-size: 10MB, 500KB, 8MiB. */
final class ByteSizes implements CommandLine.ITypeConverter<ByteSize> {
    @Override
    public ByteSize convert(String value) {
        try {
            return ByteSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
