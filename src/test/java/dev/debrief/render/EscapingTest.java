package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.debrief.Pdfs;
import dev.debrief.load.IncidentLoader;
import dev.debrief.report.Report;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User text is always text: HTML, template syntax and Markdown-with-HTML come out literally. */
class EscapingTest {
    static final String HOSTILE = "<b>bold</b> ${7*7} <#if true>yes</#if> &amp; <script>alert(1)</script>";

    static String hostileIncident(String extra) {
        String q = "\"" + HOSTILE.replace("\"", "\\\"") + "\"";
        return """
                id: INC-ESC
                title: %1$s
                services: [%1$s]
                authors: [%1$s]
                category: %1$s
                tags: [%1$s]
                summary: %1$s
                window: {start: 2024-05-22T14:00:00Z, end: 2024-05-22T16:00:00Z}
                impact: {description: %1$s, cost: %1$s}
                detection: %1$s
                trigger: %1$s
                root_cause: "**md** <i>raw</i> [click](javascript:alert(1)) ![pic](http://example.invalid/x.png)"
                contributing_factors: [%1$s]
                resolution: %1$s
                conclusion: %1$s
                timeline:
                  - {time: '14:00', event: %1$s, actor: %1$s}
                measures: [%1$s]
                tasks:
                  - {task: %1$s, owner: %1$s, ticket: %1$s}
                lessons: {went_well: [%1$s], went_wrong: [%1$s], lucky: [%1$s]}
                """.formatted(q) + extra;
    }

    @Test
    void everyTextFieldShowsMarkupAndTemplateSyntaxLiterally() throws Exception {
        try (PDDocument pdf = Pdfs.renderText(hostileIncident("")).open()) {
            String text = Pdfs.flat(String.join(" ", Pdfs.pageTexts(pdf)));
            int literal = text.split(java.util.regex.Pattern.quote("<b>bold</b> ${7*7} <#if true>yes</#if>"), -1).length - 1;
            assertTrue(literal >= 15, "the hostile text shows literally in every field, found " + literal);
            assertTrue(text.contains("<i>raw</i>"), "raw HTML in Markdown shows as text");
            assertFalse(text.contains(" 49 "), "template syntax was evaluated");
        }
    }

    @Test
    void htmlOfThePageHoldsNoUserMarkup() throws Exception {
        String html = Pdfs.renderer().html(Report.of(IncidentLoader.parse(Path.of("t.yaml"), hostileIncident(""))
                .incident()), w -> { });
        assertFalse(html.contains("<script"), "script tag");
        assertFalse(html.contains("<b>bold"), "bold tag");
        assertFalse(html.contains("<i>raw"), "raw italic");
        assertFalse(html.contains("javascript:"), "javascript link");
        assertTrue(html.contains("<strong>md</strong>"), "Markdown itself still renders");
        assertTrue(html.contains("&lt;script&gt;"), "escaped script");
    }

    @Test
    void renderingNeverTouchesTheNetwork(@TempDir Path dir) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Path templates = copyTemplates(dir);
            Files.writeString(templates.resolve("report.css"), "@import url(\"" + url + "/import.css\");\n"
                    + "body { background-image: url(\"" + url + "/bg.png\"); }\n"
                    + Files.readString(templates.resolve("report.css")));
            Files.writeString(templates.resolve("_summary.ftlh"), "<img src=\"" + url + "/logo.png\"/>\n"
                    + Files.readString(templates.resolve("_summary.ftlh")));
            Renderer renderer = Renderer.builder().templates(templates).fonts(Pdfs.FONTS).build();
            String yaml = hostileIncident("images:\n  - {url: '" + url + "/remote.png', caption: remote}\n")
                    .replace("http://example.invalid", url);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Report report = Report.of(IncidentLoader.parse(dir.resolve("t.yaml"), yaml).incident());
            renderer.render(report, Pdfs.archive(report, List.of()), out, w -> { });
            assertTrue(out.size() > 1000);
            assertEquals(0, requests.get(), "requests made to the network");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void templatesCannotCreateJavaObjects(@TempDir Path dir) throws Exception {
        Path templates = copyTemplates(dir);
        Files.writeString(templates.resolve("_summary.ftlh"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + dir + "/pwned\")}");
        Renderer renderer = Renderer.builder().templates(templates).fonts(Pdfs.FONTS).build();
        Report report = Report.of(IncidentLoader.parse(dir.resolve("t.yaml"), hostileIncident("")).incident());
        RenderException e = assertThrows(RenderException.class, () -> renderer.render(report,
                Pdfs.archive(report, List.of()), new ByteArrayOutputStream(), w -> { }));
        assertTrue(e.getMessage().contains("template error"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("pwned")));
    }

    static Path copyTemplates(Path dir) throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        try (var files = Files.list(Pdfs.TEMPLATES)) {
            for (Path file : files.toList()) {
                Files.copy(file, templates.resolve(file.getFileName()));
            }
        }
        return templates;
    }
}
