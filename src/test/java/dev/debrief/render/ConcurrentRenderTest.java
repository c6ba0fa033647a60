package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.debrief.Pdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** One renderer, configured once, renders many documents from many threads with the same result. */
class ConcurrentRenderTest {
    @Test
    void documentsRenderedInParallelMatchThoseRenderedAlone() throws Exception {
        List<Path> examples;
        try (var files = Files.list(Path.of("examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> alone = new ArrayList<>();
        for (Path example : examples) {
            alone.add(text(example));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path example : examples) {
                    parallel.add(pool.submit(() -> text(example)));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertEquals(alone.get(i % examples.size()), parallel.get(i).get(), examples.get(i % examples.size()).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(Path example) throws Exception {
        try (PDDocument pdf = Pdfs.render(example).open()) {
            return Pdfs.text(pdf);
        }
    }
}
