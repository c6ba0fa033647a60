package dev.debrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;

/**
 * What a command takes from its surroundings besides arguments: standard input, the clock and zone (today's
 * date, the time zone of a new file), and how it watches files for changes. Tests give their own.
 */
record Environment(InputStream stdin, Clock clock, Watching watching) {
    static Environment system() {
        return new Environment(System.in, Clock.systemDefaultZone(), FileChanges::new);
    }

    /** Starts watching some files, and everything inside some folders. */
    @FunctionalInterface
    interface Watching {
        Changes watch(Collection<Path> files, Collection<Path> folders) throws IOException;
    }
}
