package dev.debrief.diag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One JSON document for the whole run, for bots; the shape is documented in docs/authoring.md and only ever
 * grows:
 *
 * <pre>{@code
 * {"version": 1,
 *  "diagnostics": [{"file": "a.yaml", "line": 3, "column": 5, "severity": "error", "rule": "unknown-key",
 *                   "path": "timeline[2].tpye", "message": "unknown key `tpye` in timeline[2]",
 *                   "hint": "did you mean `type`?"}],
 *  "counts": {"error": 1, "warning": 0, "info": 0}}
 * }</pre>
 *
 * {@code path} is {@code ""} for the file as a whole and {@code hint} is {@code null} when there is none.
 */
public record JsonFormat() implements DiagnosticFormat {
    /** Raised when the shape changes in a way a reader must know about; adding fields does not raise it. */
    public static final int VERSION = 1;

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void print(List<Diagnostic> diagnostics, PrintStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                json.writeStartObject();
                json.writeStringField("file", d.location().file().toString());
                json.writeNumberField("line", d.location().line());
                json.writeNumberField("column", d.location().column());
                json.writeStringField("severity", d.severity().word());
                json.writeStringField("rule", d.rule());
                json.writeStringField("path", d.path());
                json.writeStringField("message", d.message());
                json.writeStringField("hint", d.hint().orElse(null));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("counts");
            for (Diagnostic.Severity severity : Diagnostic.Severity.values()) {
                json.writeNumberField(severity.word(), diagnostics.stream().filter(d -> d.severity() == severity).count());
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
