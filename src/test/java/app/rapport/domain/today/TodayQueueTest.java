package app.rapport.domain.today;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's order, one row per client, and keeping only its most urgent rows without losing count of the rest. */
class TodayQueueTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    private final Map<UUID, String> names = new HashMap<>();
    private final List<Collection<UUID>> askedForNames = new ArrayList<>();

    @Test
    void oneRowPerClientUnderTheMostUrgentReasonThenLongestWaitingThenByName() {
        UUID bo = client("bo");
        UUID al = client("Al");
        UUID cy = client("Cy");
        List<TodayCandidate> candidates = List.of(
                candidate(bo, TodayReason.BIRTHDAY, TODAY.plusDays(2)),
                candidate(cy, TodayReason.GHOSTED, TODAY.minusDays(3)),
                candidate(bo, TodayReason.GHOSTED, TODAY.minusDays(3)),
                candidate(al, TodayReason.MATURE_SILENT, TODAY.minusDays(40)),
                candidate(al, TodayReason.GHOSTED, TODAY.minusDays(1)));

        TodayQueue.Page page = TodayQueue.order(candidates, TODAY, Integer.MAX_VALUE, this::names);

        assertThat(page.items()).extracting(TodayItem::clientName).containsExactly("bo", "Cy", "Al");
        assertThat(page.items().get(0).alsoReasons()).containsExactly(TodayReason.BIRTHDAY);
        assertThat(page.items().get(2).alsoReasons()).containsExactly(TodayReason.MATURE_SILENT);
        assertThat(page.counts()).containsExactly(Map.entry(TodayReason.GHOSTED, 3));
        assertThat(page.late()).isEqualTo(3);
        assertThat(page.notShown()).isZero();
    }

    @Test
    void aKeptQueueFollowsAClientWhoseReasonsChangeAndOneWhoLeaves() {
        UUID bo = client("Bo");
        UUID al = client("Al");
        TodayQueue.Kept kept = new TodayQueue.Kept(TODAY);
        kept.put(bo, List.of(candidate(bo, TodayReason.BIRTHDAY, TODAY.plusDays(2))));
        kept.put(al, List.of(candidate(al, TodayReason.MATURE_SILENT, TODAY.minusDays(40))));
        assertThat(kept.page(10, this::names).items()).extracting(TodayItem::clientName).containsExactly("Al", "Bo");

        kept.put(bo, List.of(candidate(bo, TodayReason.BIRTHDAY, TODAY.plusDays(2)), candidate(bo, TodayReason.GHOSTED, TODAY.minusDays(1))));
        TodayQueue.Page afterBoWasGhosted = kept.page(10, this::names);
        assertThat(afterBoWasGhosted.items()).extracting(TodayItem::clientName).containsExactly("Bo", "Al");
        assertThat(afterBoWasGhosted.items().get(0).alsoReasons()).containsExactly(TodayReason.BIRTHDAY);
        assertThat(afterBoWasGhosted.counts()).containsExactly(Map.entry(TodayReason.GHOSTED, 1), Map.entry(TodayReason.MATURE_SILENT, 1));
        assertThat(afterBoWasGhosted.late()).isEqualTo(2);

        kept.put(al, List.of());
        TodayQueue.Page afterAlWasCalled = kept.page(10, this::names);
        assertThat(afterAlWasCalled.items()).extracting(TodayItem::clientName).containsExactly("Bo");
        assertThat(afterAlWasCalled.counts()).containsExactly(Map.entry(TodayReason.GHOSTED, 1));
        assertThat(afterAlWasCalled.late()).isEqualTo(1);
    }

    @Test
    void theMostUrgentRowsAreTheFirstRowsOfTheWholeQueueAndEveryClientIsCounted() {
        Random random = new Random(7);
        List<TodayCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // few due days and repeated names, so that many rows tie on reason and day at any cut
            UUID id = client("Client " + (char) ('A' + random.nextInt(26)) + random.nextInt(5));
            int reasons = 1 + random.nextInt(3);
            for (int r = 0; r < reasons; r++) {
                TodayReason reason = TodayReason.values()[random.nextInt(TodayReason.values().length)];
                candidates.add(candidate(id, reason, TODAY.plusDays(random.nextInt(6) - 3)));
            }
        }
        TodayQueue.Page whole = TodayQueue.order(candidates, TODAY, Integer.MAX_VALUE, this::names);
        assertThat(whole.items()).hasSize(400);

        for (int limit : new int[] {0, 1, 37, 150, 399, 400, 401}) {
            askedForNames.clear();
            TodayQueue.Page page = TodayQueue.order(candidates, TODAY, limit, this::names);
            assertThat(page.items()).as("first %d rows", limit).isEqualTo(whole.items().subList(0, Math.min(limit, 400)));
            assertThat(page.counts()).isEqualTo(whole.counts());
            assertThat(page.total()).isEqualTo(400);
            assertThat(page.late()).isEqualTo(whole.late());
            assertThat(page.notShown()).isEqualTo(400 - Math.min(limit, 400));
            if (limit < 150) {
                assertThat(askedForNames.get(0).size()).as("names read for %d rows", limit).isLessThan(limit + 60);
            }
        }
    }

    @Test
    void rowsTiedAtTheCutAreDecidedByName() {
        UUID zed = client("Zed");
        UUID amy = client("amy");
        UUID max = client("Max");
        List<TodayCandidate> candidates = List.of(
                candidate(zed, TodayReason.FOLLOW_UP_OVERDUE, TODAY.minusDays(2)),
                candidate(max, TodayReason.FOLLOW_UP_OVERDUE, TODAY.minusDays(2)),
                candidate(amy, TodayReason.FOLLOW_UP_OVERDUE, TODAY.minusDays(2)));

        TodayQueue.Page page = TodayQueue.order(candidates, TODAY, 2, this::names);

        assertThat(page.items()).extracting(TodayItem::clientName).containsExactly("amy", "Max");
        assertThat(page.counts()).containsExactly(Map.entry(TodayReason.FOLLOW_UP_OVERDUE, 3));
        assertThat(page.notShown()).isEqualTo(1);
    }

    private UUID client(String name) {
        UUID id = UUID.randomUUID();
        names.put(id, name);
        return id;
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        askedForNames.add(List.copyOf(ids));
        Map<UUID, String> found = new HashMap<>();
        ids.forEach(id -> found.put(id, names.get(id)));
        return found;
    }

    private static TodayCandidate candidate(UUID client, TodayReason reason, LocalDate due) {
        return new TodayCandidate(client, reason, due, reason.label() + " on " + due);
    }
}
