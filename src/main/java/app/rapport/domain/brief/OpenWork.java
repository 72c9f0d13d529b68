package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work a contact left open in its own words that no lead of the call owns: tickets or actions left for us
 * after a review ("Two open tickets"), or a paper sent to them to sign that never came back ("new data
 * processing agreement, signature needed"). Whatever the call is about, the caller should know it and say
 * where it stands, and the brief may not read the account as all well while it is open. Only the newest
 * such thing speaks; the one a lead already says (tickets of last month under way) is not said twice.
 */
final class OpenWork {
    /** Tickets or actions left this long ago with nothing since are still ours to look up: they are seldom closed in words. */
    static final int LEFT_DAYS = 240;
    /** A paper waiting for a signature stays unsigned until something says otherwise: a year. */
    static final int SIGNATURE_DAYS = 365;
    /** A paper sent fewer days ago than this is still with them to read: not yet a thing to ask after. */
    static final int SIGNATURE_WAIT_DAYS = 14;

    /** What the contact was, from the start of its words: "Quarterly check-in with Kenji" is "the quarterly check-in". */
    private static final Pattern EVENT = Pattern.compile(
            "^\\s*((?:(?:quarterly|annual|yearly|monthly|six-monthly|half-yearly|weekly|first|final|onboarding|business|account|adoption|support|site|on-site|remote) )*"
                    + "(?:review|check-in|check in|QBR|workshop|session|visit|meeting|call|catch-up|training))\\b",
            Pattern.CASE_INSENSITIVE);
    /** A follow-up of ours about the paper, done: it went back to them, or came back. */
    private static final Pattern FOLLOW_UP_FOR_SIGNATURE = Pattern.compile("\\bsign", Pattern.CASE_INSENSITIVE);

    private OpenWork() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        if (f.doNotContact) {
            return;
        }
        String ledWith = f.values.get("underWayWords");
        for (int i = 0; i < past.size(); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > SIGNATURE_DAYS) {
                return;
            }
            // only what we left or sent can be open work of ours: their own contacts are passed over before any words are built
            if (age < 1 || t.direction() != Direction.OUTBOUND || BriefFacts.notice(t)) {
                continue;
            }
            String summary = t.summary() == null ? "" : t.summary();
            String outcome = t.outcome() == null ? "" : t.outcome();
            String left = age <= LEFT_DAYS ? OurCheck.actionsLeft(outcome) : null;
            String paper = left == null ? OurCheck.signatureAwaited(summary) : null;
            if (left == null && (paper == null || (summary + " " + outcome).toLowerCase(Locale.ROOT).contains("our signature"))) {
                continue;
            }
            String said = BriefFacts.stripEnd(summary) + (outcome.isBlank() ? "" : " \u2014 " + BriefFacts.stripEnd(outcome));
            if (said.equals(ledWith)) {
                continue; // the lead of the call says it already
            }
            List<Touchpoint> newer = past.subList(0, i);
            if (left != null) {
                if (!f.actionsDoneSince(newer, on, in) && !reviewedSince(newer)) {
                    f.values.put("openWorkSaid", leftSaid(f, t, on, left));
                    return;
                }
                continue;
            }
            if (paper != null && age >= SIGNATURE_WAIT_DAYS) {
                // "new data processing agreement, signature needed — Signed and returned": answered in the same contact
                if (!OurCheck.signed(outcome, paper) && !signedSince(f, in, newer, on, paper)) {
                    String what = paper.isEmpty() ? "something" : paper;
                    f.values.put("openWorkSaid", "We sent them " + what + " to sign (" + f.dayInWords(on, f.today) + "), and no signature is on record since: "
                            + "ask kindly whether it has been signed, and send it again if it went astray.");
                    return;
                }
            }
        }
    }

    /** "The quarterly check-in (October 8) left us with two open tickets, and nothing logged since says they were dealt with: …". */
    private static String leftSaid(BriefFacts f, Touchpoint t, LocalDate on, String left) {
        Matcher event = EVENT.matcher(t.summary() == null ? "" : t.summary());
        String channel = t.channel() == null ? "contact" : t.channel().name().toLowerCase(Locale.ROOT);
        String what = event.find() ? event.group(1).toLowerCase(Locale.ROOT) : channel;
        String things = left.replace(" for us", "");
        boolean one = things.startsWith("one ") || things.matches("^1 .*");
        return "The " + what + " (" + f.dayInWords(on, f.today) + ") left us with " + things + ", and nothing logged since says "
                + (one ? "it was" : "they were") + " dealt with: look up where " + (one ? "it stands" : "each one stands") + " before the call, and tell them.";
    }

    /** A review or check-in of ours since: it went through what was open then, and says again whatever still was. */
    private static final Pattern REVIEW = Pattern.compile("\\b(?:review|check-in|check in|health check|QBR|open tickets)\\b", Pattern.CASE_INSENSITIVE);
    /** A review only set for a day ("Scheduled the quarterly review with Kenji for Wednesday", "Sent the agenda for the review"): it has not gone through anything yet. */
    private static final Pattern REVIEW_ONLY_SET = Pattern.compile(
            "\\b(?:scheduled|booked|arranged|planned|proposed|moved|rescheduled|set up|invited|sent [^.;]{0,30}?\\b(?:agenda|invitation|invite|dates))\\b[^.;]{0,40}?"
                    + "\\b(?:review|check-in|check in|health check|QBR)\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean reviewedSince(List<Touchpoint> newer) {
        for (Touchpoint t : newer) {
            if (t.direction() == Direction.OUTBOUND && !BriefFacts.notice(t) && t.summary() != null && REVIEW.matcher(t.summary()).find()
                    && !REVIEW_ONLY_SET.matcher(t.summary()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The paper came back signed: a contact since says so, or a follow-up of ours about the signature was done. */
    private static boolean signedSince(BriefFacts f, BriefInput in, List<Touchpoint> newer, LocalDate on, String paper) {
        for (Touchpoint t : newer) {
            String words = (t.summary() == null ? "" : t.summary()) + " " + (t.outcome() == null ? "" : t.outcome());
            if (OurCheck.signed(words, paper)) {
                return true;
            }
        }
        for (FollowUp fu : in.followUps()) {
            if (fu.doneAt() == null || fu.reason() == null) {
                continue;
            }
            LocalDate done = LocalDate.ofInstant(fu.doneAt(), in.zone());
            if (!done.isBefore(on) && !done.isAfter(f.today) && FOLLOW_UP_FOR_SIGNATURE.matcher(fu.reason()).find()) {
                return true;
            }
        }
        return false;
    }
}
