package dev.debrief.pack;

import dev.debrief.diag.Diagnostic;
import dev.debrief.render.IncidentView;
import dev.debrief.archive.ArchiveInfo;
import dev.debrief.render.LaidOutDocument;
import dev.debrief.render.RenderException;
import dev.debrief.render.Renderer;
import dev.debrief.report.Report;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Renders a {@link Pack} to one PDF: the pack's own pages, then every incident drawn by the same
 * {@code _incident.ftlh} as {@code render} draws it, pages numbered "Page X of Y" throughout, an outline of the
 * pack's sections and of each incident's, and links from the pack's tables to each incident's first page.
 *
 * <p>Why chunks, in two passes. One HTML document for the whole pack shares one font subset and is fast, but
 * the engine holds the layout of every page until the PDF is written, so memory grows with the pack; rendering
 * each incident apart keeps memory flat but embeds a font subset per incident (50 reports merged came to
 * 2.6 MB). So the incidents are laid out in chunks of up to {@value #CHUNK}, each one document with one font
 * subset, several at once ({@code jobs}), and no more than {@code jobs} layouts are held at a time. The page
 * numbers a chunk prints depend on the chunks before it, and its "of Y" on all of them, so pass 1 lays every
 * chunk out only to count its pages and find where each incident starts, and drops the layout; then the
 * pack's first pages are laid out with the page numbers now known (again if their own length moved them); pass
 * 2 lays each chunk out again and writes it, numbered on from where the one before it ends, to a temporary
 * file. Pass 2 costs a second layout of every page, about a third of the time; the alternative, stamping
 * numbers onto finished pages, would take the page furniture out of the templates. Last, PDFBox joins the
 * parts: it keeps each part's outline, in order, and links that point into another part are pointed at the
 * page where their target starts.
 */
public final class PackRenderer {
    /** The template that draws every part of a pack. */
    public static final String TEMPLATE = "pack.ftlh";
    /** At most this many incidents are laid out as one document. */
    static final int CHUNK = 25;
    /** The pack's first pages are laid out again until their page numbers stop moving; they settle in two or three. */
    private static final int FRONT_ATTEMPTS = 5;

    private final Renderer renderer;
    private final int jobs;

    /** @param jobs how many chunks are laid out at once */
    public PackRenderer(Renderer renderer, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        this.renderer = renderer;
        this.jobs = jobs;
    }

    /** Hears how far a render has come; called from worker threads. */
    public interface Progress {
        /** Pass 1 has laid out {@code incidents} more incidents. */
        void laidOut(int incidents);

        /** Pass 2 has written {@code incidents} more incidents. */
        void written(int incidents);

        Progress NONE = new Progress() {
            @Override
            public void laidOut(int incidents) {}

            @Override
            public void written(int incidents) {}
        };
    }

    /** Which part of the pack a document is (the {@code part} of the templates). */
    public record Part(boolean front, boolean last) {}

    private record Chunk(int first, List<Report> reports, boolean last) {}

    private record Measured(int pages, Map<String, Integer> pagesOfIds, List<Diagnostic> warnings) {}

    /**
     * Writes the pack as PDF to {@code out}. Warnings about the incidents (characters no font has, pictures
     * left out) go to {@code warnings}, once each, in the order of the incidents.
     */
    public void render(Pack pack, OutputStream out, Consumer<Diagnostic> warnings, Progress progress)
            throws RenderException {
        if (!renderer.hasTemplate(TEMPLATE)) {
            throw new RenderException("the templates folder has no " + TEMPLATE + ", which draws packs", null);
        }
        List<Chunk> chunks = chunks(pack.incidents());
        Path temp;
        try {
            temp = Files.createTempDirectory("debrief-pack-");
        } catch (IOException e) {
            throw new RenderException("cannot make a temporary folder: " + e.getMessage(), e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, task -> {
            Thread thread = new Thread(task, "debrief-pack-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            // The first pages' first layout needs no page numbers yet: it runs beside pass 1.
            Future<Measured> frontDraft = pool.submit(() -> measureFront(pack, new PageNumbers(0, Map.of())));
            List<Measured> measured = all(pool, chunks.stream()
                    .map(chunk -> (Callable<Measured>) () -> measure(pack, chunk, progress)).toList());
            measured.forEach(m -> m.warnings().forEach(warnings));

            Path front = temp.resolve("front.pdf");
            PageNumbers numbers = front(pack, measured, finished(frontDraft), front);
            List<Path> parts = new ArrayList<>(List.of(front));
            List<Callable<Path>> writes = new ArrayList<>();
            int firstPage = numbers.total() - measured.stream().mapToInt(Measured::pages).sum() + 1;
            for (int i = 0; i < chunks.size(); i++) {
                Chunk chunk = chunks.get(i);
                int pages = measured.get(i).pages();
                int from = firstPage;
                Path file = temp.resolve("part-" + (i + 1) + ".pdf");
                parts.add(file);
                writes.add(() -> {
                    write(pack, chunk, numbers, from, pages, file);
                    progress.written(chunk.reports().size());
                    return file;
                });
                firstPage += pages;
            }
            all(pool, writes);
            PdfJoin.join(parts, numbers.at(), out);
        } finally {
            pool.shutdownNow();
            delete(temp);
        }
    }

    /** Chunks of up to {@value #CHUNK} incidents, and at least as many chunks as jobs, so every job has work. */
    private List<Chunk> chunks(List<Report> incidents) {
        int size = Math.max(1, Math.min(CHUNK, -Math.floorDiv(-incidents.size(), jobs)));
        List<Chunk> chunks = new ArrayList<>();
        for (int first = 0; first < incidents.size(); first += size) {
            int end = Math.min(incidents.size(), first + size);
            chunks.add(new Chunk(first, incidents.subList(first, end), end == incidents.size()));
        }
        return chunks;
    }

    private Measured measure(Pack pack, Chunk chunk, Progress progress) throws RenderException {
        List<Diagnostic> warnings = new ArrayList<>();
        LaidOutDocument laid = layout(pack, chunk, new PageNumbers(0, Map.of()), warnings::add);
        progress.laidOut(chunk.reports().size());
        return new Measured(laid.pages(), laid.pagesOfIds(), warnings);
    }

    private void write(Pack pack, Chunk chunk, PageNumbers numbers, int firstPage, int pages, Path file)
            throws RenderException {
        // The warnings were given in pass 1.
        LaidOutDocument laid = layout(pack, chunk, numbers, warning -> {});
        if (laid.pages() != pages) {
            throw new RenderException("incidents " + (chunk.first() + 1) + " to " + (chunk.first() + chunk.reports().size())
                    + " took " + laid.pages() + " pages when written but " + pages + " when counted; a template"
                    + " makes the incident pages depend on page numbers", null);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            laid.write(out, firstPage, part(pack), renderer.fingerprint(pack.audience(), part(pack), List.of()));
        } catch (IOException e) {
            throw new RenderException("cannot write a temporary file: " + e.getMessage(), e);
        }
    }

    private LaidOutDocument layout(Pack pack, Chunk chunk, PageNumbers numbers, Consumer<Diagnostic> warnings)
            throws RenderException {
        List<IncidentView> views = new ArrayList<>();
        for (int i = 0; i < chunk.reports().size(); i++) {
            Report report = chunk.reports().get(i);
            views.add(renderer.incidentView(report, Pack.anchor(chunk.first() + i), warnings));
        }
        return renderer.layout(TEMPLATE, model(pack, views, numbers, new Part(false, chunk.last())));
    }

    /**
     * Lays out and writes the pack's first pages (cover to table of contents) once the page numbers they print
     * hold still: their own length shifts every incident's page, so they are laid out until it stops changing.
     * {@code draft} is a layout of them made before any page number was known.
     */
    private PageNumbers front(Pack pack, List<Measured> chunks, Measured draft, Path file) throws RenderException {
        int assumedPages = draft.pages();
        Map<String, Integer> assumedIds = draft.pagesOfIds();
        for (int attempt = 0; attempt < FRONT_ATTEMPTS; attempt++) {
            PageNumbers numbers = numbering(assumedPages, assumedIds, chunks);
            LaidOutDocument laid = renderer.layout(TEMPLATE, frontModel(pack, numbers));
            if (laid.pages() == assumedPages && laid.pagesOfIds().equals(assumedIds)) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    laid.write(out, 1, part(pack), renderer.fingerprint(pack.audience(), part(pack), List.of()));
                } catch (IOException e) {
                    throw new RenderException("cannot write a temporary file: " + e.getMessage(), e);
                }
                return numbers;
            }
            assumedPages = laid.pages();
            assumedIds = laid.pagesOfIds();
        }
        throw new RenderException("the pack's first pages never settled on a length: each layout moved the page"
                + " numbers they print", null);
    }

    private Measured measureFront(Pack pack, PageNumbers numbers) throws RenderException {
        LaidOutDocument laid = renderer.layout(TEMPLATE, frontModel(pack, numbers));
        return new Measured(laid.pages(), laid.pagesOfIds(), List.of());
    }

    private Map<String, Object> frontModel(Pack pack, PageNumbers numbers) {
        return model(pack, List.of(), numbers, new Part(true, false));
    }

    /** What each part is written with: plain PDF, for the join to make the whole archival. */
    private static ArchiveInfo part(Pack pack) {
        return new ArchiveInfo(pack.created(), List.of(), false);
    }

    /** Page numbers from 1: the first pages, then each chunk's pages in order. */
    private static PageNumbers numbering(int frontPages, Map<String, Integer> frontIds, List<Measured> chunks) {
        Map<String, Integer> at = new HashMap<>();
        frontIds.forEach((id, page) -> at.put(id, page + 1));
        int offset = frontPages;
        for (Measured chunk : chunks) {
            int base = offset;
            chunk.pagesOfIds().forEach((id, page) -> at.putIfAbsent(id, base + page + 1));
            offset += chunk.pages();
        }
        return new PageNumbers(offset, at);
    }

    private Map<String, Object> model(Pack pack, List<IncidentView> incidents, PageNumbers numbers, Part part) {
        return Map.of(
                "document", renderer.document(pack.meta(), pack.audience(), incidents, null),
                "pack", pack.view(),
                "pages", numbers,
                "part", part);
    }

    /** Runs the tasks on the pool; the first failure, in task order, is thrown and the rest are cancelled. */
    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) throws RenderException {
        List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                results.add(finished(future));
            }
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
        return results;
    }

    /** The task's result, or its failure as it was thrown. */
    private static <T> T finished(Future<T> future) throws RenderException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RenderException render -> throw render;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new RenderException(String.valueOf(e.getCause().getMessage()), e.getCause());
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // A temporary file left behind is not worth failing a finished pack for.
        }
    }
}
