package dev.debrief.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps links to ids of other documents. The engine drops a link to {@code #id} when no element of the
 * document has that id; a document that is one part of a pack links to the others' pages, so such a link is
 * rewritten to {@link LaidOutDocument#OUTSIDE_LINK}{@code id}, which the engine keeps as it is, for the step
 * that joins the parts to point at the right page.
 */
final class OutsideLinks {
    private OutsideLinks() {}

    static void mark(Document page) {
        Set<String> ids = new HashSet<>();
        List<Element> links = new ArrayList<>();
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                ids.add(element.getAttribute("id"));
            }
            if (element.getLocalName() != null && element.getLocalName().equals("a")
                    && element.getAttribute("href").startsWith("#")) {
                links.add(element);
            }
        }
        for (Element link : links) {
            String id = link.getAttribute("href").substring(1);
            if (!id.isEmpty() && !ids.contains(id)) {
                link.setAttribute("href", LaidOutDocument.OUTSIDE_LINK + id);
            }
        }
    }
}
