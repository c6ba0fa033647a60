package dev.debrief.files;

import java.nio.file.Path;

/** An output that is one of the run's own inputs (the same file, by any name): writing it would destroy it. */
public final class OutputIsInputException extends Exception {
    OutputIsInputException(Path output, Path input) {
        super("cannot write " + output + ": it is " + (output.equals(input) ? "an input file" : "the input file " + input)
                + "; choose another output");
    }
}
