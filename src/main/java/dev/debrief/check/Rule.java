package dev.debrief.check;

import dev.debrief.diag.Diagnostic.Severity;
import java.util.List;

/**
 * One check, as data: a stable id a user can switch off or search for, the set it belongs to, how much its
 * findings matter unless configured otherwise, what it looks for, and the check itself.
 */
public record Rule(String id, RuleSet set, Severity severity, String description, Check check) {

    /** What a rule looks at: one file at a time, or every file of a run together. */
    public sealed interface Check permits EachFile, AcrossFiles {}

    /** A check of one incident file. */
    @FunctionalInterface
    public non-sealed interface EachFile extends Check {
        void check(Subject subject, Context context, Findings findings);
    }

    /** A check of all the files given to one command, such as two files with one id. */
    @FunctionalInterface
    public non-sealed interface AcrossFiles extends Check {
        void check(List<Subject> subjects, Findings.PerSubject findings);
    }
}
