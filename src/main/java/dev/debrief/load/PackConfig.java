package dev.debrief.load;

import dev.debrief.model.Audience;
import dev.debrief.model.Period;
import dev.debrief.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a pack config file ({@code --config pack.yaml}) says; each part is empty when the file leaves it out.
 *
 * @param file the config file, as it was named
 * @param inputs the incident files its {@code inputs} select, already expanded (relative to the config file's
 *     folder), in order and each once
 * @param severities the severities to keep; empty keeps all
 */
public record PackConfig(Path file, Optional<String> title, Optional<Period> period, List<Path> inputs,
        Set<Severity> severities, Set<String> excludedCategories, Optional<Audience> audience) {
    public PackConfig {
        inputs = List.copyOf(inputs);
        severities = Set.copyOf(severities);
        excludedCategories = Set.copyOf(excludedCategories);
    }
}
