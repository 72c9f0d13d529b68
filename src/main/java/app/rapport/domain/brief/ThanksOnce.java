package app.rapport.domain.brief;

import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A thank-you is said once, and where the call is about it: a review or a mention we thanked them for at
 * the time (or rewarded with a code) is not thanked again months later, and a thank-you for their loyalty
 * does not pad a call about something else (a guide to go through, the next cut, a renewal). It stays
 * where the call itself is the thanks: the rule that owns the call made it.
 */
final class ThanksOnce {
    private ThanksOnce() {
    }

    /** How long after a review a thank-you of ours answers it: a bare one within days, one that names the review within a month. */
    private static final int THANKS_DAYS = 7;
    private static final int THANKS_NAMED_DAYS = 30;

    /** A reward given for it: "Discount code sent", "sent them a voucher code". */
    private static final Pattern REWARDED = Pattern.compile(
            "\\b(?:(?:discount|voucher|promo|thank-?you|loyalty)\\s+code|code\\s+for\\s+\\d+\\s*%)\\b", Pattern.CASE_INSENSITIVE);
    /** The words say we rewarded them with a code or a voucher code ("Discount code sent", "Sent Dmitri the referral discount code"). */
    static boolean saysRewarded(String words) {
        return words != null && REWARDED.matcher(words).find();
    }

    /** A thank-you that says what for: the review, the post, the mention, the kind words. */
    private static final Pattern FOR_THE_REVIEW = Pattern.compile(
            "\\b(?:review\\w*|post\\w*|mention\\w*|kind words|rating|tagg\\w*|shout-?out)\\b", Pattern.CASE_INSENSITIVE);
    /** A talking point that thanks them for a review or a mention. */
    private static final Pattern THANKS_FOR_REVIEW = Pattern.compile(
            "\\bthank\\w*\\b[^.:;]{0,40}\\b(?:review|mention|post)\\w*\\b", Pattern.CASE_INSENSITIVE);

    /** A talking point that thanks them for sending someone our way or speaking up for us. */
    private static final Pattern THANKS_FOR_REFERRAL = Pattern.compile(
            "\\bthank\\w*\\b[^.:;]{0,40}\\b(?:sending|passing|referr\\w*|recommend\\w*|introduc\\w*|speaking up)\\b", Pattern.CASE_INSENSITIVE);

    /** A plain thank-you point: "Thank them for sending Brian our way.", "Thank them for the review they left us (November 10)." */
    private static final Pattern PLAIN_THANKS = Pattern.compile("^Thank them for (?<what>[^:;]+?)\\.?$");
    /** Longer than this, two thank-yous said as one line read as a list. */
    private static final int THANKS_TOGETHER_MAX = 170;

    /**
     * Two thank-yous are said as one: "Thank them for sending Brian our way, and for the review they left us (November 10)",
     * not two points that each thank them, one after the other, after a sorry (read 41, Rohan). The first one's place and
     * rule stay.
     */
    static java.util.List<BriefLine> together(java.util.List<BriefLine> points, java.util.List<Brief.Dropped> dropped) {
        java.util.List<BriefLine> kept = new java.util.ArrayList<>(points.size());
        int first = -1;
        for (BriefLine point : points) {
            java.util.regex.Matcher thanks = PLAIN_THANKS.matcher(point.text());
            if (!thanks.matches()) {
                kept.add(point);
                continue;
            }
            if (first < 0) {
                first = kept.size();
                kept.add(point);
                continue;
            }
            BriefLine earlier = kept.get(first);
            java.util.regex.Matcher before = PLAIN_THANKS.matcher(earlier.text());
            String both = before.matches() ? "Thank them for " + before.group("what") + ", and for " + thanks.group("what") + "." : null;
            if (both == null || both.length() > THANKS_TOGETHER_MAX) {
                kept.add(point);
                continue;
            }
            kept.set(first, new BriefLine(both, earlier.rule(), earlier.source(), earlier.because()));
            dropped.add(new Brief.Dropped(point.text(), point.rule(), "said with the other thank-you, as one line"));
        }
        return kept;
    }

