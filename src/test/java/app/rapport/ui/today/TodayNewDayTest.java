package app.rapport.ui.today;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Today reloads itself just after midnight in the user's zone, so a window left open overnight shows the new day. */
class TodayNewDayTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theNextReloadIsJustAfterTheComingMidnightOfTheUsersZone() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-12-05T23:59:30Z"), LONDON);
        assertThat(TodayView.untilNextDay(lateEvening)).isEqualTo(Duration.ofSeconds(31));

        Clock inTokyo = Clock.fixed(Instant.parse("2026-12-05T14:00:00Z"), ZoneId.of("Asia/Tokyo")); // 23:00 there
        assertThat(TodayView.untilNextDay(inTokyo)).isEqualTo(Duration.ofHours(1).plusSeconds(1));
    }
}
