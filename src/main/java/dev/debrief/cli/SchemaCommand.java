package dev.debrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;

/** {@code debrief schema}: prints the JSON Schema of the incident format, as shipped inside the tool. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Print the JSON Schema (draft 2020-12) of the incident format, for editors and other tools.",
        footerHeading = "%nExample:%n",
        footer = {"  debrief schema > .vscode/incident-v1.schema.json",
                  "  then, in .vscode/settings.json: \"yaml.schemas\": {\"./.vscode/incident-v1.schema.json\": \"incidents/*.yaml\"}"})
final class SchemaCommand extends DebriefCommand {
    /** Where the build puts schema/incident-v1.schema.json inside the jar. */
    static final String RESOURCE = "/dev/debrief/schema/incident-v1.schema.json";

    @Override
    int run() throws IOException {
        console.out().write(schema());
        console.out().flush();
        return ExitCode.OK;
    }

    static byte[] schema() {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema is missing from this build (" + RESOURCE + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
