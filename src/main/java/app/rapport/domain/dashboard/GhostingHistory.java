package app.rapport.domain.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a client was being ghosted on a past day, by the brief engine's rule: their latest
 * purchase up to that day had no touchpoint on a later day (up to that day), and the ghosting
 * window of what they bought had passed.
 */
public final class GhostingHistory {
    private GhostingHistory() {
    }

    /**
     * One purchase of a client, with the first day after it that the client was contacted (null
     * when never). {@code windowDays} is the ghosting window of what was bought.
     */
    public record PurchaseDay(LocalDate day, int windowDays, LocalDate firstContactAfter) {
    }

    /** Whether the client with these purchases was being ghosted on {@code day}. */
    public static boolean ghostedOn(List<PurchaseDay> purchases, LocalDate day) {
        PurchaseDay latest = null;
        for (PurchaseDay p : purchases) {
            if (!p.day().isAfter(day) && (latest == null || p.day().isAfter(latest.day())
                    || p.day().equals(latest.day()) && p.windowDays() < latest.windowDays())) {
                latest = p;
            }
        }
        if (latest == null) {
            return false;
        }
        boolean contacted = latest.firstContactAfter() != null && !latest.firstContactAfter().isAfter(day);
        return !contacted && latest.day().isBefore(day.minusDays(latest.windowDays()));
    }
}
