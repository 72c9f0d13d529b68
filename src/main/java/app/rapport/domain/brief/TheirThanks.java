package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Their own thanks lately: a cake brought for the team, a visit just to say thank you. It is the warmest reason
 * to be in touch, and the call builds on it rather than on a stock "how have things been since?" (Yuki
 * Herrera, read 45). Once a later word of ours thanked them for it, it is answered and not said again.
 */
final class TheirThanks {
    /** Thanks older than this have been lived with: a word back now would be late rather than warm. */
    static final int FRESH_DAYS = 21;

    private TheirThanks() {
    }

    static void read(BriefFacts f, BriefInput in, List<Touchpoint> newestFirst) {
        for (int i = 0; i < newestFirst.size(); i++) {
            Touchpoint t = newestFirst.get(i);
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, f.today) > FRESH_DAYS) {
                return;
            }
            boolean theirs = t.direction() == Direction.INBOUND || t.channel() == Channel.VISIT && t.direction() != Direction.OUTBOUND;
            String what = theirs ? TextSignals.theirThanks(t.summary()) : null;
            if (what == null) {
                continue;
            }
            for (Touchpoint since : newestFirst.subList(0, i)) {
                String words = since.summary() == null ? "" : since.summary().toLowerCase(Locale.ROOT);
                if (since.direction() == Direction.OUTBOUND && words.contains("thank")) {
                    return; // we thanked them back already
                }
            }
            f.values.put("theirThanksWhat", what);
            f.values.put("theirThanksSaid", BriefFacts.stripEnd(t.summary()));
            f.values.put("theirThanksOn", f.dayInWords(on, f.today));
            f.values.put("theirThanksWhen", TimeWords.ago(BriefFacts.days(on, f.today)));
            return;
        }
    }
}
