package app.rapport.domain;

import app.rapport.domain.brief.TextSignals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** When a client's newest touchpoints give the state all of them give, and when the older ones are needed too. */
class ClientStateNewestTouchpointsTest {
    private static final UUID ADA = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");
    private static final List<Purchase> BOUGHT_200_DAYS_AGO = List.of(
            new Purchase(null, ADA, null, "Kitchen", LocalDate.of(2026, 5, 14).minusDays(200), BigDecimal.TEN, null, null));

    @Test
    void happyCallsAloneDoNotSettleHowTheStartWentButAnUnhappyOneDoes() {
        List<Touchpoint> happy = calls(10, Mood.HAPPY);
        assertThat(suffice(BOUGHT_200_DAYS_AGO, happy)).as("a trouble may lie below the happy calls").isFalse();

        List<Touchpoint> regretfulOnTop = new ArrayList<>(happy);
        regretfulOnTop.add(5, call(5, Mood.REGRETFUL));
        assertThat(suffice(BOUGHT_200_DAYS_AGO, regretfulOnTop)).isTrue();
    }

    @Test
    void withoutAPurchaseOnlyTheNewestMoodIsNeeded() {
        assertThat(suffice(List.of(), calls(10, Mood.HAPPY))).isTrue();
        assertThat(suffice(List.of(), calls(10, null))).as("the latest mood lies below these calls").isFalse();
    }

    @Test
    void callsFromBeforeTheFirstPurchaseEndTheReading() {
        List<Touchpoint> happyThenBefore = new ArrayList<>(calls(3, Mood.HAPPY));
        happyThenBefore.add(call(300, Mood.NEUTRAL));
        assertThat(suffice(BOUGHT_200_DAYS_AGO, happyThenBefore)).isTrue();
    }

    private static boolean suffice(List<Purchase> purchases, List<Touchpoint> newestFirst) {
        return ClientState.newestSuffice(purchases, newestFirst, List.of(), ZoneOffset.UTC, TextSignals::theirReaction);
    }

    /** {@code count} outbound calls, one a day back from today, newest first. */
    private static List<Touchpoint> calls(int count, Mood mood) {
        List<Touchpoint> calls = new ArrayList<>();
        for (int day = 0; day < count; day++) {
            calls.add(call(day, mood));
        }
        return calls;
    }

    private static Touchpoint call(int daysAgo, Mood mood) {
        return new Touchpoint(null, ADA, NOW.minus(daysAgo, ChronoUnit.DAYS), Channel.CALL, Direction.OUTBOUND, "Talked", null, mood, null);
    }
}
