package dev.debrief.render;

import dev.debrief.archive.Fingerprint;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.Random;
import org.openpdf.text.pdf.BaseFont;

/**
 * The six letters before an embedded font subset's name ({@code KXPZQA+NotoSans-Regular}), drawn from the
 * document's fingerprint instead of chance, so the same input gives the same bytes.
 *
 * <p>OpenPDF draws the letters from the font's {@link SecureRandom} ({@link BaseFont#setSecureRandom}). Fonts are
 * loaded once and shared by every document and thread, so the font's source hands out letters from the sequence
 * of the document its thread is writing. Different documents still get different tags, which keeps tools that
 * merge PDFs from mistaking one subset for another.
 */
final class SubsetTags extends SecureRandom {
    private static final SubsetTags SOURCE = new SubsetTags();
    private static final ThreadLocal<Random> DOCUMENT = new ThreadLocal<>();

    private SubsetTags() {
        // Never asked for random bytes: only nextDouble() is used, below. No provider lookup at start-up.
        super(new SecureRandomSpi() {
            @Override
            protected void engineSetSeed(byte[] seed) {
                throw new UnsupportedOperationException();
            }

            @Override
            protected void engineNextBytes(byte[] bytes) {
                throw new UnsupportedOperationException();
            }

            @Override
            protected byte[] engineGenerateSeed(int numBytes) {
                throw new UnsupportedOperationException();
            }
        }, null);
    }

    /** Makes {@code font} take its subset tags from here. */
    static void install(BaseFont font) {
        font.setSecureRandom(SOURCE);
    }

    /** Runs {@code write} with subset tags drawn from {@code fingerprint}, on this thread. */
    static <E extends Exception> void during(Fingerprint fingerprint, Write<E> write) throws E {
        DOCUMENT.set(new Random(fingerprint.seed()));
        try {
            write.run();
        } finally {
            DOCUMENT.remove();
        }
    }

    /** Work that writes one document. */
    interface Write<E extends Exception> {
        void run() throws E;
    }

    @Override
    public double nextDouble() {
        Random document = DOCUMENT.get();
        if (document == null) {
            throw new IllegalStateException("a font subset was written outside SubsetTags.during; its tag would be"
                    + " random");
        }
        return document.nextDouble();
    }
}
