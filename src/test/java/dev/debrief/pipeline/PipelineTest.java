package dev.debrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.debrief.TestIncidents;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Audience;
import dev.debrief.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    static final String WITH_OWNER = TestIncidents.CORE + "tasks: [{task: Fix, owner: Alice}]\n";

    @Test
    void aPipelineToTheReportAppliesTheAudienceAskedFor(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("incident.yaml");
        Files.writeString(file, WITH_OWNER);
        Pipeline pipeline = Pipeline.toReport(Optional.of(Audience.EXTERNAL));
        Report report = pipeline.report(pipeline.load(file));
        assertEquals(Audience.EXTERNAL, report.audience());
        assertTrue(report.incident().tasks().get(0).owner().isEmpty());
    }

    @Test
    void withoutAnAudienceTheFileDecides(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("incident.yaml");
        Files.writeString(file, WITH_OWNER);
        Pipeline pipeline = Pipeline.toReport(Optional.empty());
        assertEquals(Audience.INTERNAL, pipeline.report(pipeline.load(file)).audience());
        Files.writeString(file, WITH_OWNER + "audience: external\n");
        assertEquals(Audience.EXTERNAL, pipeline.report(pipeline.load(file)).audience());
    }

    @Test
    void aPipelineToTheReportCannotRender() throws Exception {
        Pipeline pipeline = Pipeline.toReport(Optional.empty());
        IncidentLoader.Loaded loaded = IncidentLoader.parse(Path.of("t.yaml"), TestIncidents.CORE);
        assertThrows(IllegalStateException.class, () -> pipeline.render(loaded));
    }
}
