package dev.debrief;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a PDF with {@code qpdf --check}, a second opinion beside PDFBox's on whether the file is sound. Where
 * qpdf is not installed it checks nothing, so that the tests run on a fresh machine, except under CI (the
 * variable {@code CI} set), which must have it: {@code .ci/run} installs it.
 */
public final class Qpdf {
    private static Boolean installed;

    private Qpdf() {}

    /** Fails unless qpdf finds no error and no warning in the PDF. */
    public static void assertNoErrors(byte[] pdf) {
        if (!installed()) {
            return;
        }
        try {
            Path file = Files.createTempFile("debrief-qpdf", ".pdf");
            try {
                Files.write(file, pdf);
                assertNoErrors(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless qpdf finds no error and no warning in the PDF file. */
    public static void assertNoErrors(Path pdf) {
        if (!installed()) {
            return;
        }
        try {
            Process qpdf = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = qpdf.waitFor();
            if (exit != 0) { // 2: errors, 3: warnings
                fail("qpdf --check " + pdf + " exited " + exit + ":\n" + report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized boolean installed() {
        if (installed == null) {
            try {
                installed = new ProcessBuilder("qpdf", "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
            } catch (IOException e) {
                installed = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (!installed && System.getenv("CI") != null) {
            fail("qpdf is not installed, and CI must check every PDF with it: apt-get install qpdf");
        }
        return installed;
    }
}
