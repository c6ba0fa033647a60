package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.debrief.Pdfs;
import dev.debrief.TestIncidents;
import dev.debrief.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Render warnings name items as the file numbers them, even when redaction has removed the items before them. */
class RedactedWarningsTest {
    @Test
    void warningsAfterRedactionNameTheItemsAsTheFileNumbersThem() throws Exception {
        Pdfs.Rendered rendered = Pdfs.renderText(TestIncidents.CORE + """
                audience: external
                timeline:
                  - {time: "14:00", type: detection, event: Internal alert fires, internal: true}
                  - {time: "14:30", type: mitigation, event: "Private \\uE000 use"}
                images:
                  - {url: "https://example.com/internal.png", caption: Internal, internal: true}
                  - {url: "https://example.com/graph.png", caption: Error rate}
                """);
        List<String> where = rendered.warnings().stream()
                .map(d -> d.rule() + " " + d.path() + " " + d.location().line() + ":" + d.location().column())
                .toList();
        assertEquals(List.of("missing-glyph timeline[2].event 11:46", "remote-image images[2] 14:11"), where);
        assertEquals(List.of(Diagnostic.Severity.WARNING, Diagnostic.Severity.WARNING),
                rendered.warnings().stream().map(Diagnostic::severity).toList());
    }
}
