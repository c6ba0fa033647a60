package dev.debrief.load;

/** Input that does not follow the format: says where, and what was expected there. */
public final class InputException extends Exception {
    private final Location location;

    public InputException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
