package dev.debrief.render;

import dev.debrief.files.FileProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts in a fonts folder, loaded once and shared by every document: each TrueType file, and the order in
 * which families stand in for one another ({@code fallback.txt}), since the engine itself never falls back
 * from one font to the next for a missing character.
 */
public final class FontSet {
    /** The body font of a fonts folder without a {@code fallback.txt}. */
    static final String DEFAULT_BODY = "Noto Sans";

    /** One font file as the engine loaded it. */
    record Face(Path file, String family, BaseFont font) {}

    private final List<Face> faces;
    private final List<String> fallback;
    private final Map<String, BaseFont> coverage;

    private FontSet(List<Face> faces, List<String> fallback, Map<String, BaseFont> coverage) {
        this.faces = faces;
        this.fallback = fallback;
        this.coverage = coverage;
    }

    public static FontSet load(Path dir) {
        Optional<String> notAFolder = FileProblem.notAFolder(dir);
        if (notAFolder.isPresent()) {
            throw new IllegalArgumentException("fonts folder " + dir + ": " + notAFolder.get());
        }
        List<Face> faces = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".ttf") || name.endsWith(".otf")) {
                    BaseFont font = BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                            true, null, null, false);
                    faces.add(new Face(file, font.getFamilyFontName()[0][3], font));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fonts in " + dir + ": " + FileProblem.reason(e), e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load a font in " + dir + ": " + e.getMessage(), e);
        }
        if (faces.isEmpty()) {
            throw new IllegalStateException("no .ttf fonts in " + dir);
        }
        List<String> fallback = readFallback(dir.resolve("fallback.txt"), faces);
        Map<String, BaseFont> coverage = new LinkedHashMap<>();
        for (String family : fallback) {
            faces.stream().filter(f -> f.family().equals(family)).findFirst()
                    .ifPresent(f -> coverage.put(family, f.font()));
        }
        return new FontSet(List.copyOf(faces), List.copyOf(fallback), coverage);
    }

    /** The family order of {@code fallback.txt}; without one, text is set in Noto Sans, the rest in file order. */
    private static List<String> readFallback(Path file, List<Face> faces) {
        List<String> order = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            order.add(DEFAULT_BODY);
        } else {
            try {
                for (String line : Files.readAllLines(file)) {
                    String family = line.strip();
                    if (!family.isEmpty() && !family.startsWith("#")) {
                        order.add(family);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + FileProblem.reason(e), e);
            }
        }
        for (Face face : faces) {
            if (!order.contains(face.family())) {
                order.add(face.family());
            }
        }
        return order;
    }

    List<Face> faces() {
        return faces;
    }

    /** The family that text is set in unless a character needs another. */
    String primary() {
        return fallback.get(0);
    }

    /** The first family, in fallback order, that has a glyph for {@code codePoint}. */
    Optional<String> familyFor(int codePoint) {
        for (Map.Entry<String, BaseFont> entry : coverage.entrySet()) {
            if (entry.getValue().charExists(codePoint)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    boolean covers(String family, int codePoint) {
        BaseFont font = coverage.get(family);
        return font != null && font.charExists(codePoint);
    }

    /** Characters that draw nothing and need no glyph: joiners, variation selectors, direction marks. */
    static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                || Character.isWhitespace(codePoint) || codePoint == 0xA0;
    }
}
