package app.rapport.domain.brief;

import app.rapport.domain.FollowUp;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the record has already answered, so the brief does not bring it up again: a referral we
 * thanked them for at the time, a rating's complaint followed by happy purchases, a review of us
 * they promised ("Will write one this week") read as a day set with us; and what they told us
 * matters about the thing they chose, so that a line reminding them of it has something to say.
 */
final class Superseded {
    private Superseded() {
    }

    /** How long after a referral a thank-you of ours answers it: a bare "Thanked them" within days, one that names the referral within a month. */
    private static final int THANKS_DAYS = 7;
    private static final int THANKS_NAMED_DAYS = 30;
    /** A thank-you that says what for: the referral, the recommendation, the neighbour they sent. */
    private static final Pattern FOR_THE_REFERRAL = Pattern.compile(
            "\\b(?:referr\\w*|recommend\\w*|introduc\\w*|sending|sent (?:us|a|their)|neighbour|friend|colleague|passing (?:us|our))\\b",
            Pattern.CASE_INSENSITIVE);

    /** We thanked them: "Thanked them with a voucher", "sent a thank-you card", "thank-you note sent". */
    private static final Pattern THANKED = Pattern.compile(
            "\\b(?:thanked (?!us\\b)(?:them|him|her|you|\\p{Lu}\\p{L}+)|(?:sent|gave|posted|dropped off) (?:them |him |her )?(?:a |an |our )?"
                    + "(?:thank-?you|thanks|card|voucher|gift|bottle|flowers)|thank-?you (?:card|note|message|email|voucher|gift) (?:sent|given|posted))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words of a contact that say we thanked them ("Thanked them with a voucher", "sent a thank-you card"). */
    static boolean saysThanked(String words) {
        return THANKED.matcher(words).find();
    }

    /**
     * True when a contact of ours from the day they sent someone our way to a month after says we
     * thanked them: "thank them for sending Natalia" months later is a thank-you already given.
     */
    static boolean thankedFor(LocalDate referredOn, BriefInput in, LocalDate today) {
        if (referredOn == null) {
            return false;
        }
        for (Touchpoint t : in.touchpoints()) {
            LocalDate on = BriefFacts.day(t, in);
            long after = BriefFacts.days(referredOn, on);
            if (on.isBefore(referredOn) || on.isAfter(today) || after > THANKS_NAMED_DAYS) {
                continue;
            }
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            // "Sent Hannah a thank-you message and three tips for the vacuum" a month on thanks her for the purchase, not the referral.
            // a code sent for it rewards it as a thank-you does: "Discount code sent", "Sent Dmitri the referral discount code"
            boolean thanked = THANKED.matcher(words).find() || ThanksOnce.saysRewarded(words);
            if (thanked && (after <= THANKS_DAYS || FOR_THE_REFERRAL.matcher(words).find())) {
                return true;
            }
        }
        // our own to-do of thanking them for it, ticked done within the month ("Thank Ivan for the introduction"): thanked
        for (FollowUp followUp : in.followUps()) {
            if (followUp.doneAt() == null || followUp.reason() == null) {
                continue;
            }
            LocalDate on = LocalDate.ofInstant(followUp.doneAt(), in.zone());
            if (!on.isBefore(referredOn) && !on.isAfter(today) && BriefFacts.days(referredOn, on) <= THANKS_NAMED_DAYS
                    && (THANK_THEM.matcher(followUp.reason()).find() || ThanksOnce.saysRewarded(followUp.reason()))
                    && FOR_THE_REFERRAL.matcher(followUp.reason()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A to-do of ours to thank them: "Thank Ivan for the introduction", "Send a thank-you card to Maya". */
    private static final Pattern THANK_THEM = Pattern.compile("\\bthank(?:s|-?you)?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * True when they bought something from us after {@code since}: with happy words since, a rating
     * that fell short before it ("4/5, the installers were late") is no longer what the call is about.
     */
    static boolean boughtSince(LocalDate since, BriefFacts f) {
        for (Purchase p : f.boughtSoFar()) {
            if (p.purchasedOn() != null && p.purchasedOn().isAfter(since)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A review, a reference or a testimonial of us they said they would write ("Asked Thandiwe
     * whether they would leave us a review — Will write one this week"): a day named for it is theirs
     * to keep, not an appointment with us to prepare for. An account review or a quarterly review is
     * a meeting, and does not match.
     */
    private static final Pattern REVIEW_OF_US = Pattern.compile(
            "\\b(?:leave|leaving|left|write|writing|wrote|post|posting|give|giving|share|sharing)\\s+(?:us\\s+)?(?:a|an|one|their|the)?\\s*"
                    + "(?:(?:quick|short|online|google|written|five-star|5-star|good|nice|little)\\s+)?(?:review|reference|testimonial|rating|recommendation)\\b"
                    + "|\\b(?:online|google|written|five-star|5-star)\\s+review\\b|\\breview (?:of|for) us\\b"
                    + "|\\bwill (?:write|post|leave|do|send) (?:one|it|a review|the review)\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean reviewOfUs(String words) {
        return words != null && REVIEW_OF_US.matcher(words).find();
    }

    /**
     * What they told us they chose the thing for, in their words, from a contact on the day they
     * bought it or in the month before: "chose it for the quiet motor", "picked it because it is so
     * quiet", "wanted something quiet", said with its own word ("for the quiet motor", "because it is so quiet",
     * "for something quiet"). Null when they told us nothing.
     */
    private static final Pattern CHOSE_FOR = Pattern.compile(
            "\\b(?:chose|choose|picked|went for|settled on)\\s+(?:it|them|this one|that one|the \\p{L}+(?:\\s+\\p{L}+){0,3})\\s+"
                    + "((?:for|because of|because)\\s+[^.;!?\\u2014]{3,60})"
                    // "bought the dryer for the new kitchen" says where it goes; "bought it because it is quiet" says why
                    + "|\\b(?:bought|took)\\s+(?:it|them|this one|that one|the \\p{L}+(?:\\s+\\p{L}+){0,3})\\s+((?:because of|because)\\s+[^.;!?\\u2014]{3,60})"
                    + "|\\bwanted (something|one|a model|an? \\p{L}+ that)\\s+([^.;!?\\u2014]{3,50})",
            Pattern.CASE_INSENSITIVE);
    private static final int CHOSE_DAYS_BEFORE = 30;

    static String choseFor(Purchase item, BriefInput in) {
        if (item == null || item.purchasedOn() == null) {
            return null;
        }
        // Compared as instants: a long history is read once per brief, and most of it lies outside the month.
        java.time.Instant from = item.purchasedOn().minusDays(CHOSE_DAYS_BEFORE).atStartOfDay(in.zone()).toInstant();
        java.time.Instant until = item.purchasedOn().plusDays(2).atStartOfDay(in.zone()).toInstant();
        for (Touchpoint t : in.touchpoints()) {
            if (t.occurredAt() == null || t.occurredAt().isBefore(from) || !t.occurredAt().isBefore(until)) {
                continue;
            }
            for (String words : new String[] {t.summary(), t.outcome()}) {
                if (words == null) {
                    continue;
                }
                Matcher m = CHOSE_FOR.matcher(words);
                if (m.find()) {
                    String why = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "for " + m.group(3) + " " + m.group(4);
                    why = why.strip();
                    // "chose it for the quiet motor" says what matters; "bought it for her mother" says who it is for.
                    if (why.toLowerCase(Locale.ROOT).matches("(?:for|because of) (?:her|his|their|my|our|a|the) (?:mother|father|mum|dad|son|daughter|wife|husband|partner|friend|sister|brother|kids|children|gift).*")) {
                        continue;
                    }
                    return why;
                }
            }
        }
        return null;
    }
}
