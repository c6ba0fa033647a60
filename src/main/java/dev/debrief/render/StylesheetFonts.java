package dev.debrief.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks, once, that a fonts folder can serve a templates folder: that the body font (the first family of
 * {@code fallback.txt}) is in the folder and has basic Latin, that the stylesheet sets the body in that family,
 * and that every family the templates name is in the folder. Otherwise the engine quietly falls back to
 * non-embedded Times with a Western encoding: a blank title, Arabic and Hebrew gone, and no word said.
 */
final class StylesheetFonts {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)}");
    private static final Pattern FAMILY = Pattern.compile("font-family\\s*:\\s*([^;{}]+)");
    /** CSS generic families and keywords: the engine maps the generic ones to the body font. */
    private static final Set<String> GENERIC = Set.of("serif", "sans-serif", "monospace", "cursive", "fantasy",
            "system-ui", "inherit", "initial", "unset");

    private StylesheetFonts() {}

    /** Throws {@link IllegalArgumentException}, saying what to change, when the folders do not fit together. */
    static void check(Path templates, Path fontsFolder, FontSet fonts) {
        Set<String> families = new TreeSet<>();
        fonts.faces().forEach(face -> families.add(face.family()));
        String body = fonts.primary();
        if (!families.contains(body)) {
            throw new IllegalArgumentException("the body font `" + body + "` (" + (Files.exists(fontsFolder
                    .resolve("fallback.txt")) ? "the first family in fallback.txt" : "the body font when there is no"
                    + " fallback.txt") + ") is not in fonts folder " + fontsFolder + "; the families there are: "
                    + String.join(", ", families));
        }
        List<String> missing = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,:;!?()-".codePoints()
                .filter(cp -> !fonts.covers(body, cp)).mapToObj(Character::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the body font `" + body + "` in " + fontsFolder + " cannot set the"
                    + " page's text: it has no " + String.join(" ", missing.subList(0, Math.min(8, missing.size())))
                    + (missing.size() > 8 ? " (" + (missing.size() - 8) + " more)" : "") + "; put a family with"
                    + " basic Latin first in fallback.txt");
        }
        Stylesheets sheets = Stylesheets.read(templates);
        for (Named named : sheets.families()) {
            if (!families.contains(named.family()) && !GENERIC.contains(named.family().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(named.file().getFileName() + " in " + templates
                        + " names the font family `" + named.family() + "`, which is not in fonts folder "
                        + fontsFolder + "; the families there are: " + String.join(", ", families));
            }
        }
        sheets.bodyFamily().filter(family -> !family.equals(body)).ifPresent(family -> {
            throw new IllegalArgumentException("the templates in " + templates + " set the body in `" + family
                    + "`, but the body font of " + fontsFolder + " is `" + body + "` (first in fallback.txt); make"
                    + " them the same, or characters that only `" + body + "` has go missing");
        });
    }

    private record Named(Path file, String family) {}

    /** The font families the templates folder's stylesheets and templates name. */
    private record Stylesheets(List<Named> families, Optional<String> bodyFamily) {
        static Stylesheets read(Path folder) {
            List<Named> named = new ArrayList<>();
            Optional<String> body = Optional.empty();
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(f -> f.toString().endsWith(".css") || f.toString().endsWith(".ftlh")).sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates in " + folder, e);
            }
            for (Path file : files) {
                String text;
                try {
                    text = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
                Matcher family = FAMILY.matcher(text);
                while (family.find()) {
                    families(family.group(1)).forEach(f -> named.add(new Named(file, f)));
                }
                Matcher rule = RULE.matcher(text);
                while (rule.find() && body.isEmpty()) {
                    boolean forBody = Stream.of(rule.group(1).split(",")).map(String::strip).anyMatch("body"::equals);
                    Matcher declaration = FAMILY.matcher(rule.group(2));
                    if (forBody && declaration.find()) {
                        body = families(declaration.group(1)).stream().findFirst();
                    }
                }
            }
            return new Stylesheets(named, body);
        }

        /** The families of one font-family value, unquoted; values a template fills in are not known here. */
        private static Set<String> families(String value) {
            Set<String> families = new LinkedHashSet<>();
            if (value.contains("${") || value.contains("<#")) {
                return families;
            }
            for (String part : value.split(",")) {
                String family = part.replace("!important", "").strip().replaceAll("^[\"']|[\"']$", "").strip();
                if (!family.isEmpty()) {
                    families.add(family);
                }
            }
            return families;
        }
    }
}
