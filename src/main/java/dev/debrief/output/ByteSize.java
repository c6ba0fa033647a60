package dev.debrief.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file size limit as a person writes it, {@code 10MB}, {@code 500 KiB}, {@code 2M}: the GNU convention, where
 * KB, MB and GB count in thousands and K, M, G, KiB, MiB and GiB in 1024s. A limit reads back in the unit it was
 * given in, so a message can say "12.3 MB, over 10 MB".
 */
public record ByteSize(long bytes, Unit unit) {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)", Pattern.CASE_INSENSITIVE);

    public ByteSize {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a size must be more than 0 bytes");
        }
    }

    /** The units a size can be written in, with how they are shown. */
    public enum Unit {
        B(1, "bytes"), KB(1000, "KB"), MB(1000 * 1000, "MB"), GB(1000L * 1000 * 1000, "GB"),
        KIB(1024, "KiB"), MIB(1024 * 1024, "MiB"), GIB(1024L * 1024 * 1024, "GiB");

        private final long factor;
        private final String symbol;

        Unit(long factor, String symbol) {
            this.factor = factor;
            this.symbol = symbol;
        }

        static Unit of(String written) {
            return switch (written.toUpperCase(Locale.ROOT)) {
                case "", "B" -> B;
                case "KB" -> KB;
                case "MB" -> MB;
                case "GB" -> GB;
                case "K", "KIB" -> KIB;
                case "M", "MIB" -> MIB;
                case "G", "GIB" -> GIB;
                default -> throw new IllegalArgumentException("unknown unit '" + written + "'");
            };
        }
    }

    /**
     * Reads "10MB", "10 MB", "1.5MiB", "800K", "1000000" (bytes).
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static ByteSize parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size such as 10MB, 500KB or 8MiB, got '" + text + "'");
        }
        Unit unit;
        try {
            unit = Unit.of(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in '" + text + "'; use B, KB, MB, GB (1000s) "
                    + "or KiB, MiB, GiB (1024s)");
        }
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit.factor));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
        if (bytes.signum() == 0) {
            throw new IllegalArgumentException("a size must be more than 0 bytes, got '" + text + "'");
        }
        return new ByteSize(bytes.setScale(0, RoundingMode.CEILING).longValueExact(), unit);
    }

    public boolean admits(long size) {
        return size <= bytes;
    }

    /**
     * A size in this limit's unit, to one decimal: "12.3 MB". A size over the limit that would read the same as the
     * limit, or below it, is given in bytes instead, so a message never says "10 MB, over 10 MB".
     */
    public String describe(long size) {
        boolean readsOver = rounded(size).compareTo(rounded(bytes)) > 0;
        return admits(size) || readsOver ? shown(size) : exact(size);
    }

    /** The limit as given, normalised: "10 MB", "8 MiB", "1,000 bytes"; with the exact bytes when rounded. */
    @Override
    public String toString() {
        boolean roundedExactly = rounded(bytes).multiply(BigDecimal.valueOf(unit.factor))
                .compareTo(BigDecimal.valueOf(bytes)) == 0;
        return roundedExactly ? shown(bytes) : shown(bytes) + " (" + exact(bytes) + ")";
    }

    private BigDecimal rounded(long size) {
        return BigDecimal.valueOf(size).divide(BigDecimal.valueOf(unit.factor), 1, RoundingMode.HALF_UP);
    }

    private String shown(long size) {
        return unit == Unit.B ? exact(size) : rounded(size).stripTrailingZeros().toPlainString() + " " + unit.symbol;
    }

    private static String exact(long size) {
        return String.format(Locale.ENGLISH, "%,d bytes", size);
    }
}
