package app.rapport.domain.brief;

import java.util.regex.Pattern;

/**
 * A question of theirs told as a report of it, not in their own words: "asked about data hosting and
 * GDPR for the Dispatch licence", "enquired about the warranty on the range cooker", "wanted to know
 * about parking". Asking about a side of a thing (where its data lives, how long its warranty runs) wants
 * an answer, as a question with a question mark does; asking about the thing itself ("asked about the
 * balayage") or its price is an interest in buying it, which {@link TextSignals#ask} reads as such.
 */
final class ReportedQuestion {
    /** Words that make an ask about something a wish to buy it: a price, a deal, a time to book. */
    private static final String BUYING = "(?:price|prices|pricing|cost|costs|quote|quotes|quotation|deal|deals|discount|offer|offers|financing|finance"
            + "|rate|rates|availability|booking|bookings|appointment|slot|demo|trial|sample|upgrade)";
    /** "about data hosting and GDPR for the Dispatch licence", "about the warranty on the oven": a side of a named thing. */
    private static final Pattern SIDE_OF_A_THING = Pattern.compile(
            "^about\\s+(?!(?:a|an|some|any)\\s)(?:the\\s+|its\\s+|their\\s+)?(?!" + BUYING + "\\b)[\\p{L}-]+(?:\\s+(?:and\\s+|or\\s+|&\\s+)?(?!" + BUYING + "\\b)[\\p{L}-]+){0,4}?"
                    + "\\s+(?:for|of|on|with|under|behind)\\s+(?:the|their|our|its|a|an)\\s+\\S",
            Pattern.CASE_INSENSITIVE);
    /** A side of a thing, or of working with us, that is a question however it is asked: "asked about GDPR", "enquired about parking". */
    private static final Pattern SIDE_NAMED = Pattern.compile(
            "^about\\s+(?:the\\s+|its\\s+|their\\s+|our\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:hosting|gdpr|privacy|data protection|security|compliance|warranty|guarantee"
                    + "|compatibility|integration|integrations|installation|aftercare|allergy|allergies|ingredients|parking|access|accessibility|support hours"
                    + "|cancellation policy|returns?|refunds?|insurance|certification|uptime|backups?|sla|contract terms|notice period|training)\\b",
            Pattern.CASE_INSENSITIVE);

    private ReportedQuestion() {
    }

    /** The ask is a question of theirs: said as one ("asked whether…", a question mark), or about a side of something, not its purchase. */
    static boolean of(TextSignals.Ask ask) {
        if (ask == null) {
            return false;
        }
        if (ask.kind() == TextSignals.AskKind.QUESTION) {
            return true;
        }
        String phrase = ask.phrase().strip();
        return ask.kind() == TextSignals.AskKind.PRICE && (SIDE_OF_A_THING.matcher(phrase).find() || SIDE_NAMED.matcher(phrase).find());
    }
}
