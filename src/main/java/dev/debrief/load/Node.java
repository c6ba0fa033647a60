package dev.debrief.load;

import dev.debrief.diag.Location;
import java.util.List;
import java.util.Map;

/** A YAML value with the place it was written, so every input error can point at it. */
sealed interface Node {
    Location location();

    /** What a person would call this kind of value, for error messages. */
    String kind();

    /**
     * A scalar, kept as the text the person wrote: YAML 1.1 would turn {@code 14:05} into a number and
     * {@code no} into a boolean, and the binder decides what was meant from the field.
     */
    record Scalar(String text, boolean isNull, Location location) implements Node {
        @Override
        public String kind() {
            return "a value";
        }
    }

    /** A mapping; keys in the order written, each with its own location. */
    record Mapping(Map<String, Entry> entries, Location location) implements Node {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Entry(String key, Location keyLocation, Node value) {}

    record Sequence(List<Node> items, Location location) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }
}
