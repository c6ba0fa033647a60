package dev.debrief.check;

import dev.debrief.diag.SourceMap;
import dev.debrief.load.IncidentLoader;
import dev.debrief.model.Incident;
import java.nio.file.Path;

/** A loaded incident file as the rules see it: the model, where each value was written, and the text itself. */
public record Subject(IncidentLoader.Loaded loaded, SourceText text) {
    static Subject of(IncidentLoader.Loaded loaded) {
        return new Subject(loaded, SourceText.of(loaded.sources().file(), loaded.source()));
    }

    public Incident incident() {
        return loaded.incident();
    }

    public SourceMap sources() {
        return loaded.sources();
    }

    public Path file() {
        return loaded.sources().file();
    }
}
