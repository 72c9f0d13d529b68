package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The thread is what was said last: a note of ours asking them to come and see us ("we would love to see
 * you soon, with the booking link") that they answered kindly ("Thanked us", "Replied with a heart") in
 * the last two weeks, with nothing booked since, is what the call picks up: thank them for the reply and
 * offer a time, rather than "we last spoke a few days ago: how have things been since?".
 */
final class LastWord {
    /** How long a kind answer to our note stays the thread of the next call. */
    static final int LAST_WORD_DAYS = 14;

    /** A note of ours asking them to come in or book. */
    private static final Pattern ASKED_TO_COME = Pattern.compile(
            "\\b(?:(?:would )?love to see (?:them|you|her|him)\\b|booking link|invited \\S+ to (?:book|come in|come back|pop in|drop in|call in)"
                    + "|(?:time|due) for (?:the|their|her|his|your) next)",
            Pattern.CASE_INSENSITIVE);
    /** A kind answer that books nothing. */
    private static final Pattern KIND_ANSWER = Pattern.compile(
            "\\b(?:thanked|thanks|thank you|replied|heart|lovely|smil\\w*|glad|will (?:be in touch|come|pop in|book|call)|soon)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOOKED = Pattern.compile("\\b(?:booked|rebooked|appointment made|see (?:you|them) on)\\b", Pattern.CASE_INSENSITIVE);

    private LastWord() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        if (past.isEmpty()) {
            return;
        }
        Touchpoint t = past.get(0);
        LocalDate on = BriefFacts.day(t, in);
        long age = BriefFacts.days(on, f.today);
        String outcome = t.outcome() == null ? "" : t.outcome();
        if (t.direction() != Direction.OUTBOUND || age > LAST_WORD_DAYS || !ASKED_TO_COME.matcher(t.summary()).find()
                || !KIND_ANSWER.matcher(outcome).find() || BOOKED.matcher(outcome).find() || !BriefFacts.heard(t)
                || f.lastPurchaseOn != null && !f.lastPurchaseOn.isBefore(on)) {
            return;
        }
        f.values.put("lastWordWhen", TimeWords.ago(age));
        f.values.put("lastWordOn", f.dayInWords(on, f.today));
        f.values.put("lastWordWords", BriefFacts.stripEnd(t.summary()) + " \u2014 " + BriefFacts.stripEnd(outcome));
    }
}
