package dev.debrief.output;

import java.util.Locale;
import java.util.Set;
import net.gcardone.junidecode.Junidecode;

/**
 * A file name that every tracker, file system and shell takes as it is: printable ASCII letters, digits, {@code .},
 * {@code _} and {@code -} only, other scripts transliterated first ({@code Ünïcødé} becomes {@code Unicode}), no
 * path separator, no {@code ..}, no leading dot, no name Windows reserves, and at most {@link #MAX_BYTES} bytes with
 * the extension kept.
 */
public final class SafeFileName {
    /** Leaves room under every file system's 255-byte limit for the temporary name used while writing. */
    public static final int MAX_BYTES = 120;
    /** The name used when nothing usable is left. */
    public static final String FALLBACK = "incident";

    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {}

    /** {@code base} made safe, then {@code .extension}; the extension is ours and must already be safe. */
    public static String of(String base, String extension) {
        if (!extension.matches("[a-z0-9]{1,8}")) {
            throw new IllegalArgumentException("not a file extension: " + extension);
        }
        String name = ascii(base);
        int room = MAX_BYTES - extension.length() - 1;
        if (name.length() > room) {
            name = trimEnds(name.substring(0, room));
        }
        if (name.isEmpty()) {
            name = FALLBACK;
        }
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            name = stem + "_" + name.substring(stem.length());
        }
        return name + "." + extension;
    }

    /**
     * Text as the ASCII that may stand in a file name, without a length bound: transliterated, every run of other
     * characters one {@code -}, a run of dots, hyphens and underscores its first one (so never {@code ..}), no dot,
     * hyphen or underscore at either end.
     */
    static String ascii(String text) {
        String ascii = Junidecode.unidecode(text).replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("([._-])[._-]+", "$1");
        return trimEnds(ascii);
    }

    private static String trimEnds(String name) {
        return name.replaceAll("^[._-]+|[._-]+$", "");
    }
}
