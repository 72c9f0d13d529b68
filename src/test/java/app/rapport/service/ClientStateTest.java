package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientState;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.brief.Phase;
import app.rapport.demo.DemoBusiness;
import app.rapport.store.ClientStateRepository;
import app.rapport.store.TestStores;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-client derived state: kept by every write, and answering phase and ghosting as the brief does. */
class ClientStateTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @TempDir
    Path folder;

    private Store store;
    private TestClock clock;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "state"), Clock.systemDefaultZone());
        clock = new TestClock(NOW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void phaseAndGhostingFromTheStoredStateAgreeWithTheBriefForEveryDemoClient() {
        new DemoDataService(store, clock).load(DemoBusiness.MIXED, 250, 11, Progress.NONE);
        BriefService briefs = new BriefService(store, clock);
        Map<UUID, Phase> phaseBySql = new HashMap<>();
        for (Phase phase : Phase.values()) {
            store.dsl().select(CLIENT_STATE.CLIENT_ID).from(CLIENT_STATE)
                    .where(ClientStateRepository.phaseIs(phase, TODAY, BriefSettings.DEFAULTS))
                    .forEach(r -> assertThat(phaseBySql.put(r.value1(), phase)).as("one phase per client").isNull());
        }
        List<UUID> ghostedBySql = store.dsl().select(CLIENT_STATE.CLIENT_ID).from(CLIENT_STATE)
                .where(ClientStateRepository.ghosted(TODAY, BriefSettings.DEFAULTS)).fetch(CLIENT_STATE.CLIENT_ID);

        assertThat(phaseBySql).hasSize(250);
        Map<Phase, Integer> seen = new HashMap<>();
        int ghosted = 0;
        for (UUID id : phaseBySql.keySet()) {
            Brief brief = briefs.brief(id, NOW).orElseThrow();
            assertThat(phaseBySql.get(id)).as("phase of %s", brief.clientName()).isEqualTo(brief.phase());
            assertThat(ghostedBySql.contains(id)).as("ghosted %s", brief.clientName()).isEqualTo(brief.ghosted());
            seen.merge(brief.phase(), 1, Integer::sum);
            ghosted += brief.ghosted() ? 1 : 0;
        }
        assertThat(seen).containsKeys(Phase.values());
        assertThat(ghosted).isPositive();
    }

    @Test
    void aNewClientWhoseHoneymoonSouredIsAtRiskUntilTheWindowEndsAndOnlyThenMature() {
        Client ada = new ClientService(store, clock).save(ClientServiceTest.person("Ada", "Byron", List.of(), List.of()));
        new PurchaseService(store, clock).save(new Purchase(null, ada.id(), null, "Consultation", TODAY.minusDays(89), BigDecimal.TEN,
                null, null));
        assertThat(phaseOn(ada.id(), TODAY)).isEqualTo(Phase.HONEYMOON);

        new TouchpointService(store, clock).log(new Touchpoint(null, ada.id(), NOW.minus(Duration.ofDays(30)), Channel.CALL,
                Direction.OUTBOUND, "Asked how it went", null, Mood.REGRETFUL, null));

        assertThat(phaseOn(ada.id(), TODAY)).as("89 days after the first purchase, regretful").isEqualTo(Phase.HONEYMOON_AT_RISK);
        assertThat(phaseOn(ada.id(), TODAY.plusDays(1))).as("90 days after: the honeymoon window is over").isEqualTo(Phase.MATURE);
    }

    /** The one phase the SQL conditions put the client in on {@code day}. */
    private Phase phaseOn(UUID clientId, LocalDate day) {
        List<Phase> phases = java.util.Arrays.stream(Phase.values())
                .filter(phase -> store.dsl().fetchExists(CLIENT_STATE, CLIENT_STATE.CLIENT_ID.eq(clientId)
                        .and(ClientStateRepository.phaseIs(phase, day, BriefSettings.DEFAULTS))))
                .toList();
        assertThat(phases).as("one phase per client").hasSize(1);
        return phases.get(0);
    }

    @Test
    void rebuildingFromTheTablesGivesWhatTheDemoLoadWrote() {
        new DemoDataService(store, clock).load(DemoBusiness.MIXED, 200, 5, Progress.NONE);
        List<ClientState> loaded = all();

        store.inTransaction(dsl -> new ClientStateRepository(dsl).rebuildAll(clock.getZone()));

        assertThat(all()).hasSize(200).isEqualTo(loaded);
    }

    @Test
    void aStoreFromBeforeTheStateTableGetsItWhenItIsNextOpened() {
        new DemoDataService(store, clock).load(DemoBusiness.SHOP, 50, 2, Progress.NONE);
        List<ClientState> loaded = all();
        // What V5 leaves in a store that had clients: no rows yet, and the request to derive them.
        store.dsl().deleteFrom(CLIENT_STATE).execute();
        store.dsl().insertInto(app.rapport.store.jooq.Tables.SETTING).values("clientState.rebuild", "pending").execute();
        store.close();

        store = Store.open(TestStores.location(folder, "state"), Clock.systemDefaultZone());

        assertThat(all()).isEqualTo(loaded);
        boolean pending = store.inTransaction(dsl -> new ClientStateRepository(dsl).rebuildPending());
        assertThat(pending).isFalse();
    }

    @Test
    void everyWriteKeepsTheClientsStateUpToDate() {
        ClientService clients = new ClientService(store, clock);
        PurchaseService purchases = new PurchaseService(store, clock);
        TouchpointService touchpoints = new TouchpointService(store, clock);
        Client ada = clients.save(ClientServiceTest.person("Ada", "Byron", List.of(), List.of()));
        assertThat(state(ada.id()).lastPurchaseOn()).isNull();

        Product oven = purchases.saveProduct(new Product(null, "Steam oven", "kitchen", Complexity.COMPLEX, BigDecimal.valueOf(900)));
        Purchase bought = purchases.save(new Purchase(null, ada.id(), oven.id(), null, TODAY.minusDays(10), BigDecimal.valueOf(900),
                null, null));
        ClientState afterPurchase = state(ada.id());
        assertThat(afterPurchase.lastPurchaseOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(afterPurchase.lastPurchaseComplex()).isTrue();
        assertThat(afterPurchase.contactedSincePurchase()).isFalse();
        assertThat(afterPurchase.totalSpent()).isEqualByComparingTo("900");

        touchpoints.log(new Touchpoint(null, ada.id(), NOW.minus(Duration.ofDays(2)), Channel.CALL, Direction.OUTBOUND,
                "Asked how the oven is going", null, Mood.FRUSTRATED, TODAY.plusDays(3)));
        ClientState afterCall = state(ada.id());
        assertThat(afterCall.lastTouchpointOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(afterCall.contactedSincePurchase()).isTrue();
        assertThat(afterCall.latestMood()).isEqualTo(Mood.FRUSTRATED);
        assertThat(afterCall.honeymoonSoured()).isTrue();
        assertThat(afterCall.nextFollowUpOn()).isEqualTo(TODAY.plusDays(3));

        purchases.delete(bought.id());
        assertThat(state(ada.id()).purchaseCount()).isZero();
        purchases.restore(bought.id());
        assertThat(state(ada.id()).purchaseCount()).isEqualTo(1);

        clients.save(ClientBuilder.from(ada).birthday(LocalDate.of(1990, 12, 10)).build());
        assertThat(state(ada.id()).birthdayMonthDay()).isEqualTo(1210);
    }

    /**
     * A write on a team server derives a client's state from their newest touchpoints when those
     * settle it, and reads the rest only when they do not; either way the state is the one all of
     * their touchpoints give (here: what rebuilding every state from the tables writes).
     */
    @Test
    void aBusyClientsStateIsTheOneAllTheirTouchpointsGive() {
        ClientService clients = new ClientService(store, clock);
        TouchpointService touchpoints = new TouchpointService(store, clock);
        Client ada = clients.save(ClientServiceTest.person("Ada", "Byron", List.of(), List.of()));
        new PurchaseService(store, clock).save(new Purchase(null, ada.id(), null, "Kitchen", TODAY.minusDays(200), BigDecimal.TEN, null, null));
        Client bob = clients.save(ClientServiceTest.person("Bob", "Marley", List.of(), List.of()));

        // Ada's start went wrong long ago, and every call since was happy: the trouble lies far below the newest calls.
        logCalls(touchpoints, ada.id(), 150, 1, Mood.FRUSTRATED);
        logCalls(touchpoints, ada.id(), 100, 40, Mood.HAPPY);
        assertThat(state(ada.id()).honeymoonSoured()).isTrue();
        assertThat(state(ada.id()).honeymoonTroubleBehind()).isTrue();
        assertStateIsTheOneEverythingGives(ada.id());

        // the newest calls say nothing of her mood: her latest mood is older than all of them
        logCalls(touchpoints, ada.id(), 50, 30, null);
        assertThat(state(ada.id()).latestMood()).isEqualTo(Mood.HAPPY);
        assertStateIsTheOneEverythingGives(ada.id());

        // a regretful call among the newest settles it by itself
        logCalls(touchpoints, ada.id(), 10, 1, Mood.REGRETFUL);
        assertThat(state(ada.id()).honeymoonTroubleBehind()).isFalse();
        assertStateIsTheOneEverythingGives(ada.id());

        // Bob was called many times before he first bought: the reading stops at his first purchase
        logCalls(touchpoints, bob.id(), 120, 30, Mood.FRUSTRATED);
        new PurchaseService(store, clock).save(new Purchase(null, bob.id(), null, "Oven", TODAY.minusDays(60), BigDecimal.TEN, null, null));
        logCalls(touchpoints, bob.id(), 40, 1, Mood.EXCITED);
        assertThat(state(bob.id()).honeymoonSoured()).isFalse();
        assertStateIsTheOneEverythingGives(bob.id());
    }

    /** {@code count} outbound calls with this mood, one a day from {@code daysAgo} days ago on. */
    private void logCalls(TouchpointService touchpoints, UUID clientId, int daysAgo, int count, Mood mood) {
        for (int i = 0; i < count; i++) {
            touchpoints.log(new Touchpoint(null, clientId, NOW.minus(Duration.ofDays(daysAgo - i)), Channel.CALL, Direction.OUTBOUND,
                    "Talked about the kitchen, call " + i, null, mood, null));
        }
    }

    private void assertStateIsTheOneEverythingGives(UUID clientId) {
        ClientState kept = state(clientId);
        store.inTransaction(dsl -> new ClientStateRepository(dsl).rebuildAll(clock.getZone()));
        assertThat(state(clientId)).isEqualTo(kept);
    }

    private ClientState state(UUID clientId) {
        return store.inTransaction(dsl -> new ClientStateRepository(dsl).find(clientId)).orElseThrow();
    }

    private List<ClientState> all() {
        return store.dsl().selectFrom(CLIENT_STATE).orderBy(CLIENT_STATE.CLIENT_ID).fetch().stream()
                .map(r -> store.inTransaction(dsl -> new ClientStateRepository(dsl).find(r.getClientId())).orElseThrow()).toList();
    }
}
