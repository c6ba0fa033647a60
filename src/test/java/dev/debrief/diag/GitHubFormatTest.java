package dev.debrief.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The github format is read back the way the GitHub Actions runner reads a workflow command
 * (actions/runner, ActionCommand.TryParseV2): the command up to the first {@code ::} after the leading one,
 * properties split at commas and then at the first {@code =}, values unescaped in the runner's order.
 */
class GitHubFormatTest {
    /** A workflow command as the runner understands it. */
    record Parsed(String command, Map<String, String> properties, String data) {}

    static Parsed parse(String line) {
        String message = line.stripLeading();
        if (!message.startsWith("::")) {
            throw new AssertionError("not a workflow command: " + line);
        }
        int end = message.indexOf("::", 2);
        String info = message.substring(2, end);
        int space = info.indexOf(' ');
        String command = space < 0 ? info : info.substring(0, space);
        Map<String, String> properties = new LinkedHashMap<>();
        if (space > 0) {
            for (String property : info.substring(space + 1).strip().split(",")) {
                if (property.isEmpty()) {
                    continue;
                }
                String[] pair = property.split("=", 2);
                if (pair.length == 2 && !pair[0].isEmpty() && !pair[1].isEmpty()) {
                    properties.put(pair[0], unescape(pair[1], true));
                }
            }
        }
        return new Parsed(command, properties, unescape(message.substring(end + 2), false));
    }

    private static String unescape(String text, boolean property) {
        String out = text.replace("%0D", "\r").replace("%0A", "\n");
        if (property) {
            out = out.replace("%3A", ":").replace("%2C", ",");
        }
        return out.replace("%25", "%");
    }

    static List<String> print(Diagnostic... diagnostics) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GitHubFormat().print(List.of(diagnostics), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void anErrorIsAnErrorCommandWithFileLineColumnAndTheRuleAsTitle() {
        Diagnostic d = Diagnostic.error("unknown-key", new Location(Path.of("incidents/a.yaml"), 8, 3), "rootcause",
                "unknown key `rootcause`").withHint("did you mean `root_cause`?");
        assertEquals(List.of("::error file=incidents/a.yaml,line=8,col=3,title=unknown-key::unknown key `rootcause`"
                + " (did you mean `root_cause`?)"), print(d));
    }

    @Test
    void warningsAreWarningsAndInformationIsANotice() {
        Location at = new Location(Path.of("a.yaml"), 1, 1);
        List<String> lines = print(Diagnostic.warning("blame", at, "", "w"),
                Diagnostic.warning("blame", at, "", "i").withSeverity(Diagnostic.Severity.INFO));
        assertEquals("warning", parse(lines.get(0)).command());
        assertEquals("notice", parse(lines.get(1)).command());
    }

    @Test
    void whatTheRunnerReadsIsExactlyWhatWasMeant() {
        String file = "in: cidents, 100%/a%0A.yaml";
        String message = "50% of `a, b`: c::d %25 %0A\r\nnext";
        Diagnostic d = new Diagnostic(Diagnostic.Severity.ERROR, "rule:with,odd%chars",
                new Location(Path.of(file), 12, 7), "", message, java.util.Optional.empty());
        List<String> lines = print(d);
        assertEquals(1, lines.size(), "one line per finding, whatever the message holds");
        Parsed parsed = parse(lines.get(0));
        assertEquals("error", parsed.command());
        assertEquals(Map.of("file", file, "line", "12", "col", "7", "title", "rule:with,odd%chars"),
                parsed.properties());
        assertEquals(message, parsed.data());
    }
}
