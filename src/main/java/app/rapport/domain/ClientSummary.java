package app.rapport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** How to reach the client on one line: company, phone, email, whichever are known. */
    public String contactLine() {
        return Stream.of(companyName, primaryPhone, primaryEmail)
                .filter(part -> part != null && !part.isBlank() && !part.equals(displayName))
                .collect(Collectors.joining("  \u00b7  "));
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
