package dev.debrief.cli;

import dev.debrief.render.Renderer;
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

    /** A renderer's settings with the given folders, or the installation's own where one is null. */
    static Renderer.Builder renderer(Path templates, Path fonts) {
        Path home = home();
        return Renderer.builder()
                .templates(templates != null ? templates : home.resolve("templates"))
                .fonts(fonts != null ? fonts : home.resolve("fonts"))
                .version(version());
    }

    static String version() {
        String version = Install.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
