package app.rapport.domain.brief;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What we owe, said as a thing rather than read out as our own to-do: the follow-up "Send Jonathan a
 * written quote for the capsule coffee maker" is "the written quote for the capsule coffee maker" on
 * the phone ("we promised you the written quote … by November 27"). Only a follow-up that sends them
 * something is turned into a thing; any other keeps its own words, quoted. The one reader of what a
 * follow-up of ours sends: said as the thing once late ({@link #thing}), and as the thing awaited while
 * it is still due ({@link #awaited}).
 */
final class OwedWords {
    private static final Pattern SEND = Pattern.compile(
            "(?i)^(?:please\\s+)?(?:send|e-?mail|post|mail|forward|get)\\s+(.+?)(?:\\s+(?:to|over to)\\s+([\\p{L}][\\p{L}'.&-]*(?:\\s+[\\p{L}][\\p{L}'.&-]*){0,3}))?$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:a|an|the|our|their|his|her)\\s+");
    private static final List<String> PRONOUNS = List.of("them", "him", "her", "you");

    /** "Send Freya the quote for the dishwasher": whom, then what (the words that start with an article or a thing we give). */
    private static final Pattern GIVE = Pattern.compile(
            "^\\s*(?:send|e-?mail|post|give|bring|drop off|forward|share)\\s+(?:.+?\\s+)??"
                    + "((?:the|a|an|our|their|some|pricing|prices|details|dates|times)\\b.*)$",
            Pattern.CASE_INSENSITIVE);
    /** What we give that they are waiting for: an answer, a price, a document, a code; not news or a greeting. */
    static final Pattern AWAITED = Pattern.compile(
            "\\b(quotes?|quotations?|prices?|pricing|price list|proposals?|estimates?|codes?|vouchers?|details|dates|times|slots?|samples?"
                    + "|brochures?|specs?|specifications?|answers?|information|info|figures|costs?|options|contract|agenda|links?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL_BACK = Pattern.compile("^\\s*(?:call|ring|phone)\\s+.+?\\s+back\\s+(about|on|with|regarding)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);

    private OwedWords() {
    }

    /**
     * The thing a follow-up sends them, with "the" ("the written quote for the capsule coffee maker"), or null when the
     * follow-up sends nothing or names no thing after the person.
     */
    static String thing(String reason, List<String> names) {
        if (reason == null) {
            return null;
        }
        Matcher send = SEND.matcher(reason.strip());
        if (!send.matches()) {
            return null;
        }
        String rest = send.group(1).strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean toSomeone = send.group(2) != null;
        boolean personFirst = false;
        for (String name : names) {
            String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (!n.isEmpty() && lower.startsWith(n + " ")) {
                rest = rest.substring(n.length()).strip();
                personFirst = true;
                break;
            }
        }
        if (!personFirst) {
            for (String pronoun : PRONOUNS) {
                if (lower.startsWith(pronoun + " ")) {
                    rest = rest.substring(pronoun.length()).strip();
                    personFirst = true;
                    break;
                }
            }
        }
        // "Get back to Jonathan", "Send over": no thing of theirs is named.
        if (!personFirst && !toSomeone && !ARTICLE.matcher(rest).find() || rest.isEmpty() || rest.toLowerCase(Locale.ROOT).startsWith("back")) {
            return null;
        }
        rest = ARTICLE.matcher(rest).replaceFirst("");
        // "The referral discount code", said unquoted, would read as asking them for a referral: those keep their own words.
        if (rest.isEmpty() || LineIntent.guess(rest).promotes()) {
            return null;
        }
        return "the " + rest;
    }

    /**
     * What a follow-up gives them that they are waiting for, in its own words ("the quote for the dishwasher",
     * "pricing for the Fleet Tracking licence", "an answer about delivery times" for a call back), or null when it
     * gives nothing awaited (a thank-you card, a home measure booked). Read for what we owe in the days ahead
     * ({@link OwedByUs}); {@link #thing} reads the same follow-up as it is said once it is late.
     */
    static String awaited(String reason) {
        if (reason == null) {
            return null;
        }
        String words = reason.strip().replaceAll("[.!]+$", "");
        Matcher back = CALL_BACK.matcher(words);
        if (back.find()) {
            return "an answer about " + back.group(2);
        }
        Matcher give = GIVE.matcher(words);
        if (!give.find()) {
            return null;
        }
        String thing = give.group(1);
        return AWAITED.matcher(thing).find() ? thing : null;
    }
}