    /** Past this, a thank-you for a review or a referral that we have talked since without saying is one said too late. */
    private static final int THANKS_FRESH_DAYS = 180;

    /** What the thank-yous of this brief would say again or too late: the review thanked at the time, the review or referral long past. */
    record Said(boolean reviewThanked, boolean reviewStale, boolean referralStale) {
    }

    /**
     * True when a kindness of theirs on {@code actOn} is months old and they have spoken with us since: the moment to thank
     * them has passed, and saying it now, after those talks, says we only just noticed. With no word of theirs since, this
     * call is the first chance, and the thanks stays.
     */
    static boolean stale(LocalDate actOn, BriefInput in, LocalDate today) {
        if (actOn == null || BriefFacts.days(actOn, today) <= THANKS_TALKED_OVER_DAYS) {
            return false;
        }
        // Months on, one talk since is enough; a couple of months on, several talks since that never said it (Olivia Kovač, read 51:
        // a review of August 27 thanked in December, after five contacts)
        int talks = 0;
        for (Touchpoint t : in.touchpoints()) {
            LocalDate on = BriefFacts.day(t, in);
            if (on.isAfter(actOn) && !on.isAfter(today) && BriefFacts.heard(t) && !BriefFacts.notice(t)) {
                talks++;
            }
        }
        return talks >= (BriefFacts.days(actOn, today) > THANKS_FRESH_DAYS ? 1 : THANKS_TALKED_OVER);
    }

    /** From this on, a thank-you that {@link #THANKS_TALKED_OVER} talks since never said is one said too late. */
    private static final int THANKS_TALKED_OVER_DAYS = 60;
    private static final int THANKS_TALKED_OVER = 3;

    /** A talking point that thanks them for staying with us. */
    private static final Pattern LOYALTY = Pattern.compile(
            "\\bthank\\w*\\b.{0,60}\\b(?:loyal\\w*|staying with us|their custom|your custom|being with us)", Pattern.CASE_INSENSITIVE);

    /** True when, from the day of their review to a month after, a contact of ours thanked or rewarded them for it. */
    static boolean reviewThanked(LocalDate reviewedOn, BriefInput in, LocalDate today) {
        for (Touchpoint t : in.touchpoints()) {
            LocalDate on = BriefFacts.day(t, in);
            long after = BriefFacts.days(reviewedOn, on);
            if (on.isBefore(reviewedOn) || on.isAfter(today) || after > THANKS_NAMED_DAYS) {
                continue;
            }
            String outcome = t.outcome() == null ? "" : t.outcome();
            String words = (t.summary() == null ? "" : t.summary()) + " " + outcome;
            boolean thanked = Superseded.saysThanked(words) || REWARDED.matcher(words).find();
            if (thanked && (after <= THANKS_DAYS || FOR_THE_REVIEW.matcher(words).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a talking point is left out as a thank-you said already or padding a call about something else; null to keep it.
     * A line its author declared a fact is theirs to say: the critic, not this policy, reads it.
     */
    static String reason(String point, LineIntent intent, boolean fromOwner, Said said, String ownerBecause) {
        boolean forReview = THANKS_FOR_REVIEW.matcher(point).find();
        if (said.reviewThanked() && forReview) {
            return "we thanked them for the review at the time";
        }
        if (!fromOwner && (said.reviewStale() && forReview || said.referralStale() && THANKS_FOR_REFERRAL.matcher(point).find())) {
            return "it was months ago and we have talked since: a thank-you now comes too late";
        }
        if (!fromOwner && intent != LineIntent.FACT && LOYALTY.matcher(point).find()) {
            return "a thank-you for their loyalty pads a call about something else (" + ownerBecause + ")";
        }
        return null;
    }
}
