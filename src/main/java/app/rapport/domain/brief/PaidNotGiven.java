package app.rapport.domain.brief;

import app.rapport.domain.FollowUp;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service they paid for that we still owe them: a training day, an installation, an onboarding bought months ago,
 * with our own follow-up to book it still open past its day, and nothing on record since the purchase that speaks of
 * it (no date set, no day held, no word of how it went). Whatever else is going on, a thoughtful owner opens with
 * that, and with a sorry, before anything we would sell them (Kingfisher Medical Supplies, read 49: an on-site
 * training day paid for in April, "Book the training day" still open in December, led by a GPS-tracker offer).
 * Reads {@code underWay} "paid" and its words, when no set-up of ours already leads.
 */
final class PaidNotGiven {
    /** Bought fewer days ago than this, it may simply not be due yet. */
    static final int OWED_FROM_DAYS = 30;
    /** Bought longer ago than this, it is history: the list at most. */
    static final int OWED_UNTIL_DAYS = 365;
    /** A service done for them later, not on the day they paid (a cut or a colour is done as it is paid). */
    private static final Pattern GIVEN_LATER = Pattern.compile(
            "\\b(training|installation|install|fitting|onboarding|migration|workshop|consultation|inspection|survey|set-?up|commissioning)\\b",
            Pattern.CASE_INSENSITIVE);

    private PaidNotGiven() {
    }

    static void read(BriefFacts f, BriefInput in, Instant at, List<Touchpoint> past) {
        if (f.doNotContact || !"none".equals(f.underWay)) {
            return;
        }
        for (Purchase p : f.boughtSoFar()) {
            long age = BriefFacts.days(p.purchasedOn(), f.today);
            if (age > OWED_UNTIL_DAYS) {
                return;
            }
            String name = BriefFacts.itemName(p, in);
            Matcher service = GIVEN_LATER.matcher(name);
            if (age < OWED_FROM_DAYS || BriefFacts.kind(p, in) != ItemKind.SERVICE || !service.find()) {
                continue;
            }
            String key = service.group(1).toLowerCase(Locale.ROOT);
            FollowUp owed = openFollowUpFor(in, at, f.today, p.purchasedOn(), key);
            if (owed == null || spokenOfSince(past, in, p.purchasedOn(), key)) {
                continue;
            }
            if (BriefFacts.stripEnd(owed.reason()).equals(f.values.get("overdueFollowUp"))) {
                return; // the late promise that leads is this very follow-up: said once, by it
            }
            String thing = f.spoken(name);
            String paidOn = f.dayInWords(p.purchasedOn(), f.today);
            String reason = BriefFacts.stripEnd(owed.reason());
            String greeting = f.greeting;
            f.underWay("paid", p.purchasedOn(), reason,
                    "they paid for " + thing + " " + TimeWords.ago(age) + " (" + paidOn + "), and nothing on record since shows it was given: our follow-up \u201c"
                            + reason + "\u201d (" + f.dayInWords(owed.dueOn(), f.today) + ") is still open",
                    "you paid for " + thing + " in " + TimeWords.monthAndYear(p.purchasedOn()).replaceFirst(" " + f.today.getYear() + "$", "")
                            + ", and I can't see that it has taken place. If it hasn't, I'm sorry, and I'd like to book it with you now: when would suit you?",
                    "Give " + greeting + " " + thing + " they paid for on " + paidOn + ": check whether it took place and was not noted, and if not, say sorry and book it.",
                    "Book " + thing + " with a date and note it, or, if it took place, note that and close the follow-up \u201c" + reason + "\u201d.");
            return;
        }
    }

    /** Our own follow-up about it, set from the purchase on, still open, and past its day. */
    private static FollowUp openFollowUpFor(BriefInput in, Instant at, LocalDate today, LocalDate bought, String key) {
        FollowUp found = null;
        for (FollowUp fu : in.followUps()) {
            if (!BriefFacts.openAt(fu, at) || fu.reason() == null || fu.dueOn() == null || !fu.dueOn().isBefore(today)
                    || fu.dueOn().isBefore(bought) || !fu.reason().toLowerCase(Locale.ROOT).contains(key)) {
                continue;
            }
            if (found == null || fu.dueOn().isBefore(found.dueOn())) {
                found = fu;
            }
        }
        return found;
    }

    /** Any contact after the day it was bought that names it: a day set, held, moved or talked about; its own threads carry it. */
    private static boolean spokenOfSince(List<Touchpoint> past, BriefInput in, LocalDate bought, String key) {
        for (Touchpoint t : past) {
            if (!BriefFacts.day(t, in).isAfter(bought)) {
                return false;
            }
            String words = ((t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(Locale.ROOT);
            if (words.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
