package app.rapport.domain.brief;

import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Which contacts "Lately" shows: the newest ones that carry words of a conversation. A notice of
 * ours that says it needs no reply (new opening hours, a closed day, a price list) says nothing about
 * this client, so it gives its place to an older contact, such as the thing they asked for; notices
 * fill only the places nothing else would. A card or a thank-you of ours stays: it is personal.
 */
final class LatelyChoice {
    /** How far back to look for words: reading a contact's words is the costly part of a brief. */
    private static final int LOOK_BACK = 20;

    private LatelyChoice() {
    }

    /** At most {@code count} of {@code past} (newest first), newest first. */
    static List<Touchpoint> touchpoints(List<Touchpoint> past, int count) {
        List<Touchpoint> recent = past.subList(0, Math.min(LOOK_BACK, past.size()));
        List<Touchpoint> words = new ArrayList<>(count);
        int notices = 0;
        for (Touchpoint t : recent) {
            if (words.size() == count) {
                break;
            }
            if (broadcast(t)) {
                notices++;
            } else {
                words.add(t);
            }
        }
        if (words.size() == count || notices == 0) {
            return words;
        }
        // Too few contacts with words: the newest notices fill the places left, in their order.
        List<Touchpoint> shown = new ArrayList<>(count);
        for (Touchpoint t : recent) {
            if (shown.size() == count) {
                break;
            }
            if (words.contains(t) || shown.size() + (words.size() - countIn(words, shown)) < count) {
                shown.add(t);
            }
        }
        return shown;
    }

    /** A notice of ours that says it needs no reply: opening hours, a closed day, a new price list. */
    static boolean broadcast(Touchpoint t) {
        return t.direction() == Direction.OUTBOUND
                && (TextSignals.saysNoReplyNeeded(t.outcome()) || TextSignals.saysNoReplyNeeded(t.summary()));
    }

    private static int countIn(List<Touchpoint> words, List<Touchpoint> shown) {
        int n = 0;
        for (Touchpoint t : shown) {
            if (words.contains(t)) {
                n++;
            }
        }
        return n;
    }
}
