package dev.debrief.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sRGB ICC profile of the PDF/A output intent: the colours the engine writes are plain RGB, and PDF/A asks
 * what RGB means (6.2.4.3). The profile is {@code /usr/share/color/icc/sRGB.icc} from Debian's
 * {@code icc-profiles-free} 2.0.1+dfsg-1.1, an ICC v2.3 profile made with Little CMS, under the zlib licence
 * (see {@code sRGB-LICENSE.txt} beside it); 6,922 bytes.
 */
public final class SrgbProfile {
    /** The output condition the profile describes, as the ICC registry names it. */
    public static final String CONDITION = "sRGB IEC61966-2.1";
    public static final String REGISTRY = "http://www.color.org";

    private SrgbProfile() {}

    /** The profile's bytes, read once. */
    public static byte[] bytes() {
        return Holder.BYTES.clone();
    }

    private static final class Holder {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = SrgbProfile.class.getResourceAsStream("sRGB.icc")) {
                if (in == null) {
                    throw new IllegalStateException("sRGB.icc is missing from the Debrief jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sRGB.icc from the Debrief jar", e);
            }
        }
    }
}
