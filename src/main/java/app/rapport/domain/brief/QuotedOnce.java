package app.rapport.domain.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own log is read once. A talking point that quotes a contact of ours ("They were thinking over
 * the oven (July 25: “Lucy showed Hana the oven…— Thinking about it”)") while Lately shows the same
 * contact just below keeps only its date, when the line names its subject without the quote; a line
 * whose subject is only in the quote keeps it, and so does a quote of the client's own words.
 */
final class QuotedOnce {
    private static final Pattern DATED_QUOTE = Pattern.compile("\\s*\\(([^()\u201c\u201d]{3,60}?):\\s*\u201c([^\u201d]+)\u201d\\)");
    /** A line that already names a day ("set for tomorrow") reads the quote's date as another day: it is when it was said. */
    private static final Pattern NAMES_A_DAY = Pattern.compile(
            "(?i)\\b(today|tomorrow|tonight|next week|this week|on (mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    private static final Pattern NAMES_A_THING = Pattern.compile("(?i)\\b(?:the|their|your)\\s+[\\p{L}-]{3,}");

    private QuotedOnce() {
    }

    static List<BriefLine> points(List<BriefLine> points, List<Brief.Recent> lately) {
        if (lately.isEmpty()) {
            return points;
        }
        List<BriefLine> said = new ArrayList<>(points.size());
        for (BriefLine point : points) {
            said.add(once(point, lately));
        }
        return said;
    }

    private static BriefLine once(BriefLine point, List<Brief.Recent> lately) {
        String text = point.text();
        if (text.indexOf('\u201c') < 0) {
            return point;
        }
        Matcher quote = DATED_QUOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (quote.find()) {
            String before = text.substring(0, quote.start());
            if (shownIn(quote.group(2), lately) && NAMES_A_THING.matcher(before).find()) {
                String when = quote.group(1).strip();
                // "(last said, December 5: …)" says nothing once the words are gone; a date alone still places the fact.
                quote.appendReplacement(out, when.toLowerCase(Locale.ROOT).startsWith("last said") ? ""
                        : Matcher.quoteReplacement(" (" + (NAMES_A_DAY.matcher(before).find() ? "said on " : "") + when + ")"));
                changed = true;
            } else {
                quote.appendReplacement(out, Matcher.quoteReplacement(quote.group()));
            }
        }
        if (!changed) {
            return point;
        }
        quote.appendTail(out);
        return new BriefLine(out.toString(), point.rule(), point.source(), point.because());
    }

    /** The quoted words are a contact of ours Lately shows: its summary, as the quote gives it (end stops dropped, the outcome after a dash). */
    private static boolean shownIn(String quoted, List<Brief.Recent> lately) {
        String q = quoted.strip();
        for (Brief.Recent recent : lately) {
            if (!recent.what().contains(" from us")) {
                continue; // their own words are worth saying on the line itself
            }
            String summary = BriefFacts.stripEnd(recent.text());
            if (summary.length() >= 12 && (q.startsWith(summary) || summary.startsWith(q))) {
                return true;
            }
        }
        return false;
    }
}
