package dev.debrief.render;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.SourceMap;
import dev.debrief.load.TextCleaner;
import dev.debrief.report.Report;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Keeps parsed Markdown within what a page can hold, and says where it had to step in. Quotes, lists, emphasis
 * and links nested more than {@value #MAX_DEPTH} levels deep are flattened to that depth: nothing a person
 * writes nests so deep, and 5,000 nested quotes overflowed the stack, 50 broke the page. Characters a document
 * cannot hold, which a character reference such as {@code &#x1b;} decodes to, are removed, as the loader
 * removes them from plain text.
 */
final class MarkdownLimits {
    /** How deep quotes, lists, emphasis and links may nest in one Markdown text. */
    static final int MAX_DEPTH = 16;

    private final Parser parser = Parser.builder().build();

    /** What tidying a text changed: how many containers were flattened, which characters removed how often. */
    record Changes(int flattened, Map<Integer, Integer> removed) {}

    /** Warns about each Markdown field of {@code report} that rendering will change, at the field. */
    void check(Report report, Consumer<Diagnostic> warnings) {
        SourceMap sources = report.sources();
        ReportTexts.visit(report, new ReportTexts.Visitor() {
            @Override
            public void text(Object owner, String field, String text) {}

            @Override
            public void markdown(Object owner, String field, dev.debrief.model.Markdown text) {
                if (!mayNeedTidying(text.source())) {
                    return;
                }
                Changes changes = tidy(parser.parse(text.source()));
                if (changes.flattened() > 0) {
                    warnings.accept(Diagnostic.warning("markdown-too-deep", sources.locate(owner, field),
                            sources.path(owner, field), "quotes, lists or emphasis are nested more than " + MAX_DEPTH
                                    + " levels deep; the deeper levels are shown at level " + MAX_DEPTH));
                }
                if (!changes.removed().isEmpty()) {
                    warnings.accept(Diagnostic.warning("control-characters", sources.locate(owner, field),
                            sources.path(owner, field), "removed characters that cannot be shown, written as "
                                    + "character references such as &#x1b;: " + TextCleaner.describe(changes.removed())));
                }
            }
        });
    }

    /**
     * Whether the text could nest deeply or hold a character reference at all: most texts are passed over
     * without a second parse.
     */
    private static boolean mayNeedTidying(String text) {
        if (text.indexOf('&') >= 0) {
            return true;
        }
        int markers = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '>', '*', '_', '-', '+', '[', '.', ')' -> markers++;
                default -> { }
            }
        }
        return markers > MAX_DEPTH;
    }

    /** Flattens what nests too deeply and removes characters a document cannot hold, in place. */
    static Changes tidy(Node document) {
        int flattened = 0;
        Map<Integer, Integer> removed = new TreeMap<>();
        // Iteratively: the tree may be thousands of levels deep.
        Deque<Node> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        parents.push(document);
        levels.push(0);
        while (!parents.isEmpty()) {
            Node parent = parents.pop();
            int level = levels.pop();
            Deque<Node> children = new ArrayDeque<>();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            while (!children.isEmpty()) {
                Node child = children.pollFirst();
                clean(child, removed);
                boolean nests = nests(child);
                if (nests && level >= MAX_DEPTH) {
                    flattened++;
                    if (child instanceof ListBlock && parent instanceof ListItem) {
                        // The items of a list too deep join the list they are in, each still an item of its own.
                        for (Node item : liftItems(child, parent)) {
                            parents.push(item);
                            levels.push(level);
                        }
                    } else {
                        List<Node> inner = unwrap(child);
                        for (int i = inner.size() - 1; i >= 0; i--) {
                            children.addFirst(inner.get(i));
                        }
                    }
                } else {
                    parents.push(child);
                    levels.push(nests ? level + 1 : level);
                }
            }
        }
        return new Changes(flattened, removed);
    }

    private static boolean nests(Node node) {
        return node instanceof BlockQuote || node instanceof ListBlock || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Link;
    }

    /** Moves the items of {@code list} to follow {@code item}, the list item it stood in; the list goes. */
    private static List<Node> liftItems(Node list, Node item) {
        List<Node> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            items.add(child);
        }
        Node after = item;
        for (Node moved : items) {
            moved.unlink();
            after.insertAfter(moved);
            after = moved;
        }
        list.unlink();
        return items;
    }

    /** Puts the content of {@code node} in its place; a list's items give up their content too. */
    private static List<Node> unwrap(Node node) {
        List<Node> inner = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (node instanceof ListBlock && child instanceof ListItem) {
                for (Node grandchild = child.getFirstChild(); grandchild != null; grandchild = grandchild.getNext()) {
                    inner.add(grandchild);
                }
            } else {
                inner.add(child);
            }
        }
        for (Node moved : inner) {
            moved.unlink();
            node.insertBefore(moved);
        }
        node.unlink();
        return inner;
    }

    private static void clean(Node node, Map<Integer, Integer> removed) {
        switch (node) {
            case Text text -> text.setLiteral(clean(text.getLiteral(), removed));
            case Code code -> code.setLiteral(clean(code.getLiteral(), removed));
            case FencedCodeBlock code -> {
                code.setLiteral(clean(code.getLiteral(), removed));
                code.setInfo(clean(code.getInfo(), removed));
            }
            case IndentedCodeBlock code -> code.setLiteral(clean(code.getLiteral(), removed));
            case HtmlInline html -> html.setLiteral(clean(html.getLiteral(), removed));
            case HtmlBlock html -> html.setLiteral(clean(html.getLiteral(), removed));
            case Link link -> {
                link.setDestination(clean(link.getDestination(), removed));
                link.setTitle(clean(link.getTitle(), removed));
            }
            case Image image -> {
                image.setDestination(clean(image.getDestination(), removed));
                image.setTitle(clean(image.getTitle(), removed));
            }
            default -> { }
        }
    }

    private static String clean(String text, Map<Integer, Integer> removed) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!TextCleaner.isDocumentCharacter(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed.merge(cp, 1, Integer::sum);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }
}
