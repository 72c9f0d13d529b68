package app.rapport.domain.brief;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A question of theirs told as a report of it, not in their own words: "asked about data hosting and
 * GDPR for the Dispatch licence", "enquired about the warranty on the range cooker", "wanted to know
 * about parking". Asking about a side of a thing (where its data lives, how long its warranty runs) wants
 * an answer, as a question with a question mark does; asking about the thing itself ("asked about the
 * balayage") or its price is an interest in buying it, which {@link TextSignals#ask} reads as such.
 *
 * <p>A question is answered in kind: "how often does it need refreshing" is not answered by the price
 * list, nor "can you give a three-year warranty" by references. What we sent instead is named, so the
 * brief says the question is still theirs to have answered.
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

    /**
     * What we sent, said alone as the contact's outcome: "Sent the price list", "Sent references", "Sent pricing." A quote
     * is not among them: a quote for one model may be the recommendation they asked for, or price the removal they asked about.
     */
    private static final Pattern SENT = Pattern.compile(
            "^\\s*(?:we\\s+)?(?:sent|gave|emailed|shared|passed on)\\s+(?:them\\s+|her\\s+|him\\s+)?((?:the\\s+|a\\s+|an\\s+|our\\s+|some\\s+)?"
                    + "(?:price list|prices|pricing|references?|case stud(?:y|ies)|newsletter))\\b[^.;]{0,40}?[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A quote or a price sent, said alone as the contact's outcome: "Sent a quote", "Gave her the price." */
    private static final Pattern QUOTE_SENT = Pattern.compile(
            "^\\s*(?:we\\s+)?(?:sent|gave|emailed)\\s+(?:them\\s+|her\\s+|him\\s+)?(?:a\\s+|the\\s+|our\\s+)?(?:written\\s+|formal\\s+)?(quote|quotation|price)\\b[^.;]{0,40}?[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Sides of a thing no price speaks to, each with the words that ask of it and the words that answer it:
     * whether it fits the space (a home measure answers it), how loud it is, where its data lives, who else of
     * their size uses it, how to look after it. A quote for the thing leaves such a question open.
     */
    private static final List<Pattern> SIDES = Stream.of(
                    "fits?|size|space|\\d+\\s?cm|width|depth|height|dimensions?|measure\\w*|survey",
                    "loud|louder|noise|noisy|quiet|quieter|decibels?",
                    "hosting|hosted|gdpr|data protection|data|privacy|servers?",
                    "references?|case stud(?:y|ies)|firms? (?:of|like) (?:their|our) size|compan(?:y|ies) (?:of|like) (?:their|our) size",
                    "aftercare|refresh\\w*|how often|upkeep|maintenance")
            .map(words -> Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE)).toList();

    /** The question asks of a side no price answers (whether it fits, how loud, where the data lives). */
    private static boolean asksOfASide(String asked) {
        return SIDES.stream().anyMatch(side -> side.matcher(asked).find());
    }

    /** The question asks what something costs: a quote or a price answers it. */
    static boolean asksThePrice(TextSignals.Ask ask) {
        return ask != null && ABOUT_PRICE.matcher(ask.phrase()).find();
    }

    /** The question asks for a time or a person ("whether we have a slot on a Wednesday evening"): a time offered answers it. */
    static boolean asksForATime(TextSignals.Ask ask) {
        return ask != null && ABOUT_BOOKING.matcher(ask.phrase()).find();
    }

    /** The words speak of a side the question asks of: "Book a home measure" of "whether it fits a 60 cm space". */
    static boolean speaksOfItsSide(TextSignals.Ask ask, String words) {
        return ask != null && words != null && SIDES.stream().anyMatch(side -> side.matcher(ask.phrase()).find() && side.matcher(words).find());
    }

    /** A question a price answers: what it costs, a deal, financing. */
    private static final Pattern ABOUT_PRICE = Pattern.compile(
            "\\b(?:price|prices|pricing|cost|costs|how much|quote|discount|deal|financ\\w*|afford\\w*|budget|per user|per vehicle|pay)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A question others' experience answers: who else uses it, how it went for a firm like theirs. */
    private static final Pattern ABOUT_OTHERS = Pattern.compile(
            "\\b(?:references?|others?|other (?:firms|companies|clients|customers|salons|shops)|similar|who else|case stud(?:y|ies)|anyone else)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A question about a time or a person to do it ("whether we have a slot on a Monday evening", "whether Marco could do
     * the cut"): an ask to book, which the lines on their requests answer, not a question about the thing.
     */
    private static final Pattern ABOUT_BOOKING = Pattern.compile(
            "\\b(?:slots?|availability|available|appointments?|booking|book|fit (?:her|him|them|me|us) in|waiting list|cancellation list"
                    + "|mornings?|evenings?|afternoons?|weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\\b"
                    + "|\\b(?:could|can|would|will)\\s+(?-i:\\p{Lu})[\\p{L}-]+\\s+(?:do|fit|see|take)\\b"
                    + "|\\b(?-i:\\p{Lu})[\\p{L}-]+\\s+(?:could|can|would|will)\\s+(?:do|fit|see|take)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What we sent in answer to a question of theirs that is not an answer to it ("the price list" for "how
     * often it needs refreshing", "references" for "a three-year warranty"), or null when the answer was of
     * its kind, or was not only something sent.
     */
    static String sentInstead(TextSignals.Ask ask, String outcome) {
        if (!of(ask) || outcome == null) {
            return null;
        }
        Matcher sent = SENT.matcher(outcome);
        if (!sent.find()) {
            // "whether the washing machine fits a 60 cm space — Sent a quote": the quote says how much, not whether it fits
            Matcher quote = QUOTE_SENT.matcher(outcome);
            String asked = ask.phrase();
            return quote.find() && ask.kind() == TextSignals.AskKind.QUESTION && asksOfASide(asked)
                    && !ABOUT_PRICE.matcher(asked).find() && !ABOUT_BOOKING.matcher(asked).find()
                    ? (quote.group(1).equalsIgnoreCase("price") ? "the price" : "a " + quote.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
        }
        String what = sent.group(1).strip().toLowerCase(java.util.Locale.ROOT);
        boolean price = what.matches(".*\\b(?:price|prices|pricing)\\b.*");
        String asked = ask.phrase();
        if (ABOUT_BOOKING.matcher(asked).find()) {
            return null;
        }
        if (asked.startsWith("about ") && !SIDE_OF_A_THING.matcher(asked).find() && !SIDE_NAMED.matcher(asked).find()) {
            return null; // "about the balayage": the thing itself, which the price list does answer
        }
        if (price ? ABOUT_PRICE.matcher(asked).find() : ABOUT_OTHERS.matcher(asked).find()) {
            return null;
        }
        return what.matches("^(?:the|a|an|our|some)\\b.*") || what.endsWith("s") || what.equals("pricing") ? what : "the " + what;
    }

    /** Our words only send something of another kind again ("Send Rafa pricing for the module"): no answer to a question that wanted one in kind. */
    static boolean onlySendsAgain(String words) {
        return words != null && words.matches("(?is)^\\s*(?:send|sent|email|emailed|share|shared)\\b[^.;]{0,60}?\\b(?:price list|prices|pricing|references?|case stud(?:y|ies)|newsletter)\\b.*");
    }
}
