package app.rapport.domain.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The opener is said first, so a talking point that only asks it again is said twice: "it's been six
 * months since your bond-repair treatment: would you like me to find you a time for the next one?",
 * then "They last bought the bond-repair treatment about six months ago: ask whether it is time for
 * the next one". A point whose own words are all in the opener gives way to it, and so does one that
 * asks the opener's question in other words ("how is it going?" in the opener, "ask how the microwave
 * has been so far, and listen" as a point); one that adds something ("and whether anything about it is
 * still unclear") stays. Even the only point gives way: a brief whose opener says it all has nothing more
 * to talk about, and says so, rather than saying it twice.
 */
final class OpenerOnce {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Words that frame a line for the reader of the brief, or name when, rather than what is said. */
    private static final Set<String> FRAMING = Set.of("they", "bought", "got", "get", "renewed", "renew", "last", "ago", "about",
            "ask", "whether", "everything", "need", "needs", "doing", "does", "do", "lately", "since", "been", "was", "were", "now",
            "listen", "far", "started", "start", "took", "nothing", "says", "under", "way",
            "week", "weeks", "month", "months", "year", "years",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    /** Fewer own words than this say too little to be the same question. */
    private static final int MIN_WORDS = 3;

    /**
     * The questions an opener asks that a point may ask again in other words: how it is going, whether it still does
     * what they need. Each is matched by meaning in the opener and in the point; in the point, the words that ask it
     * are then set aside, and what is left must be in the opener too.
     */
    private enum Question {
        HOW_IT_GOES("\\bhow(?:'s| is| are| has| have)? (?:it|things|you|they|that|everything|the [\\p{L} -]{1,60}?)(?:'s|'re| is| are| has| have)? "
                + "(?:going|been(?: so far| since| lately)?|getting on(?: with [\\p{L} -]{1,60})?|settling in)\\b"),
        STILL_FITS("\\b(?:(?:is )?(?:it|they) )?still (?:doing|does|do) (?:what|everything) (?:you|they) need\\b"
                + "|\\b(?:is |whether )?anything (?:is )?missing\\b"),
        /**
         * Whether it gives them what they took it for, in its many words: "is it doing what you hoped?", "is it giving you what
         * you took it for?", "ask whether it has made the difference they hoped for", "ask how it is used, by whom".
         */
        SERVES_THEM("\\b(?:is it |whether it is |it(?:'s| is) )?(?:doing|giving (?:you|them)) what (?:you|they) (?:hoped(?: for)?|took it for|needed it for)\\b"
                + "|\\b(?:whether )?it (?:has )?made the difference (?:you|they) hoped for\\b"
                + "|\\bhow it is (?:being )?used(?:, (?:and )?by whom)?"),
        /** The next visit offered: "would you like me to find you a time for the next one?", "offer the next one at a time that suits them". */
        NEXT_ONE("\\b(?:find (?:you|them) a time for|offer(?: them)?|book(?: them| you)?(?: in)?(?: for)?) the next one(?: at a time that suits (?:them|you))?\\b"
                + "|\\b(?:is it|whether it is) time for the next one\\b"),
        /** The silence owned: "that's on us" in the opener, "and that it is on us, not them" in a point. */
        OWNED("\\b(?:that )?(?:it|that)(?:'s| is) (?:on us|our (?:fault|doing))(?:, not (?:on )?(?:them|you))?");

        private final Pattern asked;
        /** The question as a clause joined on to a point that asks something else first: ", and whether anything is missing". */
        private final Pattern joined;

        Question(String regex) {
            asked = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            joined = Pattern.compile(",? (?:and|or) (?:whether |if )?(?:" + regex + ")(?=[.;]|$)", Pattern.CASE_INSENSITIVE);
        }
    }

    private OpenerOnce() {
    }

    /**
     * How something serves them, asked of the thing by name: "ask how the dispatch licence has served them this year", "ask how
     * it is used, by whom", "ask whether it still does everything they need". Two points that ask it of the same thing say it twice.
     */
    private static final Pattern SERVES = Pattern.compile(
            "\\bhow (?:the [\\p{L} -]{1,60}?|it|they|things) (?:has |have |is |are )?(?:been )?(?:served|serving|used|doing|working(?: out)?|getting on)\\b"
                    + "|\\bhow (?:they|you) use (?:it|them|the [\\p{L} -]{1,40})\\b"
                    + "|\\bwhether (?:it|they|the [\\p{L} -]{1,40}?) still (?:does|do|doing) (?:everything|what) (?:they|you) need\\b",
            Pattern.CASE_INSENSITIVE);
    /** The words of the question itself and of when: what is left names the thing asked about. */
    private static final Set<String> QUESTION_WORDS = Set.of("served", "serve", "serving", "used", "use", "using", "working", "work", "out",
            "getting", "everything", "need", "needs", "has", "have", "how", "year", "years", "month", "months", "week", "weeks", "day", "days",
            "changed", "change", "missing", "whom", "first", "time", "once", "again", "so", "this", "ago", "half");

    private static final Set<String> QUESTION_STEMS = QUESTION_WORDS.stream().map(BriefEngine::stem).collect(java.util.stream.Collectors.toSet());

    /**
     * A point that asks how a thing serves them, when an earlier point already asks it of the same thing, gives way: the call
     * asks it once. The owner's line stays over another rule's.
     */
    static List<BriefLine> servesOnce(List<BriefLine> points, List<Brief.Dropped> dropped) {
        List<BriefLine> kept = new ArrayList<>(points.size());
        for (BriefLine point : points) {
            BriefLine earlier = null;
            if (SERVES.matcher(point.text()).find()) {
                Set<String> thing = thing(point.text());
                for (BriefLine before : kept) {
                    if (SERVES.matcher(before.text()).find() && !java.util.Collections.disjoint(thing(before.text()), thing)) {
                        earlier = before;
                        break;
                    }
                }
            }
            if (earlier != null) {
                dropped.add(new Brief.Dropped(point.text(), point.rule(), "it asks again how it serves them (\u201c" + earlier.text() + "\u201d)"));
            } else {
                kept.add(point);
            }
        }
        return kept;
    }

    private static Set<String> thing(String text) {
        Set<String> thing = words(text);
        thing.removeIf(word -> QUESTION_STEMS.contains(word) || word.chars().anyMatch(Character::isDigit));
        return thing;
    }

    static List<BriefLine> points(List<BriefLine> points, BriefLine opener, List<Brief.Dropped> dropped) {
        if (opener == null || points.isEmpty()) {
            return points;
        }
        List<BriefLine> kept = new ArrayList<>(points.size());
        for (BriefLine point : points) {
            if (asksAgain(point, opener)) {
                dropped.add(new Brief.Dropped(point.text(), point.rule(), "the opener already asks it"));
            } else {
                kept.add(withoutTheOpenersQuestion(point, opener));
            }
        }
        return kept;
    }

    /**
     * The point without a clause that asks the opener's question again ("ask how it is used, by whom, and whether anything
     * is missing" after "is anything missing?"): what it adds stays, the repeat goes.
     */
    private static BriefLine withoutTheOpenersQuestion(BriefLine point, BriefLine opener) {
        String text = point.text();
        for (Question question : Question.values()) {
            if (question.asked.matcher(opener.text()).find()) {
                text = question.joined.matcher(text).replaceAll("");
            }
        }
        return text.equals(point.text()) ? point : new BriefLine(text, point.rule(), point.source(), point.because());
    }

    /** The point asks the opener's question again: its own words are all in the opener, once the question both ask is set aside. */
    static boolean asksAgain(BriefLine point, BriefLine opener) {
        Set<String> said = words(opener.text());
        Set<String> own = words(point.text());
        if (own.size() >= MIN_WORDS && said.containsAll(own)) {
            return true;
        }
        for (Question question : Question.values()) {
            if (question.asked.matcher(opener.text()).find() && question.asked.matcher(point.text()).find()) {
                Set<String> rest = words(question.asked.matcher(point.text()).replaceAll(" "));
                if (said.containsAll(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() < 2 || BriefEngine.SMALL_WORDS.contains(word) || FRAMING.contains(word)) {
                continue;
            }
            words.add(BriefEngine.stem(word));
        }
        return words;
    }
}
