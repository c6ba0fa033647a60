package dev.debrief.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTest {
    static Source source(String name, String text) {
        return new Source(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void repeatedNamesAreNumberedInOrder() {
        ArchiveInfo archive = new ArchiveInfo(FingerprintsTest.ARCHIVE.created(), List.of(source("incident.yaml", "a"),
                source("incident.yaml", "b"), source("other.yaml", "c"), source("incident.yaml", "d"),
                source("README", "e"), source("README", "f")), true);
        assertEquals(List.of("incident.yaml", "incident-2.yaml", "other.yaml", "incident-3.yaml", "README",
                "README-2"), archive.sources().stream().map(Source::name).toList());
        assertArrayEquals("d".getBytes(StandardCharsets.UTF_8), archive.sources().get(3).content());
    }

    @Test
    void aNameHasNoFolders() {
        assertThrows(IllegalArgumentException.class, () -> source("../x.yaml", ""));
        assertThrows(IllegalArgumentException.class, () -> source("a\\x.yaml", ""));
        assertThrows(IllegalArgumentException.class, () -> source(" ", ""));
    }

    @Test
    void theContentCannotBeChangedFromOutside() {
        byte[] bytes = "id: X".getBytes(StandardCharsets.UTF_8);
        Source source = new Source("x.yaml", bytes);
        bytes[0] = 'X';
        source.content()[1] = 'X';
        assertArrayEquals("id: X".getBytes(StandardCharsets.UTF_8), source.content());
    }
}
