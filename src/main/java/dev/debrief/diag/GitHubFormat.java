package dev.debrief.diag;

import java.io.PrintStream;
import java.util.List;

/**
 * GitHub Actions workflow commands, one line per finding:
 * {@code ::error file=F,line=L,col=C,title=RULE::MESSAGE}. Warnings are {@code ::warning}, information
 * {@code ::notice}. Values are escaped as the runner unescapes them: in the message {@code %}, carriage return
 * and line feed; in properties also {@code :} and {@code ,}, which would otherwise end the property.
 */
public record GitHubFormat() implements DiagnosticFormat {
    @Override
    public void print(List<Diagnostic> diagnostics, PrintStream out) {
        diagnostics.forEach(d -> out.println(command(d)));
    }

    static String command(Diagnostic d) {
        String kind = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        Location at = d.location();
        return "::" + kind + " file=" + property(at.file().toString()) + ",line=" + at.line() + ",col=" + at.column()
                + ",title=" + property(d.rule()) + "::" + data(d.text());
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
