package dev.debrief.pack;

import dev.debrief.render.LaidOutDocument;
import dev.debrief.render.RenderException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Joins the parts of a pack into one PDF. Each part's pages and outline are appended in order (the outline
 * then reads: the pack's sections, each incident with its sections, the appendix); a link a part could not
 * resolve itself ({@link LaidOutDocument#OUTSIDE_LINK}) is pointed at the page its target starts on. Stream
 * data goes to a temporary file, not the heap, and each part is closed once appended: memory stays flat
 * however many parts there are.
 */
final class PdfJoin {
    private PdfJoin() {}

    /** @param pageOf the page number (from 1) each id of the pack starts on */
    static void join(List<Path> parts, Map<String, Integer> pageOf, OutputStream out) throws RenderException {
        RandomAccessStreamCache.StreamCacheCreateFunction scratch = IOUtils.createTempFileOnlyStreamCache();
        try (PDDocument pack = Loader.loadPDF(parts.get(0).toFile(), scratch)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Path part : parts.subList(1, parts.size())) {
                try (PDDocument next = Loader.loadPDF(part.toFile(), scratch)) {
                    merger.appendDocument(pack, next);
                }
            }
            pointOutsideLinks(pack, pageOf);
            pack.save(out, CompressParameters.DEFAULT_COMPRESSION);
        } catch (IOException e) {
            throw new RenderException("cannot join the parts of the pack: " + e.getMessage(), e);
        }
    }

    private static void pointOutsideLinks(PDDocument pack, Map<String, Integer> pageOf) throws IOException {
        for (PDPage page : pack.getPages()) {
            List<PDAnnotation> annotations = page.getAnnotations();
            List<PDAnnotation> kept = new ArrayList<>(annotations.size());
            boolean changed = false;
            for (PDAnnotation annotation : annotations) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(LaidOutDocument.OUTSIDE_LINK)) {
                    changed = true;
                    Integer target = pageOf.get(uri.getURI().substring(LaidOutDocument.OUTSIDE_LINK.length()));
                    if (target == null) {
                        continue; // as within one document: a link to an id that is nowhere leads nowhere
                    }
                    PDPage targetPage = pack.getPage(target - 1);
                    PDPageXYZDestination destination = new PDPageXYZDestination();
                    destination.setPage(targetPage);
                    destination.setTop((int) targetPage.getMediaBox().getUpperRightY());
                    PDActionGoTo goTo = new PDActionGoTo();
                    goTo.setDestination(destination);
                    link.setAction(goTo);
                }
                kept.add(annotation);
            }
            if (changed) {
                page.setAnnotations(kept);
            }
        }
    }
}
