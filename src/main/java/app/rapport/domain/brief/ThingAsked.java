package app.rapport.domain.brief;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thing an ask names without "the": "dash cams" in "asked about lead times for dash cams for the
 * whole fleet", "rugged tablets" in "wanted prices on rugged tablets". A demo booked for that ask is
 * the demo of the dash cams, said as such, not only inside a quote of the log.
 */
final class ThingAsked {
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(?:lead times?|prices?|pricing|costs?|a quote|quotes?|a demo|demos?|details|availability|delivery times?|a trial|a price)"
                    + "\\s+(?:for|of|on)\\s+(?:the\\s+|their\\s+|our\\s+|some\\s+|a\\s+|an\\s+)?"
                    + "([\\p{L}][\\p{L}-]*(?:\\s+[\\p{L}][\\p{L}-]*){0,3}?)"
                    + "(?=\\s+(?:for|to|with|in|on|at|before|after|and|by|from|so|as|next|this)\\b|\\s*[.,;:!?\u2014\u2013-]|\\s*$)",
            Pattern.CASE_INSENSITIVE);
    /** Words that are no thing of ours: "prices for everyone", "details for them". */
    private static final Set<String> NOT_A_THING = Set.of("it", "them", "this", "that", "everyone", "all", "us", "you", "him", "her",
            "next", "later", "now", "both", "each", "one", "more", "less", "whole", "entire");

    private ThingAsked() {
    }

    /** "the dash cams", or null when the words name nothing after a price, a quote, a demo or a lead time. */
    static String in(String words) {
        if (words == null) {
            return null;
        }
        Matcher m = ABOUT.matcher(words);
        while (m.find()) {
            String thing = m.group(1).strip();
            String first = thing.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (NOT_A_THING.contains(first) || Character.isDigit(thing.charAt(0))) {
                continue;
            }
            return "the " + thing;
        }
        return null;
    }
}
