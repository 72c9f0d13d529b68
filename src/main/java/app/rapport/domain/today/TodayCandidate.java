package app.rapport.domain.today;

import java.time.LocalDate;
import java.util.UUID;

/** A reason to contact a client today, as found in the store, before the queue merges a client's reasons. */
public record TodayCandidate(UUID clientId, String clientName, TodayReason reason, LocalDate due, String why) {
}
