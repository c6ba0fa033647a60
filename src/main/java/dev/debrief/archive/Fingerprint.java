package dev.debrief.archive;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A document's content fingerprint: 16 bytes that derive from everything that decides its PDF bytes. It is the
 * PDF's document ID and is printed on its last page, so a reader can tell which revision a ticket holds.
 */
public record Fingerprint(byte[] bytes) {
    public static final int LENGTH = 16;

    public Fingerprint {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a fingerprint has " + LENGTH + " bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** 32 lower-case hex digits, as in the PDF's {@code /ID}. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** How people read it: {@code 3F2A9C01 77B2D4E0 12AB34CD 56EF7890}. */
    public String text() {
        String hex = hex().toUpperCase(Locale.ROOT);
        return String.join(" ", hex.substring(0, 8), hex.substring(8, 16), hex.substring(16, 24), hex.substring(24));
    }

    /** A number to seed what must look arbitrary but be the same for the same document (font subset tags). */
    public long seed() {
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = seed << 8 | (bytes[i] & 0xFF);
        }
        return seed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint fingerprint && Arrays.equals(bytes, fingerprint.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text();
    }
}
