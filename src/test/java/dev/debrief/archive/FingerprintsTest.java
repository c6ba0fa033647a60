package dev.debrief.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.model.Audience;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {
    static final ArchiveInfo ARCHIVE = new ArchiveInfo(ZonedDateTime.of(2024, 5, 22, 0, 0, 0, 0, ZoneOffset.UTC),
            List.of(new Source("incident.yaml", "id: X".getBytes(StandardCharsets.UTF_8))), true);

    @TempDir
    Path dir;
    Path templates;
    Path fonts;

    @BeforeEach
    void copyInstallation() throws Exception {
        templates = copy(Path.of("templates"), dir.resolve("templates"));
        fonts = dir.resolve("fonts");
        Files.createDirectories(fonts);
        for (String name : List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "fallback.txt")) {
            Files.copy(Path.of("fonts", name), fonts.resolve(name));
        }
    }

    Fingerprint fingerprint() throws Exception {
        return Fingerprints.of(templates, fonts, "a4", "1.0").of(Audience.INTERNAL, ARCHIVE, List.of());
    }

    @Test
    void theSameInstallationAndInputGiveTheSameFingerprint() throws Exception {
        assertEquals(fingerprint(), fingerprint());
        assertEquals(32, fingerprint().hex().length());
        assertTrue(fingerprint().text().matches("[0-9A-F]{8}( [0-9A-F]{8}){3}"), fingerprint().text());
    }

    @Test
    void whereTheFilesAreAndWhenTheyWereTouchedDoNotCount() throws Exception {
        Fingerprint before = fingerprint();
        Path moved = dir.resolve("elsewhere");
        templates = copy(templates, moved.resolve("templates"));
        Files.createDirectories(moved.resolve("fonts"));
        try (Stream<Path> files = Files.list(fonts)) {
            for (Path file : files.toList()) {
                Path copy = Files.copy(file, moved.resolve("fonts").resolve(file.getFileName()));
                Files.setLastModifiedTime(copy, FileTime.fromMillis(0));
            }
        }
        fonts = moved.resolve("fonts");
        assertEquals(before, fingerprint());
    }

    @Test
    void aChangedTemplateChangesIt() throws Exception {
        Fingerprint before = fingerprint();
        Files.writeString(templates.resolve("_summary.ftlh"), " ", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, fingerprint());
    }

    @Test
    void aNewTemplateFileChangesIt() throws Exception {
        Fingerprint before = fingerprint();
        Files.writeString(templates.resolve("logo.svg"), "<svg/>");
        assertNotEquals(before, fingerprint());
    }

    /** A font is known by its table directory: one changed glyph changes a table checksum there. */
    @Test
    void aChangedFontChangesIt() throws Exception {
        Fingerprint before = fingerprint();
        Path font = fonts.resolve("NotoSans-Bold.ttf");
        byte[] bytes = Files.readAllBytes(font);
        bytes[12 + 4] ^= 1; // the first table record: tag, then its checksum
        Files.write(font, bytes);
        assertNotEquals(before, fingerprint());
    }

    @Test
    void anotherFallbackOrderChangesIt() throws Exception {
        Fingerprint before = fingerprint();
        Files.writeString(fonts.resolve("fallback.txt"), "Noto Sans\n");
        assertNotEquals(before, fingerprint());
    }

    @Test
    void audiencePageSizeVersionSourcesDatePdfaAndPicturesEachCount() throws Exception {
        Fingerprints installation = Fingerprints.of(templates, fonts, "a4", "1.0");
        Fingerprint base = installation.of(Audience.INTERNAL, ARCHIVE, List.of());
        List<Fingerprint> others = List.of(
                installation.of(Audience.EXTERNAL, ARCHIVE, List.of()),
                Fingerprints.of(templates, fonts, "letter", "1.0").of(Audience.INTERNAL, ARCHIVE, List.of()),
                Fingerprints.of(templates, fonts, "a4", "1.1").of(Audience.INTERNAL, ARCHIVE, List.of()),
                installation.of(Audience.INTERNAL, new ArchiveInfo(ARCHIVE.created(), List.of(new Source(
                        "incident.yaml", "id: Y".getBytes(StandardCharsets.UTF_8))), true), List.of()),
                installation.of(Audience.INTERNAL, new ArchiveInfo(ARCHIVE.created(), List.of(new Source(
                        "renamed.yaml", "id: X".getBytes(StandardCharsets.UTF_8))), true), List.of()),
                installation.of(Audience.INTERNAL, new ArchiveInfo(ARCHIVE.created().plusSeconds(1), ARCHIVE.sources(),
                        true), List.of()),
                installation.of(Audience.INTERNAL, new ArchiveInfo(ARCHIVE.created(), ARCHIVE.sources(), false),
                        List.of()),
                installation.of(Audience.INTERNAL, ARCHIVE, List.of("data:image/png;base64,AQID")),
                installation.of(Audience.INTERNAL, ARCHIVE, List.of("placeholder Image not available: p.png")));
        assertEquals(others.size() + 1, Stream.concat(Stream.of(base), others.stream()).distinct().count(),
                others.toString());
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
