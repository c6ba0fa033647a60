package dev.debrief.check;

import static dev.debrief.diag.Diagnostic.Severity.WARNING;

import dev.debrief.diag.Quote;
import dev.debrief.model.Incident;
import dev.debrief.model.Task;
import dev.debrief.model.TimelineEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blame-laden wording: a blameless postmortem describes what the system let happen, not who is at fault.
 * Each phrase comes with a neutral rewrite, given as the finding's hint.
 */
final class Blame {
    private Blame() {}

    static final Rule RULE = new Rule("blame", RuleSet.LINT, WARNING,
            "Blame-laden wording in a text field (\"human error\", \"should have\", \"careless\", \"fault of\", "
                    + "\"failed to\", or a person named as the cause), with a neutral rewrite.",
            (Rule.EachFile) Blame::check);

    /** A phrase to look for and how to say it instead. */
    record Phrase(Pattern pattern, String rewrite) {
        static Phrase of(String regex, String rewrite) {
            return new Phrase(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), rewrite);
        }
    }

    static final List<Phrase> PHRASES = List.of(
            Phrase.of("\\bhuman[\\s-]+errors?\\b", "name the conditions that made the slip possible, e.g. "
                    + "`the command ran against production without a confirmation step`"),
            Phrase.of("\\bshould(?:\\s+not|n['’]t)?\\s+have\\b", "say what was known at the time and what would"
                    + " make the right action easier, e.g. `the runbook did not mention the replica`"),
            Phrase.of("\\bcareless(?:ly|ness)?\\b", "describe the action and what made it easy to get wrong, e.g."
                    + " `the change was applied without review; the tool did not require one`"),
            Phrase.of("\\b(?:(?:the\\s+)?fault\\s+of|(?:his|her|their|my|our|your)\\s+fault)\\b", "name the gap"
                    + " that let it happen, e.g. `the deploy pipeline had no canary stage`"),
            Phrase.of("\\bfail(?:ed|s)?\\s+to\\b", "say what happened and why, e.g. `the alert was not acknowledged"
                    + " because the pager was silenced`"));

    /** Verbs that make their subject the cause. */
    private static final String CAUSING = "caused|broke|forgot|missed|neglected|ignored|overlooked|messed\\s+up";

    /** Words that make a name a team, a role or a system rather than a person. */
    private static final Set<String> NOT_A_PERSON = Set.of("team", "squad", "group", "crew", "department",
            "engineering", "engineers", "operations", "ops", "support", "monitoring", "system", "systems", "service",
            "bot", "on-call", "oncall", "desk", "staff", "customers", "users", "management", "security", "database",
            "network", "platform", "infrastructure", "sre", "devops", "alerting", "pager", "vendor");

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:[\\p{Ll}'’-]+|\\.)?");

    private static void check(Subject subject, Context context, Findings findings) {
        List<Phrase> phrases = new ArrayList<>(PHRASES);
        for (String person : people(subject.incident())) {
            String name = Pattern.quote(person);
            phrases.add(Phrase.of("\\b" + name + "\\s+(?:" + CAUSING + ")\\b|\\bcaused\\s+by\\s+" + name + "\\b"
                    + "|\\bbecause\\s+(?:of\\s+)?" + name + "\\b|\\b" + name + "['’]s\\s+(?:mistake|error|fault|"
                    + "oversight)\\b", "say what happened and why, not who: e.g. `the deploy ran without a canary"
                    + " stage` rather than `" + person + " caused the outage`"));
        }
        for (TextValue text : TextValues.prose(subject)) {
            for (Phrase phrase : phrases) {
                Matcher m = phrase.pattern().matcher(text.value());
                for (int occurrence = 0; m.find(); occurrence++) {
                    findings.inText(text, phrase.pattern(), occurrence, "blame-laden wording in `" + text.path() + "`: "
                            + Quote.of(m.group()), phrase.rewrite());
                }
            }
        }
    }

    /**
     * The people an incident names (authors, actors, task owners): names of one to three capitalised words,
     * none of them a word for a team or a system. Scripts without capitals are not recognised.
     */
    static Set<String> people(Incident incident) {
        Set<String> names = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>(incident.authors());
        incident.timeline().stream().map(TimelineEntry::actor).flatMap(java.util.Optional::stream).forEach(candidates::add);
        incident.tasks().stream().map(Task::owner).flatMap(java.util.Optional::stream).forEach(candidates::add);
        for (String candidate : candidates) {
            String name = candidate.strip();
            if (isPerson(name)) {
                names.add(name);
            }
        }
        return names;
    }

    static boolean isPerson(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 1 || words.length > 3 || name.isEmpty()) {
            return false;
        }
        boolean lowerCase = false;
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() || NOT_A_PERSON.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            lowerCase |= word.codePoints().anyMatch(Character::isLowerCase);
        }
        return lowerCase;
    }
}
