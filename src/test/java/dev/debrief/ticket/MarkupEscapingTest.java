package dev.debrief.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile user text in each ticket format: the exact escaped form, and properties that must hold for every case
 * (Markdown parses back to the same words and nothing but text; Jira and Slack keep no live markup character).
 * In the expectations, {z} stands for a zero-width space.
 */
class MarkupEscapingTest {
    private static final Markup MARKDOWN = SummaryFormat.MARKDOWN.markup();
    private static final Markup JIRA = SummaryFormat.JIRA.markup();
    private static final Markup SLACK = SummaryFormat.SLACK.markup();
    private static final Markup TEXT = SummaryFormat.TEXT.markup();
    private static final String ZWSP = "\u200B";

    /** name, input, Markdown, Jira, Slack. */
    static Stream<Arguments> hostile() {
        return Stream.of(
            Arguments.of("emphasis", "**b** _i_ ~s~ ^u^ +p+ -d-",
                "\\*\\*b\\*\\* \\_i\\_ \\~s\\~ ^u^ \\+p\\+ -d-",
                "\\*\\*b\\*\\* \\_i\\_ \\~s\\~ \\^u\\^ \\+p\\+ \\-d\\-",
                "{z}*{z}{z}*{z}b{z}*{z}{z}*{z} {z}_{z}i{z}_{z} {z}~{z}s{z}~{z} ^u^ +p+ -d-"),
            Arguments.of("code", "`rm -rf` ```x```",
                "\\`rm -rf\\` \\`\\`\\`x\\`\\`\\`",
                "`rm \\-rf` ```x```",
                "{z}`{z}rm -rf{z}`{z} {z}`{z}{z}`{z}{z}`{z}x{z}`{z}{z}`{z}{z}`{z}"),
            Arguments.of("html", "<img src=x onerror=alert(1)><script>",
                "\\<img src=x onerror=alert\\(1\\)\\>\\<script\\>",
                "<img src=x onerror=alert(1)><script>",
                "&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;"),
            Arguments.of("markdown link and image", "[click](https://evil.example) ![i](x.png)",
                "\\[click\\]\\(https://evil.example\\) \\!\\[i\\]\\(x.png\\)",
                "\\[click\\](https://evil.example) \\!\\[i\\](x.png)",
                "[click](https://evil.example) ![i](x.png)"),
            Arguments.of("mentions", "@here @channel @org/team a@b.c",
                "@&#8203;here @&#8203;channel @&#8203;org/team a@&#8203;b.c",
                "@here @channel @org/team a@b.c",
                "@{z}here @{z}channel @{z}org/team a@{z}b.c"),
            Arguments.of("slack control sequences", "<!channel> <@U123> <#C1|gen> <https://evil.example|Click>",
                "\\<\\!channel\\> \\<@&#8203;U123\\> \\<\\#C1\\|gen\\> \\<https://evil.example\\|Click\\>",
                "<\\!channel> <@U123> <\\#C1\\|gen> <https://evil.example\\|Click>",
                "&lt;!channel&gt; &lt;@{z}U123&gt; &lt;#C1|gen&gt; &lt;https://evil.example|Click&gt;"),
            Arguments.of("jira macros, links, mentions, images",
                "{noformat}x{noformat} {color:red}y{color} [~admin] [a|https://evil.example] !pic.png! ??c?? ----",
                "\\{noformat\\}x\\{noformat\\} \\{color:red\\}y\\{color\\} \\[\\~admin\\] "
                    + "\\[a\\|https://evil.example\\] \\!pic.png\\! ??c?? ----",
                "\\{noformat\\}x\\{noformat\\} \\{color:red\\}y\\{color\\} \\[\\~admin\\] "
                    + "\\[a\\|https://evil.example\\] \\!pic.png\\! \\?\\?c\\?\\? \\-\\-\\-\\-",
                "{noformat}x{noformat} {color:red}y{color} [{z}~{z}admin] [a|https://evil.example] !pic.png! ??c?? ----"),
            Arguments.of("heading at the start", "# Heading", "\\# Heading", "\\# Heading", "# Heading"),
            Arguments.of("list at the start", "- item", "\\- item", "\\- item", "- item"),
            Arguments.of("ordered list at the start", "12) item", "12\\) item", "12) item", "12) item"),
            Arguments.of("quote at the start", "> quote", "\\> quote", "> quote", "&gt; quote"),
            Arguments.of("jira heading at the start", "h1. Big", "h1. Big", "h1\\. Big", "h1. Big"),
            Arguments.of("entities", "&amp; &#64;x &lt;",
                "\\&amp; \\&\\#&#8203;64;x \\&lt;",
                "&amp;amp; &amp;\\#64;x &amp;lt;",
                "&amp;amp; &amp;#64;x &amp;lt;"),
            Arguments.of("backslashes", "C:\\temp\\ \\\\ \\*",
                "C:\\\\temp\\\\ \\\\\\\\ \\\\\\*",
                "C:&#92;temp&#92; &#92;&#92; &#92;\\*",
                "C:\\temp\\ \\\\ \\{z}*{z}"),
            Arguments.of("control and reordering characters", "a\u0007b\u001bc\u202Ed\u2066e\u200Ff",
                "abcde\u200Ff", "abcde\u200Ff", "abcde\u200Ff"),
            Arguments.of("line breaks", "one\n\n# two\n- three\r\nfour",
                "one \\# two - three four", "one \\# two \\- three four", "one # two - three four"),
            Arguments.of("math", "$x$ $$y$$ $5",
                "\\$x\\$ \\$\\$y\\$\\$ \\$&#8203;5", "$x$ $$y$$ $5", "$x$ $$y$$ $5"),
            Arguments.of("table", "a | b || c", "a \\| b \\|\\| c", "a \\| b \\|\\| c", "a | b || c"),
            Arguments.of("references", "#12 org/repo#3 !4 &5 GH-6",
                "\\#&#8203;12 org/repo\\#&#8203;3 \\!&#8203;4 \\&&#8203;5 GH-6",
                "\\#12 org/repo\\#3 \\!4 &5 GH\\-6",
                "#12 org/repo#3 !4 &amp;5 GH-6"),
            Arguments.of("other scripts and emoji", "Ünïcødé 事故 🔥", "Ünïcødé 事故 🔥", "Ünïcødé 事故 🔥",
                "Ünïcødé 事故 🔥"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void markdownEscapesExactly(String name, String input, String markdown, String jira, String slack) {
        assertEquals(markdown, MARKDOWN.text(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void jiraEscapesExactly(String name, String input, String markdown, String jira, String slack) {
        assertEquals(jira, JIRA.text(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void slackEscapesExactly(String name, String input, String markdown, String jira, String slack) {
        assertEquals(slack.replace("{z}", ZWSP), SLACK.text(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void plainTextIsOneCleanLine(String name, String input) {
        String text = TEXT.text(input);
        assertEquals(Line.of(input), text);
        assertTrue(text.codePoints().noneMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)), text);
    }

    /** A Markdown parser reads the escaped text back as the same words, as plain text, wherever we place it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void markdownParsesBackToTheSameWordsAndNothingButText(String name, String input) {
        String escaped = MARKDOWN.text(input);
        for (String placed : List.of("### " + escaped, "- " + escaped, "**Label:** " + escaped, escaped)) {
            Node document = Parser.builder().build().parse(placed);
            List<String> kinds = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            document.accept(new AbstractVisitor() {
                @Override
                protected void visitChildren(Node parent) {
                    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                        kinds.add(child.getClass().getSimpleName());
                        if (child instanceof Text t) {
                            text.append(t.getLiteral());
                        }
                        visitChildren(child);
                    }
                }
            });
            Set<String> allowed = Set.of(Document.class, Paragraph.class, Heading.class, BulletList.class,
                    ListItem.class, StrongEmphasis.class, Text.class).stream().map(Class::getSimpleName)
                    .collect(java.util.stream.Collectors.toSet());
            assertTrue(allowed.containsAll(kinds), placed + " parsed into " + kinds);
            assertTrue(text.toString().replace(ZWSP, "").endsWith(Line.of(input)), placed + " reads " + text);
        }
    }

    /** Every Jira markup character is escaped, and every backslash escapes one (our entities aside). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void jiraKeepsNoLiveMarkupCharacter(String name, String input) {
        String escaped = JIRA.text(input).replace("&#92;", "&bsol;");
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if ("*_-+^~{}[]|!#".indexOf(c) >= 0) {
                assertTrue(i > 0 && escaped.charAt(i - 1) == '\\', "unescaped " + c + " in " + escaped);
            }
            if (c == '\\') {
                assertTrue(i + 1 < escaped.length() && "*_-+^~{}[]|!#?.".indexOf(escaped.charAt(i + 1)) >= 0,
                        "a backslash that escapes nothing in " + escaped);
                i++;
            }
        }
    }

    /** Slack never sees an angle bracket, a live formatting character or an @ that could ping. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void slackKeepsNoControlSequenceFormattingOrPing(String name, String input) {
        String escaped = SLACK.text(input);
        assertFalse(escaped.contains("<") || escaped.contains(">"), escaped);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if ("*_~`".indexOf(c) >= 0) {
                assertTrue(i > 0 && escaped.charAt(i - 1) == '\u200B' && i + 1 < escaped.length()
                        && escaped.charAt(i + 1) == '\u200B', "live " + c + " in " + escaped);
            }
            if (c == '@' && i + 1 < escaped.length()) {
                assertFalse(Character.isLetterOrDigit(escaped.charAt(i + 1)), "a ping in " + escaped);
            }
        }
    }
}
