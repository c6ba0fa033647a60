package dev.debrief.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A file embedded in a PDF as the source it was made from: a file name (no folders) and its exact bytes.
 *
 * @param name the file name readers see and {@code debrief extract} writes, e.g. {@code checkout.yaml}
 * @param content the bytes, kept as given: an extract gives them back unchanged
 */
public record Source(String name, byte[] content) {
    /** How the sources are labelled inside the PDF. */
    public static final String MEDIA_TYPE = "application/yaml";

    public Source {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("a source is named by a file name without folders, not '" + name + "'");
        }
        content = content.clone();
    }

    /** The file's bytes, named after the file. */
    public static Source read(Path file) throws IOException {
        return new Source(file.getFileName().toString(), Files.readAllBytes(file));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** MD5 of the content: what PDF file specifications carry as {@code /CheckSum}. */
    public byte[] checksum() {
        try {
            return MessageDigest.getInstance("MD5").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /** The sources in order, renamed where a name repeats: a second {@code a.yaml} becomes {@code a-2.yaml}. */
    static List<Source> distinctNames(List<Source> sources) {
        Set<String> taken = new HashSet<>();
        List<Source> named = new ArrayList<>(sources.size());
        for (Source source : sources) {
            String name = source.name();
            int dot = name.lastIndexOf('.');
            for (int n = 2; !taken.add(name); n++) {
                name = dot > 0 ? source.name().substring(0, dot) + "-" + n + source.name().substring(dot)
                        : source.name() + "-" + n;
            }
            named.add(name.equals(source.name()) ? source : new Source(name, source.content));
        }
        return List.copyOf(named);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source source && name.equals(source.name) && Arrays.equals(content, source.content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
