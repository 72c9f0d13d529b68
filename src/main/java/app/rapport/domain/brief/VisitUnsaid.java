package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit of theirs that the record does not show: they said they would come in on Thursday to see
 * the microwave, or the next visit was booked in six weeks, the day has gone by, and no visit,
 * purchase or booking of theirs is logged since. The caller asks after it kindly (they may have come
 * and it was not logged, or life got in the way), never as a missed appointment to blame them for.
 * Reads {@code visitMissed} and the values {@code visitSaid}, {@code visitOn}; when the promise is the very contact
 * that has gone quiet, {@code quietVisit} instead (the gone-quiet opener asks after it).
 */
final class VisitUnsaid {
    /** Only the last months: an older promise is history the lapsed frames speak for. */
    static final int PROMISE_DAYS = 150;
    /** Days after the visit was due before its absence is worth a word: a week's slack for a named day or an interval. */
    private static final int SLACK_DAYS = 7;
    /** When no day was said: "will bring their partner to see it" is due within a fortnight. */
    private static final int UNDATED_DUE_DAYS = 14;
    /** A next visit booked with no interval said: about the six weeks a salon books ahead. */
    private static final int NEXT_VISIT_DUE_DAYS = 42;
    private static final int WORDS_READ = 40;

    private VisitUnsaid() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        f.values.put("quietVisit", "");
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > PROMISE_DAYS) {
                return;
            }
            if (!BriefFacts.heard(t)) {
                continue;
            }
            TextSignals.VisitPromise promise = TextSignals.visitPromised(t.summary() + (t.outcome() == null ? "" : ". " + t.outcome()));
            if (promise == null) {
                continue;
            }
            // Only the newest promise speaks: whether it was kept is the question; older ones are its history.
            boolean booked = promise.said().startsWith("booked");
            boolean nextBooked = promise.said().startsWith("booked their next");
            long due = promise.inDays() != null ? promise.inDays() : nextBooked ? NEXT_VISIT_DUE_DAYS : UNDATED_DUE_DAYS;
            List<Touchpoint> newer = past.subList(0, i);
            String thing = nextBooked ? null : thingOf(t.summary());
            if (age < due + SLACK_DAYS || thing != null && spokenOfSince(thing, newer) || cameSince(f, newer, on, booked)) {
                return;
            }
            if (quotedByTheQuietThread(f, t, on)) {
                // The gone-quiet line already quotes these words: its opener asks after the visit, so it is said once
                f.values.put("quietVisit", " You " + TextSignals.toSecondPerson(promise.said()) + ", and I don't think we caught you then.");
                return;
            }
            f.visitMissed = true;
            // "to see it" read alone says nothing: name what the contact was about ("to see the washing machine")
            String said = thing == null ? promise.said() : booked ? promise.said() + " for " + thing // "booked a patch test for the full head colour"
                    : promise.said().replaceFirst("\\b(to (?:see|look at|try|view)) (?:it|them|one)$", "$1 " + thing);
            f.values.put("visitSaid", said);
            f.values.put("visitOn", f.dayInWords(on, f.today));
            return;
        }
    }

    /**
     * What the contact was about, to name it instead of "it": the thing they asked us to help choose ("which washing
     * machine would fit", after the kitchen's measurements), else what the words end on ("the energy rating and running
     * costs of the fridge freezer"), else the first thing named.
     */
    private static String thingOf(String summary) {
        String which = BriefFacts.whichThing(summary);
        if (which != null) {
            return "the " + which.substring(which.indexOf(' ') + 1);
        }
        int of = summary.lastIndexOf(" of the ");
        String thing = of < 0 ? null : TextSignals.theThing(summary.substring(of + 4));
        return thing != null ? thing : TextSignals.theThing(summary);
    }

    /** They spoke of the same thing since (a price-match question a month on): the visit is history, the newer words speak for it. */
    private static boolean spokenOfSince(String thing, List<Touchpoint> newer) {
        String named = thing.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", "");
        for (Touchpoint t : newer) {
            String words = (t.summary() + " " + (t.outcome() == null ? "" : t.outcome())).toLowerCase(java.util.Locale.ROOT);
            if (BriefFacts.heard(t) && words.contains(named)) {
                return true;
            }
        }
        return false;
    }

    /** The thing gone quiet is this contact, in its own words: its line quotes the promise. */
    private static boolean quotedByTheQuietThread(BriefFacts f, Touchpoint t, LocalDate on) {
        String words = f.values.get("quietWords");
        return f.offerGoneQuiet && f.quietAgeDays != null && words != null && f.today.minusDays(f.quietAgeDays).equals(on)
                && words.startsWith(BriefFacts.stripEnd(t.summary()));
    }

    /**
     * A visit of theirs after the promise (the same day counts: they rang in the morning and came in the
     * afternoon), a booking since, or a purchase: on the day or after for a visit to see something, only
     * after for something booked (what they bought that day was the visit the booking was made at).
     */
    private static boolean cameSince(BriefFacts f, List<Touchpoint> newer, LocalDate on, boolean booked) {
        for (Touchpoint t : newer) {
            // Any visit counts: a salon logs a client's cut as a visit of ours as often as of theirs, and a visit unseen is the claim to avoid
            if (t.channel() == Channel.VISIT
                    || BriefFacts.heard(t) && TextSignals.saysBooked(t.summary() + " " + (t.outcome() == null ? "" : t.outcome()))) {
                return true;
            }
        }
        for (Purchase p : f.boughtSoFar()) {
            if (p.purchasedOn().isAfter(on) || !booked && p.purchasedOn().equals(on)) {
                return true;
            }
        }
        return false;
    }
}
