package app.rapport.domain.today;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reason to contact a client today, as found in the store, before the queue merges a client's
 * reasons. Without the client's name: the queue reads names only for the rows it shows.
 */
public record TodayCandidate(UUID clientId, TodayReason reason, LocalDate due, String why) {
}
