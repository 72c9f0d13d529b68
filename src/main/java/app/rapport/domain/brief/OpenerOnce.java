package app.rapport.domain.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The opener is said first, so a talking point that only asks it again is said twice: "it's been six
 * months since your bond-repair treatment: would you like me to find you a time for the next one?",
 * then "They last bought the bond-repair treatment about six months ago: ask whether it is time for
 * the next one". A point whose own words are all in the opener gives way to it; one that adds
 * something ("ask how it is used, and by whom") stays, and so does the only point a brief has.
 */
final class OpenerOnce {
    /** Words that frame a line for the reader of the brief, or name when, rather than what is said. */
    private static final Set<String> FRAMING = Set.of("they", "bought", "got", "get", "renewed", "renew", "last", "ago", "about",
            "ask", "whether", "everything", "need", "needs", "doing", "does", "do", "lately", "since", "been", "was", "were", "now",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    /** Fewer own words than this say too little to be the same question. */
    private static final int MIN_WORDS = 3;

    private OpenerOnce() {
    }

    static List<BriefLine> points(List<BriefLine> points, BriefLine opener, List<Brief.Dropped> dropped) {
        if (opener == null || points.size() < 2) {
            return points;
        }
        Set<String> said = words(opener.text());
        List<BriefLine> kept = new ArrayList<>(points.size());
        List<BriefLine> again = new ArrayList<>();
        for (BriefLine point : points) {
            Set<String> own = words(point.text());
            (own.size() >= MIN_WORDS && said.containsAll(own) ? again : kept).add(point);
        }
        if (kept.isEmpty()) {
            return points;
        }
        for (BriefLine point : again) {
            dropped.add(new Brief.Dropped(point.text(), point.rule(), "the opener already asks it"));
        }
        return kept;
    }

    /** The point's own words are all in the opener: it asks the opener's question again. */
    static boolean asksAgain(BriefLine point, BriefLine opener) {
        Set<String> own = words(point.text());
        return own.size() >= MIN_WORDS && words(opener.text()).containsAll(own);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() < 2 || BriefEngine.SMALL_WORDS.contains(word) || FRAMING.contains(word)) {
                continue;
            }
            words.add(BriefEngine.stem(word));
        }
        return words;
    }
}
