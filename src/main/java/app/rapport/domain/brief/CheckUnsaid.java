package app.rapport.domain.brief;

import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem they told us of that we booked a check for ("Mentioned a small rattle; booked a check"),
 * months ago, with nothing on record since that says the check was done or the problem went away.
 * Lately it is something of ours under way and owns the call; older, it is still ours, so it is a line:
 * was it seen to? Reads {@code checkUnsaid} and {@code checkUnsaidSaid}.
 */
final class CheckUnsaid {
    /** Younger than this, the check is under way and its own situation speaks for it. */
    static final int UNDER_WAY_DAYS = 45;
    /** Older than this, the problem is history. */
    static final int KEPT_DAYS = 365;
    private static final int WORDS_READ = 40;

    private CheckUnsaid() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> past) {
        for (int i = 0; i < Math.min(past.size(), WORDS_READ); i++) {
            Touchpoint t = past.get(i);
            LocalDate on = BriefFacts.day(t, in);
            long age = BriefFacts.days(on, f.today);
            if (age > KEPT_DAYS) {
                return;
            }
            String summary = t.summary() == null ? "" : t.summary();
            String outcome = t.outcome() == null ? "" : t.outcome();
            String problem = OurCheck.booked(summary + (outcome.isBlank() ? "" : ". " + outcome));
            if (problem == null) {
                continue;
            }
            // Only the newest check speaks; a young one is under way, and one done since is over.
            if (age <= UNDER_WAY_DAYS || f.checkDoneSince(past.subList(0, i), on, in)) {
                return;
            }
            String thing = f.boughtNamedFully(summary + " " + outcome, in);
            String said = BriefFacts.stripEnd(summary) + (outcome.isBlank() ? "" : " \u2014 " + BriefFacts.stripEnd(outcome));
            f.checkUnsaid = true;
            f.values.put("checkUnsaidSaid", "They mentioned " + (problem.matches("[aeiou].*") ? "an " : "a ") + problem
                    + (thing == null ? "" : " with " + thing) + " " + TimeWords.ago(age) + ", and we booked a check (" + f.dayInWords(on, f.today)
                    + ": \u201c" + said + "\u201d)");
            return;
        }
    }
}
