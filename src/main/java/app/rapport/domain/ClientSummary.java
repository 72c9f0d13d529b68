package app.rapport.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One row of the client list: enough to recognise the client, nothing more. */
public record ClientSummary(
        UUID id,
        String displayName,
        String companyName,
        String primaryPhone,
        String primaryEmail,
        List<String> tags,
        Instant lastTouchpointAt,
        LocalDate nextFollowUpOn) {

    public ClientSummary {
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    /** Whole days since the last touchpoint, or -1 when there has never been one. */
    public long daysSinceLastTouchpoint(Instant now) {
        return lastTouchpointAt == null ? -1 : Duration.between(lastTouchpointAt, now).toDays();
    }
}
