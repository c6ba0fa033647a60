package dev.debrief.render;

import java.nio.file.Path;

/** Lets tests in other packages make a copy of the templates folder. */
public final class EscapingTestAccess {
    private EscapingTestAccess() {}

    public static Path copyTemplates(Path dir) throws Exception {
        return EscapingTest.copyTemplates(dir);
    }
}
