package dev.debrief.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10MB     | 10000000   | 10 MB",
        "10 mb    | 10000000   | 10 MB",
        "10MiB    | 10485760   | 10 MiB",
        "10M      | 10485760   | 10 MiB",
        "500KB    | 500000     | 500 KB",
        "500k     | 512000     | 500 KiB",
        "1.5GB    | 1500000000 | 1.5 GB",
        "1000     | 1000       | 1,000 bytes",
        "1000B    | 1000       | 1,000 bytes",
        "1.25MB   | 1250000    | 1.3 MB (1,250,000 bytes)",
    })
    void sizesAreReadTheGnuWay(String text, long bytes, String shown) {
        ByteSize size = ByteSize.parse(text);
        assertEquals(bytes, size.bytes());
        assertEquals(shown, size.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ten MB   | expected a size such as 10MB, 500KB or 8MiB, got 'ten MB'",
        "10 XB    | unknown unit 'XB' in '10 XB'; use B, KB, MB, GB (1000s) or KiB, MiB, GiB (1024s)",
        "-1MB     | expected a size such as 10MB, 500KB or 8MiB, got '-1MB'",
        "0        | a size must be more than 0 bytes, got '0'",
        "99999999999GB | '99999999999GB' is too large",
    })
    void badSizesSayWhatWasExpected(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(text)).getMessage());
    }

    @Test
    void theLimitItselfIsAdmitted() {
        ByteSize limit = ByteSize.parse("10MB");
        assertTrue(limit.admits(10_000_000));
        assertFalse(limit.admits(10_000_001));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10MB  | 12345678 | 12.3 MB",
        "10MB  | 10000001 | 10000001 bytes",
        "10MB  | 10049999 | 10049999 bytes",
        "10MB  | 10050000 | 10.1 MB",
        "10MiB | 12345678 | 11.8 MiB",
        "900   | 1000     | 1000 bytes",
    })
    void anOversizeReadsClearlyMoreThanTheLimit(String limit, long size, String shown) {
        assertEquals(shown.replaceAll("(\\d)(?=(\\d{3})+ bytes)", "$1,"), ByteSize.parse(limit).describe(size));
    }
}
