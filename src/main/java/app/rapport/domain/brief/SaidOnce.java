package app.rapport.domain.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One subject is said once: a thing asked, a review, a chase. Two rules may name the same thing of
 * the client's record through different facts ("they asked to be on the cancellation list for
 * Thursday" and "they asked to go on our cancellation list for Thursday"; "the review they left us"
 * from the visit and from the referral record), so lines are compared by what their facts say, not
 * by which fact they came from. The subject of a line is the words its facts put into it, leaving
 * out when things were and who the client is; a fact that says only when ("the review they left us
 * ({reviewedWhen})") lends the line's own words instead.
 */
final class SaidOnce {
    /** Where one clause of a line ends and the next begins (", or ", "; "), and what is not a letter: each compiled once. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(", or |; ");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern DAY = Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}\\b");
    /** Words that say when, not what: two lines about different things may share them. */
    private static final Set<String> TIME_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "ago", "week", "weeks", "month", "months", "year", "years", "day", "days",
            "today", "yesterday", "tomorrow", "last", "over", "almost", "nearly", "just", "few", "couple", "since", "earlier", "lately",
            "recently", "before", "after", "then", "now", "next");

    private SaidOnce() {
    }

    /**
     * What a line filled from {@code template} is about: the words its facts put into it, stemmed, without
     * when things were or the client's own names. Empty for a line that names no fact.
     */
    static Set<String> subject(String template, Map<String, String> values, Set<String> noFact, Set<String> productOnly) {
        Set<String> names = new HashSet<>();
        for (String key : new String[] {"greeting", "name"}) {
            String name = values.get(key);
            if (name != null) {
                names.addAll(words(name, Set.of()));
            }
        }
        Set<String> subject = new HashSet<>();
        boolean dateOnlyFact = false;
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = values.get(key);
            if (value == null || noFact.contains(key) || productOnly.contains(key)) {
                continue;
            }
            Set<String> said = words(value, names);
            if (said.isEmpty()) {
                dateOnlyFact = true;
            }
            subject.addAll(said);
        }
        if (subject.isEmpty() && dateOnlyFact) {
            subject.addAll(words(PLACEHOLDER.matcher(template).replaceAll(" "), names));
        }
        if (!subject.isEmpty()) {
            // The days a line names tell one ask from another about the same thing (asked in June, asked again in November).
            String filled = BriefEngine.fill(template, values);
            Matcher day = DAY.matcher(filled == null ? "" : filled);
            while (day.find()) {
                subject.add("@" + day.group().toLowerCase(Locale.ROOT));
            }
        }
        return subject;
    }

    /**
     * Two subjects are the same thing: they share two words or more, each names at most one word the
     * other does not, and when both name days, one day at least.
     */
    static boolean same(Set<String> a, Set<String> b) {
        int wordsA = 0;
        int wordsB = 0;
        int shared = 0;
        boolean daysA = false;
        boolean daysB = false;
        boolean dayShared = false;
        for (String word : a) {
            boolean day = word.startsWith("@");
            daysA |= day;
            wordsA += day ? 0 : 1;
            shared += !day && b.contains(word) ? 1 : 0;
            dayShared |= day && b.contains(word);
        }
        for (String word : b) {
            boolean day = word.startsWith("@");
            daysB |= day;
            wordsB += day ? 0 : 1;
        }
        int smaller = Math.min(wordsA, wordsB);
        if (smaller < 2 || daysA && daysB && !dayShared) {
            return false;
        }
        // Each names at most one word the other does not: a line that adds a fact (how often they asked, what we sent)
        // says more than the other, and is no repeat.
        return shared >= 2 && wordsA - shared <= 1 && wordsB - shared <= 1;
    }

    /**
     * One subject holds the whole of the other, which names two words at least, and the other's days too: a line about the same
     * thing that says more of it ("a small rattle, November 28" inside "a small rattle, and we booked a check, November 28").
     */
    static boolean covers(Set<String> more, Set<String> less) {
        int words = 0;
        for (String word : less) {
            if (!more.contains(word)) {
                return false;
            }
            words += word.startsWith("@") ? 0 : 1;
        }
        return words >= 2;
    }

    /**
     * Avoid lines said once: a clause an earlier line already says ("Chasing it as if they owed us an
     * answer") is left out of a later one, and a line with nothing left is dropped. Clauses are parted by
     * ", or " and "; ".
     */
    static List<BriefLine> avoidOnce(List<BriefLine> avoid) {
        List<BriefLine> result = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (BriefLine line : avoid) {
            String text = line.text();
            String body = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
            List<String> kept = new ArrayList<>();
            for (String clause : CLAUSE_BREAK.split(body)) {
                if (said.add(clause.strip().toLowerCase(Locale.ROOT))) {
                    kept.add(clause.strip());
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            if (kept.size() == CLAUSE_BREAK.split(body).length) {
                result.add(line);
                continue;
            }
            String first = kept.get(0);
            String rest = String.join(", or ", kept.subList(1, kept.size()));
            String rebuilt = Character.toUpperCase(first.charAt(0)) + first.substring(1) + (rest.isEmpty() ? "" : ", or " + rest) + ".";
            result.add(new BriefLine(rebuilt, line.rule(), line.source(), line.because()));
        }
        return result;
    }

    private static Set<String> words(String text, Set<String> leaveOut) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() < 2 || BriefEngine.SMALL_WORDS.contains(word) || TIME_WORDS.contains(word) || leaveOut.contains(word)) {
                continue;
            }
            String stem = BriefEngine.stem(word);
            if (!BriefEngine.SMALL_WORDS.contains(stem)) {
                words.add(stem);
            }
        }
        return words;
    }
}
