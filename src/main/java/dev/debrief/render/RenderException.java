package dev.debrief.render;

/** A document that could not be rendered: a broken template, a failing engine, an unwritable stream. */
public final class RenderException extends Exception {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
