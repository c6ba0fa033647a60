package dev.debrief.check;

import dev.debrief.diag.Diagnostic;
import dev.debrief.diag.Location;
import dev.debrief.diag.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # debrief-disable RULE[, RULE...]} comments of a file, and what each one silences:
 * <ul>
 *   <li>in the comments at the top of the file, before its first key: the whole file;</li>
 *   <li>at the end of a line: that line;</li>
 *   <li>alone on a line further down: the next line that is not blank or a comment.</li>
 * </ul>
 * A finding stands on the line of its position, and also on the line where its field's key and value are
 * written, so a comment after {@code root_cause: |} covers the whole block under it. Without rule ids the
 * comment silences every rule; text after {@code --} is a reason, for the reader.
 */
final class InlineDisables {
    private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#\\s*debrief-disable(?![\\w-])(.*)$");
    private static final Pattern COMMENT_LINE = Pattern.compile("\\s*(?:#.*)?");
    /** Stands for "every rule". */
    private static final String ALL = "*";

    private final Set<String> wholeFile = new HashSet<>();
    private final Map<Integer, Set<String>> byLine = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private InlineDisables() {}

    static InlineDisables of(SourceText text) {
        InlineDisables disables = new InlineDisables();
        boolean header = true;
        for (int n = 1; n <= text.lineCount(); n++) {
            String line = text.line(n);
            boolean commentOnly = COMMENT_LINE.matcher(line).matches() || line.strip().equals("---");
            header &= commentOnly;
            Matcher m = COMMENT.matcher(line);
            if (!m.find()) {
                continue;
            }
            Set<String> ids = disables.ids(text, n, m);
            if (header) {
                disables.wholeFile.addAll(ids);
            } else if (!commentOnly) {
                disables.byLine.computeIfAbsent(n, k -> new HashSet<>()).addAll(ids);
            } else {
                int next = n + 1;
                while (next <= text.lineCount() && COMMENT_LINE.matcher(text.line(next)).matches()) {
                    next++;
                }
                disables.byLine.computeIfAbsent(next, k -> new HashSet<>()).addAll(ids);
            }
        }
        return disables;
    }

    /** The rule ids a comment names; an id that is no rule is reported where it is written. */
    private Set<String> ids(SourceText text, int line, Matcher m) {
        String rest = m.group(1);
        int reason = rest.indexOf("--");
        String list = reason < 0 ? rest : rest.substring(0, reason);
        Set<String> ids = new HashSet<>();
        Matcher word = Pattern.compile("[^\\s,]+").matcher(list);
        while (word.find()) {
            String id = word.group();
            if (Rules.find(id).isPresent()) {
                ids.add(id);
            } else {
                String full = text.line(line);
                int column = full.codePointCount(0, m.start(1) + word.start()) + 1;
                problems.add(Diagnostic.error(SettingsFile.RULE, new Location(text.file(), line, column), "",
                        "unknown rule " + Quote.of(id) + " in a debrief-disable comment")
                        .withHint(Rules.closest(id).map(r -> "did you mean `" + r + "`?")
                                .orElse("`debrief lint --help` lists the rules")));
            }
        }
        if (list.isBlank()) {
            ids.add(ALL);
        }
        return ids;
    }

    /** Whether {@code rule} is silenced on any of {@code lines}. */
    boolean silences(String rule, int... lines) {
        if (wholeFile.contains(rule) || wholeFile.contains(ALL)) {
            return true;
        }
        for (int line : lines) {
            Set<String> ids = byLine.get(line);
            if (ids != null && (ids.contains(rule) || ids.contains(ALL))) {
                return true;
            }
        }
        return false;
    }

    /** Comments that name rules that do not exist. */
    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }
}
