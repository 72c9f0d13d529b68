package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.today.TodayItem;
import app.rapport.demo.DemoBusiness;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today keeps its queue between calls and follows the change log: whatever is written, by a
 * service or by hand, the kept queue must be the queue a fresh read of the whole book gives.
 */
class TodayKeptUpToDateTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(NOW);
    private Store store;
    private TodayService kept;

    @BeforeEach
    void open() {
        store = Store.open(StoreLocation.of(folder.resolve("book").toString()), clock);
        new DemoDataService(store, clock).load(DemoBusiness.MIXED, 300, 21, Progress.NONE);
        kept = new TodayService(store, clock);
        assertThat(kept.queue(Integer.MAX_VALUE).total()).as("the demo book has people to contact").isGreaterThan(20);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void afterCallsFollowUpsRenamesAndDeletesTheKeptQueueIsTheQueueOfAFreshRead() {
        List<TodayItem> before = kept.queue(Integer.MAX_VALUE).items();
        ClientService clients = new ClientService(store, clock);
        TouchpointService touchpoints = new TouchpointService(store, clock);
        for (TodayItem item : before.subList(0, 10)) {
            touchpoints.log(new Touchpoint(null, item.clientId(), NOW, Channel.CALL, Direction.OUTBOUND, "Caught up", null, Mood.HAPPY, null));
        }
        clients.delete(before.get(10).clientId());
        Client renamed = clients.profile(before.get(11).clientId()).orElseThrow().client();
        clients.save(ClientBuilder.from(renamed).displayName("Zoë Renamed").build());
        UUID quiet = store.dsl().select(CLIENT.ID).from(CLIENT)
                .where(CLIENT.ID.notIn(before.stream().map(TodayItem::clientId).toList())).limit(1).fetchOne(CLIENT.ID);
        new FollowUpService(store, clock).create(quiet, NOW.atZone(clock.getZone()).toLocalDate(), "Ring about the new stock");

        assertSameQueue();
        assertThat(kept.queue(Integer.MAX_VALUE).items()).extracting(TodayItem::clientId)
                .doesNotContain(before.get(0).clientId(), before.get(10).clientId()).contains(quiet);
        assertThat(kept.queue(Integer.MAX_VALUE).items()).extracting(TodayItem::clientName).contains("Zoë Renamed");
    }

    @Test
    void aStatementWrittenByHandReachesTheKeptQueue() {
        UUID quiet = store.dsl().select(CLIENT.ID).from(CLIENT)
                .where(CLIENT.ID.notIn(kept.queue(Integer.MAX_VALUE).items().stream().map(TodayItem::clientId).toList()))
                .limit(1).fetchOne(CLIENT.ID);
        store.dsl().insertInto(FOLLOW_UP).set(FOLLOW_UP.ID, UUID.randomUUID()).set(FOLLOW_UP.CLIENT_ID, quiet)
                .set(FOLLOW_UP.DUE_ON, NOW.atZone(clock.getZone()).toLocalDate()).set(FOLLOW_UP.REASON, "Typed in by hand")
                .set(FOLLOW_UP.CREATED_AT, NOW).execute();
        store.inTransaction(dsl -> dsl.update(CLIENT).set(CLIENT.DISPLAY_NAME, "Hand Written").where(CLIENT.ID.eq(quiet)).execute());

        assertThat(kept.queue(Integer.MAX_VALUE).items()).filteredOn(item -> item.clientId().equals(quiet))
                .extracting(TodayItem::clientName).containsExactly("Hand Written");
        assertSameQueue();
    }

    @Test
    void aNewDayAndNewSettingsAreReadWhole() {
        clock.advance(Duration.ofDays(9));
        assertSameQueue();
        store.inTransaction(dsl -> {
            new SettingRepository(dsl).put("today.matureSilentDays", "45");
            return null;
        });
        assertSameQueue();
    }

    private void assertSameQueue() {
        TodayService.Today fresh = new TodayService(store, clock).queue(Integer.MAX_VALUE);
        TodayService.Today followed = kept.queue(Integer.MAX_VALUE);
        assertThat(followed.day()).isEqualTo(fresh.day());
        assertThat(followed.items()).as("the kept queue, row by row").containsExactlyElementsOf(fresh.items());
        assertThat(followed.counts()).isEqualTo(fresh.counts());
    }
}
