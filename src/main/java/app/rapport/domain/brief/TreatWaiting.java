package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A birthday treat of ours still waiting for them ("Birthday message with a small treat on the next visit", "Birthday
 * email with a 10% voucher"): until they come in or buy again, it is the one warm personal thing to say, once. A treat
 * older than a year is let go, and so is one they have had the chance to use.
 */
final class TreatWaiting {
    private TreatWaiting() {
    }

    /** A treat keeps for a year from the message that gave it. */
    private static final int TREAT_KEEPS_DAYS = 365;
    private static final Pattern BIRTHDAY = Pattern.compile("\\bbirthday\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GIFT = Pattern.compile("\\b(?:treat|voucher|gift|discount|\\d+\\s*%|\\d+ per ?cent)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOUCHER = Pattern.compile("\\b(?:voucher|discount|\\d+\\s*%|\\d+ per ?cent)", Pattern.CASE_INSENSITIVE);

    /** What is waiting and since when, or null. */
    record Treat(String what, LocalDate on) {
    }

    /** {@code past} is newest first. */
    static Treat find(List<Touchpoint> past, List<Purchase> bought, BriefInput in, LocalDate today) {
        for (Touchpoint t : past) {
            LocalDate on = BriefFacts.day(t, in);
            if (BriefFacts.days(on, today) > TREAT_KEEPS_DAYS) {
                return null;
            }
            if (t.direction() == Direction.INBOUND && t.channel() == Channel.VISIT) {
                return null; // they came in since the newest treat: it had its chance
            }
            String summary = t.summary() == null ? "" : t.summary();
            if (t.direction() == Direction.OUTBOUND && BIRTHDAY.matcher(summary).find() && GIFT.matcher(summary).find()) {
                for (Purchase p : bought) {
                    if (p.purchasedOn() != null && p.purchasedOn().isAfter(on)) {
                        return null;
                    }
                }
                return new Treat(VOUCHER.matcher(summary).find() ? "Their birthday voucher" : "A birthday treat from us", on);
            }
        }
        return null;
    }
}
