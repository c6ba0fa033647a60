package dev.debrief.archive;

import dev.debrief.model.Audience;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Computes document fingerprints from a document's inputs, never from its output, since the fingerprint is
 * printed inside the pages it identifies. Built once per installation (templates, fonts, page size, version);
 * each document then costs one SHA-256 over its own inputs: sources, local pictures, audience, date.
 *
 * <p>Fonts are identified rather than read whole: hashing the 9 MB of the fonts folder at every start would cost
 * more than the rest of a render. A TrueType or OpenType file begins with a table directory that holds a
 * checksum of every table in the font, so the file name, the size and that directory (a few hundred bytes)
 * change whenever the font does, on every machine.
 */
public final class Fingerprints {
    private final byte[] installation;

    private Fingerprints(byte[] installation) {
        this.installation = installation;
    }

    /**
     * @param templates the templates folder; every file in it counts, byte for byte
     * @param fonts the fonts folder: each font by its identity, and {@code fallback.txt}
     * @param pageSize the page size the renderer sets, e.g. {@code a4}
     * @param version the tool's version
     */
    public static Fingerprints of(Path templates, Path fonts, String pageSize, String version) throws IOException {
        Digest digest = new Digest();
        digest.text("debrief-fingerprint-1");
        digest.text(version);
        digest.text(pageSize);
        List<Path> templateFiles;
        try (Stream<Path> files = Files.walk(templates)) {
            templateFiles = files.filter(Files::isRegularFile)
                    .sorted((a, b) -> relative(templates, a).compareTo(relative(templates, b)))
                    .toList();
        }
        for (Path file : templateFiles) {
            digest.text(relative(templates, file));
            digest.bytes(Files.readAllBytes(file));
        }
        List<Path> fontFiles;
        try (Stream<Path> files = Files.list(fonts)) {
            fontFiles = files.filter(Fingerprints::isFont).sorted().toList();
        }
        for (Path file : fontFiles) {
            digest.text(file.getFileName().toString());
            digest.bytes(fontIdentity(file));
        }
        Path fallback = fonts.resolve("fallback.txt");
        if (Files.isRegularFile(fallback)) {
            digest.bytes(Files.readAllBytes(fallback));
        }
        return new Fingerprints(digest.finish());
    }

    /**
     * The fingerprint of one document rendered with this installation.
     *
     * @param audience who the document is for
     * @param archive its date, sources and PDF/A claim
     * @param pictures the pictures as the document shows them, in order: the embedded data, or what stands in
     */
    public Fingerprint of(Audience audience, ArchiveInfo archive, List<String> pictures) {
        Digest digest = new Digest();
        digest.bytes(installation);
        digest.text(audience.name());
        digest.text(DocumentDates.xmp(archive.created()));
        digest.text(archive.pdfa() ? "pdfa-3b" : "plain");
        for (Source source : archive.sources()) {
            digest.text(source.name());
            digest.bytes(source.content());
        }
        for (String picture : pictures) {
            digest.text(picture);
        }
        return new Fingerprint(Arrays.copyOf(digest.finish(), Fingerprint.LENGTH));
    }

    private static boolean isFont(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".ttf") || name.endsWith(".otf"));
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** The size and table directory of a font file, or its whole content if it is not a plain sfnt font. */
    private static byte[] fontIdentity(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate(12);
            if (channel.read(head, 0) == 12) {
                int numTables = head.getShort(4) & 0xFFFF;
                int tag = head.getInt(0);
                boolean sfnt = tag == 0x00010000 || tag == 0x4F54544F; // TrueType outlines, or 'OTTO' for CFF
                ByteBuffer directory = ByteBuffer.allocate(12 + 16 * numTables);
                if (sfnt && numTables > 0 && channel.read(directory, 0) == directory.capacity()) {
                    return ByteBuffer.allocate(8 + directory.capacity()).putLong(size).put(directory.flip()).array();
                }
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }

    /** SHA-256 over length-prefixed fields, so two different lists of fields never feed the same bytes. */
    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        void text(String value) {
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] value) {
            sha.update(ByteBuffer.allocate(8).putLong(value.length).array());
            sha.update(value);
        }

        byte[] finish() {
            return sha.digest();
        }
    }
}
