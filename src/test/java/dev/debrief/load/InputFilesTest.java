package dev.debrief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.debrief.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    /** incidents/2024-Q1/a.yaml, incidents/2024-Q2/{b.yaml, c.yml, notes.md, .draft.yaml}, incidents/2024-Q2/img/d.yaml,
     *  incidents/.git/config.yaml, loose.txt */
    @BeforeEach
    void tree() throws Exception {
        for (String file : List.of("incidents/2024-Q1/a.yaml", "incidents/2024-Q2/b.yaml", "incidents/2024-Q2/c.yml",
                "incidents/2024-Q2/notes.md", "incidents/2024-Q2/.draft.yaml", "incidents/2024-Q2/sub/d.yaml",
                "incidents/.git/config.yaml", "loose.txt")) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }
        Files.createDirectories(dir.resolve("empty"));
    }

    List<String> expand(String... inputs) throws Exception {
        return InputFiles.expand(dir, List.of(inputs)).stream().map(p -> dir.relativize(p).toString()).toList();
    }

    MissingInputException failure(String... inputs) {
        return assertThrows(MissingInputException.class, () -> InputFiles.expand(dir, List.of(inputs)));
    }

    @Test
    void aFileIsTakenWhateverItsName() throws Exception {
        assertEquals(List.of("loose.txt"), expand("loose.txt"));
    }

    @Test
    void aFolderIsSearchedForYamlAtAnyDepthSkippingHiddenNames() throws Exception {
        assertEquals(List.of("incidents/2024-Q1/a.yaml", "incidents/2024-Q2/b.yaml", "incidents/2024-Q2/c.yml",
                "incidents/2024-Q2/sub/d.yaml"), expand("incidents"));
    }

    @Test
    void aGlobIsExpandedHereAndKeepsOnlyYamlFiles() throws Exception {
        assertEquals(List.of("incidents/2024-Q1/a.yaml", "incidents/2024-Q2/b.yaml"), expand("incidents/2024-*/*.yaml"));
        // notes.md is left out; the folder sub matches too, and is searched.
        assertEquals(List.of("incidents/2024-Q2/b.yaml", "incidents/2024-Q2/c.yml", "incidents/2024-Q2/sub/d.yaml"),
                expand("incidents/2024-Q2/*"));
        assertEquals(List.of("incidents/2024-Q2/b.yaml", "incidents/2024-Q2/sub/d.yaml"),
                expand("incidents/**/{b,d}.yaml"));
    }

    @Test
    void aFolderMatchedByAGlobIsSearched() throws Exception {
        assertEquals(List.of("incidents/2024-Q1/a.yaml", "incidents/2024-Q2/b.yaml", "incidents/2024-Q2/c.yml",
                "incidents/2024-Q2/sub/d.yaml"), expand("incidents/2024-*"));
    }

    @Test
    void anAbsoluteGlobWorksToo() throws Exception {
        assertEquals(List.of("incidents/2024-Q1/a.yaml"), expand(dir.resolve("incidents/2024-Q1").toString() + "/*.yaml"));
    }

    @Test
    void inputsKeepTheirOrderAndEachFileComesOnceAtItsFirstPlace() throws Exception {
        assertEquals(List.of("incidents/2024-Q2/c.yml", "incidents/2024-Q1/a.yaml", "incidents/2024-Q2/b.yaml",
                "incidents/2024-Q2/sub/d.yaml"), expand("incidents/2024-Q2/c.yml", "incidents", "incidents/*/*.yaml",
                "./incidents/2024-Q1/../2024-Q1/a.yaml"));
    }

    @Test
    void aFileReachedThroughALinkIsTheSameFile() throws Exception {
        Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("incidents/2024-Q2/b.yaml"));
        assertEquals(List.of("incidents/2024-Q2/b.yaml"), expand("incidents/2024-Q2/b.yaml", "link.yaml"));
    }

    @Test
    void aMissingPathIsNamedAsItWasWritten() {
        assertEquals(List.of("`incidents/2024-Q3`: no such file or folder"), failure("incidents/2024-Q3").problems());
    }

    @Test
    void aGlobMatchingNothingIsAnError() {
        assertEquals(List.of("`incidents/2023-*/*.yaml` matches no .yaml or .yml file"),
                failure("incidents/2023-*/*.yaml").problems());
        assertEquals(List.of("`incidents/2024-Q2/*.md` matches no .yaml or .yml file"),
                failure("incidents/2024-Q2/*.md").problems());
    }

    @Test
    void aFolderWithoutYamlIsAnError() {
        assertEquals(List.of("`empty`: the folder holds no .yaml or .yml file"), failure("empty").problems());
    }

    @Test
    void everyBadInputIsListedNotOnlyTheFirst() {
        MissingInputException e = failure("nope.yaml", "incidents", "empty", "x/*.yaml");
        assertEquals(List.of("`nope.yaml`: no such file or folder", "`empty`: the folder holds no .yaml or .yml file",
                "`x/*.yaml` matches no .yaml or .yml file"), e.problems());
        assertEquals(String.join("\n", e.problems()), e.getMessage());
    }

    @Test
    void theTestPackFolderHoldsEightIncidentsInDateOrder() throws Exception {
        List<Path> files = InputFiles.expand(List.of(TestPack.DIR.toString()));
        assertEquals(8, files.size());
        assertEquals(TestPack.DIR.resolve("2024-Q1/2024-01-14-payments-deploy.yaml"), files.get(0));
        assertEquals(TestPack.DIR.resolve("2024-Q2/2024-06-27-ledger-replication.yaml"), files.get(7));
    }
}
