package dev.debrief.output;

import dev.debrief.model.Incident;
import dev.debrief.report.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A template for output file names such as {@code {id}-{date}-{audience}}, parsed once and resolved for each
 * report into a {@link SafeFileName}. Placeholders: {@code {id}}, {@code {date}} (the report's date, ISO),
 * {@code {audience}}, {@code {severity}}, {@code {title}} (as a slug) and {@code {status}}.
 */
public final class NameTemplate {
    /** What Debrief names a PDF when not told otherwise. */
    public static final NameTemplate DEFAULT = parse("{id}");

    /** A title slug is cut at a word boundary by this length, so the placeholders after it still fit. */
    static final int TITLE_SLUG_MAX = 60;

    private final String template;
    private final List<Part> parts;

    private NameTemplate(String template, List<Part> parts) {
        this.template = template;
        this.parts = List.copyOf(parts);
    }

    /** One of the values a template can name. */
    enum Placeholder {
        ID, DATE, AUDIENCE, SEVERITY, TITLE, STATUS;

        String key() {
            return "{" + name().toLowerCase(Locale.ROOT) + "}";
        }

        String value(Report report) {
            Incident incident = report.incident();
            return switch (this) {
                case ID -> incident.id();
                case DATE -> report.reportDate().toString();
                case AUDIENCE -> report.audience().name().toLowerCase(Locale.ROOT);
                case SEVERITY -> incident.severity().map(Enum::name).orElse("");
                case TITLE -> slug(incident.title());
                case STATUS -> incident.status().name().toLowerCase(Locale.ROOT);
            };
        }
    }

    private sealed interface Part {
        record Literal(String text) implements Part {}

        record Field(Placeholder placeholder) implements Part {}
    }

    /**
     * The template, checked: every placeholder known, every brace closed, and no folder in it.
     *
     * @throws IllegalArgumentException naming what is wrong, every unknown placeholder at once
     */
    public static NameTemplate parse(String template) {
        if (template.isBlank()) {
            throw new IllegalArgumentException("the name template is empty");
        }
        if (template.contains("/") || template.contains("\\")) {
            throw new IllegalArgumentException("'" + template + "' names a folder; give a file name, and the folder "
                    + "with --output-dir");
        }
        List<Part> parts = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = template.indexOf('}', at);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new IllegalArgumentException("'}' at position " + (close + 1) + " of '" + template
                        + "' closes no placeholder");
            }
            if (open < 0) {
                parts.add(new Part.Literal(template.substring(at)));
                break;
            }
            if (close < 0) {
                throw new IllegalArgumentException("'{' at position " + (open + 1) + " of '" + template
                        + "' is not closed");
            }
            if (open > at) {
                parts.add(new Part.Literal(template.substring(at, open)));
            }
            String key = template.substring(open, close + 1);
            Arrays.stream(Placeholder.values()).filter(p -> p.key().equals(key)).findFirst()
                    .ifPresentOrElse(p -> parts.add(new Part.Field(p)), () -> unknown.add(key));
            at = close + 1;
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown placeholder" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " in '" + template + "'; known: " + known());
        }
        return new NameTemplate(template, parts);
    }

    /** The file name for this report, for its audience, with the given extension ({@code pdf}, {@code png}). */
    public String fileName(Report report, String extension) {
        StringBuilder name = new StringBuilder();
        for (Part part : parts) {
            name.append(switch (part) {
                case Part.Literal literal -> literal.text();
                case Part.Field field -> field.placeholder().value(report);
            });
        }
        return SafeFileName.of(name.toString(), extension);
    }

    static String known() {
        return Arrays.stream(Placeholder.values()).map(Placeholder::key).collect(Collectors.joining(", "));
    }

    /** "Checkout down after a DB change!" becomes "checkout-down-after-a-db-change". */
    static String slug(String title) {
        String slug = SafeFileName.ascii(title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() <= TITLE_SLUG_MAX) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', TITLE_SLUG_MAX);
        return slug.substring(0, cut > TITLE_SLUG_MAX / 2 ? cut : TITLE_SLUG_MAX);
    }

    @Override
    public String toString() {
        return template;
    }
}
