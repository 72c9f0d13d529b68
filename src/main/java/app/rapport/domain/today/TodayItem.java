package app.rapport.domain.today;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One client in the Today queue: the most urgent reason, the day it is (or was) due, why in
 * words, and any other reasons the client is there too. What kind of conversation to have is the
 * brief's to say (one engine), not the queue's.
 */
public record TodayItem(UUID clientId, String clientName, TodayReason reason, LocalDate due, String why,
                        List<TodayReason> alsoReasons) {
    public TodayItem {
        alsoReasons = List.copyOf(alsoReasons == null ? List.of() : alsoReasons);
    }

    /** True when the due day is before {@code today}. */
    public boolean overdue(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
