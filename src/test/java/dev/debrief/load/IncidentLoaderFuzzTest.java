package dev.debrief.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.debrief.diag.InvalidInputException;
import java.nio.file.Path;

/**
 * Any bytes either load or are refused with diagnostics: any other exception or error is a bug. Without
 * JAZZER_FUZZ this replays the seeds and past findings in IncidentLoaderFuzzTestInputs/; see docs/security.md.
 */
class IncidentLoaderFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void loadsOrRefusesWithDiagnostics(byte[] input) {
        try {
            IncidentLoader.parse(Path.of("fuzz.yaml"), input);
        } catch (InvalidInputException refused) {
            if (refused.errors().isEmpty()) {
                throw new AssertionError("refused without an error: " + refused.diagnostics());
            }
        }
    }
}
