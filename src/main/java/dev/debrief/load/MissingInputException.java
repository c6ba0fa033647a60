package dev.debrief.load;

import java.util.List;

/** Inputs that select no file: each problem names the input as it was written and what is wrong with it. */
public final class MissingInputException extends Exception {
    private final List<String> problems;

    public MissingInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
