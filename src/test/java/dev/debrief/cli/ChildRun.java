package dev.debrief.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the command line in a child JVM, as the real {@code main} does, for what only a whole process has: its
 * umask, its file descriptor 1, or fewer powers than the root user the tests may run as (in a container or
 * CI). {@link CommandRun} is the quick in-process way for everything else.
 */
final class ChildRun {
    /** What the run did. */
    record Result(int exitCode, String stdout, String stderr) {}

    private String umask;
    private boolean unprivileged;
    private File stdout;

    /** Runs with this umask (octal, like {@code 027}). */
    ChildRun umask(String octal) {
        this.umask = octal;
        return this;
    }

    /**
     * Runs without root's power to read and write any file: as root, through {@code setpriv}, which drops
     * the capabilities that override file permissions (the test is skipped where there is no setpriv).
     */
    ChildRun unprivileged() {
        this.unprivileged = true;
        return this;
    }

    /** Sends standard output to this file (say {@code /dev/full}) instead of capturing it. */
    ChildRun stdoutTo(File file) {
        this.stdout = file;
        return this;
    }

    Result run(String... args) {
        List<String> command = new ArrayList<>();
        if (unprivileged && isRoot()) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv to drop root's powers");
            command.addAll(List.of("/usr/bin/setpriv", "--inh-caps=-all",
                    "--bounding-set=-dac_override,-dac_read_search,-fowner"));
        }
        if (umask != null) {
            command.addAll(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("debrief-child", ".err");
            Path out = Files.createTempFile("debrief-child", ".out");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.to(stdout != null ? stdout : out.toFile()))
                        .redirectError(err.toFile())
                        .start();
                int code = process.waitFor();
                return new Result(code, Files.readString(out, StandardCharsets.ISO_8859_1),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.delete(err);
                Files.delete(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
