package dev.debrief.load;

/** Something in the input that renders, but not as the author may expect. */
public record Warning(String where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
