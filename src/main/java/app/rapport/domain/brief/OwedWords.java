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

    /** A step of ours for them, by its verb: "Chase the warranty claim for Lars", "Tell Johan what we did with the feedback". */
    private static final Pattern STEP = Pattern.compile(
            "^(chase|check|tell|let|call|ring|phone|find out|confirm|book|arrange|look into|sort out|fix|share|update)\\b\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A follow-up of ours said to them as a step we promised, their names made "you": "chase the warranty claim for you",
     * "check whether Maya can fit you in", "tell you what we did with the feedback". Null when it starts with no such verb
     * or does not name them: then it is not said as done for them.
     */
    static String step(String reason, List<String> names) {
        Matcher step = reason == null ? null : STEP.matcher(reason.strip());
        if (step == null || !step.matches()) {
            return null;
        }
        String said = step.group(1).toLowerCase(Locale.ROOT) + " " + step.group(2);
        List<String> longestFirst = new java.util.ArrayList<>(names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList());
        longestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String name : longestFirst) {
            String quoted = Pattern.quote(name);
            said = said.replaceAll("(?i)\\b" + quoted + "(?:'s|\u2019s)(?!\\w)", "your").replaceAll("(?i)\\b" + quoted + "(?!\\w)", "you");
        }
        return said.matches("(?i).*\\byou(?:r)?\\b.*") ? said : null;
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
     * A follow-up that is a call of ours to them: "Call Jana back" (bare), "Call Johan back about delivery times" ({@code about}),
     * "Call Ms Ahmed after the oven is installed" ({@code after}, the event in its own words). The call is what we promised,
     * not a thing to hand over; what it is about is asked on it.
     */
    record Call(String about, String after) {
        boolean bare() {
            return about == null && after == null;
        }
    }

    private static final Pattern CALL = Pattern.compile("^\\s*(?:call|ring|phone)\\s+(\\S.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL_BACK_ABOUT = Pattern.compile("^(.+?)\\s+back(?:\\s+(?:about|on|with|regarding|re)\\s+(\\S.*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL_AFTER = Pattern.compile("^(.+?)\\s+(?:after|once|when)\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL_ABOUT = Pattern.compile("^(.+?)\\s+(?:about|regarding)\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);

    /**
     * The call a follow-up promises them, or null when it is no call to them by name ("Call the supplier about the part",
     * "Ring Jana to check on the vacuum": those keep their own frame).
     */
    static Call call(String reason, List<String> names) {
        Matcher call = reason == null ? null : CALL.matcher(reason.strip().replaceAll("[.!]+$", ""));
        if (call == null || !call.matches()) {
            return null;
        }
        String rest = call.group(1);
        Matcher back = CALL_BACK_ABOUT.matcher(rest);
        if (back.matches() && whom(back.group(1), names)) {
            return new Call(back.group(2), null);
        }
        Matcher after = CALL_AFTER.matcher(rest);
        if (after.matches() && whom(after.group(1), names)) {
            return new Call(null, after.group(2));
        }
        Matcher about = CALL_ABOUT.matcher(rest);
        if (about.matches() && whom(about.group(1), names)) {
            return new Call(about.group(2), null);
        }
        return null;
    }

    /** The words name the client: one of their names, or "them". */
    private static boolean whom(String words, List<String> names) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(w)) {
            return true;
        }
        for (String name : names) {
            if (name != null && !name.isBlank() && w.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
