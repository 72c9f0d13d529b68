package app.rapport.domain.brief;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What we owe, said as a thing rather than read out as our own to-do: the follow-up "Send Jonathan a
 * written quote for the capsule coffee maker" is "the written quote for the capsule coffee maker" on
 * the phone ("we promised you the written quote … by November 27"). Only a follow-up that sends them
 * something is turned into a thing; any other keeps its own words, quoted.
 */
final class OwedWords {
    private static final Pattern SEND = Pattern.compile(
            "(?i)^(?:please\\s+)?(?:send|e-?mail|post|mail|forward|get)\\s+(.+?)(?:\\s+(?:to|over to)\\s+([\\p{L}][\\p{L}'.&-]*(?:\\s+[\\p{L}][\\p{L}'.&-]*){0,3}))?$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:a|an|the|our|their|his|her)\\s+");
    private static final List<String> PRONOUNS = List.of("them", "him", "her", "you");

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
}
