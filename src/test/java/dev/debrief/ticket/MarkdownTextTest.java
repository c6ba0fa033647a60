package dev.debrief.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.debrief.model.Markdown;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "**bold** and _italic_ and `code`                 | bold and italic and code",
        "see [the runbook](https://r.example/x)           | see the runbook (https://r.example/x)",
        "<https://r.example/x>                            | https://r.example/x",
        "write to [us](mailto:ops@example.com)            | write to us (ops@example.com)",
        "[harmless](javascript:alert(1)) text             | harmless text",
        "![a graph](graph.png)                            | [image: a graph]",
        "raw <b>html</b> stays text                       | raw <b>html</b> stays text",
        "'one\n\ntwo'                                     | one two",
        "'Causes:\n- a\n- b.\n- c'                        | Causes: a; b. c",
        "'# Heading\n\nbody'                              | Heading: body",
        "'# Only a heading'                               | Only a heading",
    })
    void markdownBecomesOneLineOfPlainText(String markdown, String expected) {
        assertEquals(expected, MarkdownText.paragraph(new Markdown(markdown.replace("\\n", "\n"))));
    }
}
