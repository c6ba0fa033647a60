package dev.debrief.load;

import dev.debrief.diag.Diagnostic;

/** A problem that stops the reading of one value; the reader records it and goes on with the next. */
final class InputException extends Exception {
    private final transient Diagnostic diagnostic;

    InputException(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
