package app.rapport.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSummaryTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void daysSinceContactCountCalendarDaysWhereTheUserIs() {
        ClientSummary spokeLastNight = summary(Instant.parse("2026-11-25T20:47:00Z"));
        assertThat(spokeLastNight.daysSinceLastTouchpoint(Instant.parse("2026-11-26T09:00:00Z"), LONDON)).isEqualTo(1);
        assertThat(spokeLastNight.daysSinceLastTouchpoint(Instant.parse("2026-11-25T23:00:00Z"), LONDON)).isZero();
        assertThat(summary(null).daysSinceLastTouchpoint(Instant.parse("2026-11-26T09:00:00Z"), LONDON)).isEqualTo(-1);
    }

    private static ClientSummary summary(Instant lastTouchpoint) {
        return new ClientSummary(UUID.randomUUID(), "Anna Conti", null, null, null, List.of(), lastTouchpoint, null);
    }
}
