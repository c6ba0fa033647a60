package dev.debrief.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tool's own templates and fonts are: {@code debrief.home}, else beside the jar, else here. */
final class Install {
    private Install() {}

    static Path home() {
        String property = System.getProperty("debrief.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            Path jar = Path.of(Install.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("templates")) && Files.isDirectory(dir.resolve("fonts"))) {
                    return dir;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    static String version() {
        String version = Install.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
