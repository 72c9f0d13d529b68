package app.rapport.service;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.brief.Phase;
import app.rapport.demo.DemoBusiness;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDataServiceTest {
    @TempDir
    Path folder;

    @Test
    void theSameSeedAndArgumentsGiveTheSameArchiveApartFromWhenItWasExported() throws Exception {
        String morning = archiveOfDemo("morning", Instant.parse("2026-06-03T08:15:00Z"));
        String evening = archiveOfDemo("evening", Instant.parse("2026-06-03T19:42:31Z"));
        assertThat(evening).isEqualTo(morning);
    }

    @Test
    void theSameSeedTwiceInOneStoreIsRefusedPlainlyAndAddsNothing() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-03T08:15:00Z"), ZoneOffset.UTC);
        try (Store store = Store.open(TestStores.location(folder, "twice"), clock)) {
            DemoDataService demo = new DemoDataService(store, clock);
            demo.load(DemoBusiness.SALON, 5, 9, Progress.NONE);
            assertThatThrownBy(() -> demo.load(DemoBusiness.SALON, 5, 9, Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already holds the salon demo of seed 9").hasMessageContaining("--seed");
            assertThat(new ClientService(store, clock).count()).isEqualTo(5);
        }
    }

    /** The archive of a demo loaded at {@code at}, without its exportedAt line. */
    private String archiveOfDemo(String name, Instant at) throws Exception {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        Path archive = folder.resolve(name + ".json");
        try (Store store = Store.open(TestStores.location(folder, name), clock)) {
            new DemoDataService(store, clock).load(DemoBusiness.MIXED, 40, 21, Progress.NONE);
            new ArchiveService(store, clock).exportTo(archive, false);
        }
        return Files.readString(archive).replaceFirst("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }

    @Test
    void everyLoadedClientIsFindableByName() {
        try (Store store = Store.open(TestStores.location(folder, "full"), Clock.systemDefaultZone())) {
            DemoDataService.DemoResult result = new DemoDataService(store, Clock.systemUTC()).load(DemoBusiness.FIELD, 300, 5, Progress.NONE);
            assertThat(result.clients()).isEqualTo(300);
            assertThat(result.cancelled()).isFalse();
            ClientService clients = new ClientService(store, Clock.systemDefaultZone());
            List<ClientSummary> everyone = clients.search("", 1_000).clients();
            assertThat(everyone).hasSize(300);
            for (ClientSummary client : everyone.subList(0, 40)) {
                assertThat(clients.search(client.displayName(), 1_000).clients()).contains(client);
            }
        }
    }

    @Test
    void theSalonDemoRatesItselfAndOnlySalonsOnEveryFactorOfThePositioningTable() {
        try (Store store = Store.open(StoreLocation.of(folder.resolve("positioning").toString()), Clock.systemDefaultZone())) {
            new DemoDataService(store, Clock.systemUTC()).load(DemoBusiness.SALON, 10, 3, Progress.NONE);
            CompetitorService.Positioning positioning = new CompetitorService(store, Clock.systemUTC()).positioning();

            assertThat(positioning.competitors()).extracting(app.rapport.domain.Competitor::name)
                    .containsExactlyInAnyOrder("Studio Mirelle", "QuickSnip", "The Colour Lab", "Bloom Mobile Hair");
            List<UUID> columns = new java.util.ArrayList<>();
            columns.add(null);
            positioning.competitors().forEach(c -> columns.add(c.id()));
            for (app.rapport.domain.PositioningFactor factor : positioning.factors()) {
                for (UUID column : columns) {
                    assertThat(positioning.cell(factor.id(), column).rating()).as(factor.name() + " for " + column).isBetween(1, 5);
                }
            }
            String quickSnipId = positioning.competitors().stream().filter(c -> c.name().equals("QuickSnip")).findFirst().orElseThrow().id().toString();
            UUID priceFactor = positioning.factors().stream().filter(f -> f.name().equals("Price")).findFirst().orElseThrow().id();
            assertThat(positioning.cell(priceFactor, UUID.fromString(quickSnipId)).note()).isEqualTo("About half our price");
        }
    }

    @Test
    void theDemoSegmentOfNewClientsAtRiskFindsSomeAndNoneOfThemIsCalledALongTimeClient() {
        try (Store store = Store.open(TestStores.location(folder, "segments"), Clock.systemDefaultZone())) {
            TestClock clock = new TestClock(Instant.parse("2026-05-14T09:30:00Z"));
            new DemoDataService(store, clock).load(DemoBusiness.MIXED, 250, 11, Progress.NONE);
            SegmentService segments = new SegmentService(store, clock);
            SegmentService.Saved atRisk = segments.findByName("New clients at risk").orElseThrow();
            SegmentService.Saved longTime = segments.findByName("Unhappy long-time clients").orElseThrow();
            assertThat(atRisk.readable()).as(atRisk.problem()).isTrue();
            assertThat(atRisk.segment().criteria().phases()).containsExactly(Phase.HONEYMOON_AT_RISK);

            List<UUID> newClientsAtRisk = segments.clientIds(atRisk.segment().criteria());

            assertThat(newClientsAtRisk).isNotEmpty();
            assertThat(segments.clientIds(longTime.segment().criteria())).doesNotContainAnyElementsOf(newClientsAtRisk);
        }
    }

    @Test
    void aCancelledLoadKeepsWhatItWroteAndIndexesNothingElse() {
        try (Store store = Store.open(TestStores.location(folder, "cancelled"), Clock.systemDefaultZone())) {
            Progress cancelAfterFirstChunk = new Progress() {
                private volatile boolean cancelled;

                @Override
                public void update(long done, long total, String message) {
                    cancelled = true;
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
            DemoDataService.DemoResult result = new DemoDataService(store, Clock.systemUTC())
                    .load(DemoBusiness.SALON, 5_000, 9, cancelAfterFirstChunk);
            assertThat(result.cancelled()).isTrue();
            assertThat(result.clients()).isEqualTo(1_000);
            assertThat(new ClientService(store, Clock.systemDefaultZone()).count()).isEqualTo(1_000);
            String someone = new ClientService(store, Clock.systemDefaultZone()).firstPage(1).clients().get(0).displayName();
            assertThat(new ClientService(store, Clock.systemDefaultZone()).search(someone, 50).clients())
                    .extracting(app.rapport.domain.ClientSummary::displayName).contains(someone);
        }
    }
}
