package app.rapport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

    /**
     * Calendar days since the last touchpoint as seen in {@code zone} (yesterday evening is one
     * day ago, even at nine the next morning), or -1 when there has never been one.
     */
    public long daysSinceLastTouchpoint(Instant now, ZoneId zone) {
        if (lastTouchpointAt == null) {
            return -1;
        }
        return ChronoUnit.DAYS.between(lastTouchpointAt.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
    }
}
