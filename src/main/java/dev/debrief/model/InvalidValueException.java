package dev.debrief.model;

/** A value a person typed (a period, a list of severities) that cannot be read; the message says what was expected. */
public final class InvalidValueException extends Exception {
    public InvalidValueException(String message) {
        super(message);
    }
}
