package app.rapport.store;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;
import app.rapport.service.ClientService;
import app.rapport.service.DemoDataService;
import app.rapport.service.NoteService;
import app.rapport.service.Progress;
import app.rapport.service.TouchpointService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.SameBook.assertSameBook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Field laptops (issue 19): two laptops linked to a book on a real PostgreSQL server, edits on all
 * three while the laptops are "offline", then syncs in random orders. Every store must end with
 * the same book, each conflict listed once everywhere, and nothing lost; a sync cut half-way and
 * resumed applies nothing twice and skips nothing; a laptop whose clock is a day wrong still
 * converges. Runs only on PostgreSQL (the server is one), and fails, never skips, without it.
 */
@Tag("postgresql")
class FieldLaptopsTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void twoLaptopsAndTheServerEditingOfflineEndWithTheSameBookAndEachConflictListedOnce(long seed) {
        StoreLocation server = bookOnServer(24);
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, CLOCK);
             Store ben = linkedLaptop("ben", server, CLOCK)) {
            Random random = new Random(seed);
            List<UUID> clients = clientIds(office);
            List<Store> nodes = List.of(office, ana, ben);
            List<String> people = List.of("Office", "Ana", "Ben");
            for (int edit = 0; edit < 60; edit++) {
                int who = random.nextInt(3);
                nodes.get(who).workAs(people.get(who));
                editAtRandom(nodes.get(who), clients.get(random.nextInt(clients.size())), random, people.get(who) + " " + edit);
            }
            List<Store> laptops = new ArrayList<>(List.of(ana, ben));
            for (int round = 0; round < 2; round++) {
                Collections.shuffle(laptops, random);
                laptops.forEach(laptop -> FieldLaptops.sync(laptop, server, CLOCK, FieldLaptops.Progress.NONE));
            }

            assertSameBook(office, ana, true);
            assertSameBook(office, ben, true);
            List<FieldLaptops.Conflict> conflicts = FieldLaptops.openConflicts(office.dsl());
            assertThat(FieldLaptops.openConflicts(ana.dsl())).as("Ana's conflicts").isEqualTo(conflicts);
            assertThat(FieldLaptops.openConflicts(ben.dsl())).as("Ben's conflicts").isEqualTo(conflicts);
            assertThat(conflicts.stream().map(c -> c.entity() + c.rowId() + c.field() + c.otherValue() + c.keptValue()).distinct())
                    .as("each conflict once").hasSameSizeAs(conflicts);
            assertThat(FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE))
                    .as("a round with nothing new").isEqualTo(new FieldLaptops.Round(0, 0, 0, 0));
        }
    }

    @Test
    void editsOfDifferentFieldsBothStayTheSameFieldKeepsTheNewerAndRecordsTheOtherAndADeletedClientEditedElsewhereComesBack() {
        StoreLocation server = bookOnServer(6);
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, Clock.offset(CLOCK, Duration.ofSeconds(30)))) {
            List<UUID> clients = clientIds(office);
            UUID both = clients.get(0);
            UUID deleted = clients.get(1);
            office.workAs("Office");
            ana.workAs("Ana");
            save(office, both, client -> client.source("office fair").addressAs("Dr Office"));
            save(ana, both, client -> client.addressAs("Dr Ana").companyName("Ana & Co"));
            new ClientService(office, CLOCK).delete(deleted);
            save(ana, deleted, client -> client.source("met again at the market"));
            int versionBefore = client(office, both).version();

            FieldLaptops.Round round = FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            assertThat(round.conflicts()).isEqualTo(1);
            for (Store node : List.of(office, ana)) {
                Client merged = client(node, both);
                assertThat(merged.source()).as("the office's field").isEqualTo("office fair");
                assertThat(merged.companyName()).as("Ana's field").isEqualTo("Ana & Co");
                assertThat(merged.addressAs()).as("the newer edit of the same field (Ana's clock is 30 s on)").isEqualTo("Dr Ana");
                assertThat(deletedAt(node, deleted)).as("the edited client is back").isNull();
                assertThat(client(node, deleted).source()).isEqualTo("met again at the market");
                assertThat(node.dsl().select(NOTE.BODY).from(NOTE).where(NOTE.CLIENT_ID.eq(deleted)).fetch(NOTE.BODY)).anyMatch(body -> body.contains("the edit was kept"));
            }
            assertThat(client(office, both).version()).as("a desk that read the client before must be checked again").isGreaterThan(versionBefore);
            FieldLaptops.Conflict conflict = FieldLaptops.openConflicts(ana.dsl()).get(0);
            assertThat(conflict).extracting(FieldLaptops.Conflict::field, FieldLaptops.Conflict::keptValue, FieldLaptops.Conflict::keptBy,
                    FieldLaptops.Conflict::otherValue, FieldLaptops.Conflict::otherBy).containsExactly("address_as", "Dr Ana", "Ana", "Dr Office", "Office");

            FieldLaptops.resolve(office, conflict.id().toString().substring(0, 8), true, "Office");
            FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);
            assertThat(client(ana, both).addressAs()).as("the other value, taken at the office").isEqualTo("Dr Office");
            assertThat(FieldLaptops.openConflicts(ana.dsl())).isEmpty();
            assertSameBook(office, ana, false);
        }
    }

    @Test
    void aClientErasedOnALaptopIsErasedOnTheServerAndTheOtherLaptopAndNoChangeLogKeepsAnythingAboutThem() {
        StoreLocation server = bookOnServer(6);
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, CLOCK);
             Store ben = linkedLaptop("ben", server, CLOCK)) {
            UUID erased = clientIds(office).get(2);
            save(office, erased, client -> client.source("Quillfeather fair"));
            new NoteService(ana, CLOCK).add(erased, "Allergic to lavender", false);
            FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);
            FieldLaptops.sync(ben, server, CLOCK, FieldLaptops.Progress.NONE);
            assertThat(ben.dsl().fetchCount(NOTE, NOTE.CLIENT_ID.eq(erased))).as("the note reached Ben before the erase").isPositive();
            List<String> rowIds = rowIdsAbout(office, erased);
            String name = client(ben, erased).lastName();
            assertThat(searchIds(ben, name)).as("Ben finds the client before the erase").contains(erased);

            erase(ana, erased);
            FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);
            FieldLaptops.sync(ben, server, CLOCK, FieldLaptops.Progress.NONE);

            for (Store node : List.of(office, ana, ben)) {
                assertErasedEverywhereIn(node, erased, rowIds);
                assertThat(searchIds(node, name)).as("searching %s on %s", name, node.location()).doesNotContain(erased);
            }
            assertSameBook(office, ana, true);
            assertSameBook(office, ben, true);
        }
    }

    @Test
    void anEraseAtTheOfficeWinsOverALaptopsOfflineEditsOfTheSameClientWhichAreDroppedAndCounted() {
        StoreLocation server = bookOnServer(6);
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, Clock.offset(CLOCK, Duration.ofMinutes(5)))) {
            UUID erased = clientIds(office).get(3);
            List<String> rowIds = rowIdsAbout(office, erased);
            office.workAs("Office");
            ana.workAs("Ana");
            erase(office, erased);
            save(ana, erased, client -> client.source("Quillfeather fair")); // later by the clock, made offline
            new NoteService(ana, CLOCK).add(erased, "Allergic to lavender", false);

            FieldLaptops.Round round = FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            assertThat(round.droppedForErased()).as("the offline edit and the note, dropped").isGreaterThanOrEqualTo(2);
            for (Store node : List.of(office, ana)) {
                assertErasedEverywhereIn(node, erased, rowIds);
            }
            assertSameBook(office, ana, true);
            assertThat(FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE)).as("nothing comes back in the next round")
                    .isEqualTo(new FieldLaptops.Round(0, 0, 0, 0));
        }
    }

    @Test
    void theServerFoldsItsChangeLogOnlyBelowWhatEveryLinkedLaptopHasPulledAndARevokedLaptopHoldsNothingBack() {
        StoreLocation server = bookOnServer(6);
        Clock afterTheKeptDays = Clock.offset(CLOCK, Duration.ofDays(ChangeLog.DEFAULT_KEEP_DAYS + 30));
        try (Store ana = linkedLaptop("ana", server, CLOCK);
             Store ben = linkedLaptop("ben", server, CLOCK)) {
            long benLinkedAt = FieldLaptops.link(ben.dsl()).orElseThrow().pulledSeq();
            List<UUID> clients;
            try (Store office = Store.open(server, CLOCK)) {
                clients = clientIds(office);
                save(office, clients.get(0), client -> client.source("office fair"));
            }
            FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            try (Store office = Store.open(server, afterTheKeptDays)) { // the owner's opening folds the old changes
                assertThat(office.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.SEQ.le(benLinkedAt))).as("changes every laptop has").isZero();
                assertThat(office.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.CLIENT_ID.eq(clients.get(0))))
                        .as("the change Ana pulled and Ben has not").isPositive();
            }
            FieldLaptops.sync(ben, server, CLOCK, FieldLaptops.Progress.NONE);
            try (Store office = Store.open(server, CLOCK)) {
                assertThat(client(ben, clients.get(0)).source()).isEqualTo("office fair");
                assertSameBook(office, ben, false);
                save(office, clients.get(1), client -> client.source("office phone"));
                FieldLaptops.revoke(office, FieldLaptops.link(ben.dsl()).orElseThrow().laptopId(), CLOCK);
            }
            FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            try (Store office = Store.open(server, afterTheKeptDays)) {
                assertThat(office.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.CLIENT_ID.eq(clients.get(1))))
                        .as("pulled by Ana, the one laptop still linked: Ben, revoked, holds nothing back").isZero();
            }
        }
    }

    @Test
    void clientsBulkLoadedOnALaptopAndAtTheOfficeReachTheOtherSideWithTheirPhonesThroughASyncCutHalfWay() {
        StoreLocation server = bookOnServer(3);
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, CLOCK)) {
            bulkLoad(office, 40, "Officeload");
            bulkLoad(ana, 40, "Anaload");
            assertThat(office.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.FIRST_SEQ.isNotNull())).as("the office's runs").isEqualTo(40);
            assertThat(ana.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.FIRST_SEQ.isNotNull())).as("the laptop's runs").isEqualTo(40);
            assertThat(FieldLaptops.waiting(ana)).as("each client, phone and phone waiting").isEqualTo(40 * 3);

            assertThatThrownBy(() -> FieldLaptops.sync(ana, server, CLOCK, (done, total) -> {
                if (done == 7) {
                    throw new IllegalStateException("network gone");
                }
            })).hasMessageContaining("network gone");
            FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            assertThat(FieldLaptops.waiting(ana)).isZero();
            assertSameBook(office, ana, true);
            assertThat(ana.dsl().fetchCount(app.rapport.store.jooq.Tables.CLIENT_PHONE)).as("phones on the laptop")
                    .isEqualTo(office.dsl().fetchCount(app.rapport.store.jooq.Tables.CLIENT_PHONE)).isGreaterThanOrEqualTo(80 * 2);
            assertThat(searchIds(ana, "Officeload")).as("the office's clients found on the laptop").hasSize(40);
            assertThat(searchIds(office, "Anaload")).as("the laptop's clients found at the office").hasSize(40);
        }
    }

    /** {@code count} new clients with two phones each, through the bulk loader in one transaction, as an import writes them. */
    private static void bulkLoad(Store store, int count, String name) {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(ClientBuilder.person(name, "Number " + i).id(app.rapport.domain.Ids.next()).createdAt(NOW).updatedAt(NOW)
                    .phone("mobile", "+44 7700 9001" + String.format("%02d", i)).phone("work", "+44 20 7946 01" + String.format("%02d", i)).build());
        }
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            clients.forEach(loader::client);
            loader.finish();
            return null;
        });
    }

    @Test
    void aSyncCutHalfWayIsResumedWithNoDuplicateAndNoGap() {
        StoreLocation server = bookOnServer(12);
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, CLOCK)) {
            List<UUID> clients = clientIds(office);
            Random random = new Random(7);
            for (int i = 0; i < 40; i++) {
                editAtRandom(ana, clients.get(random.nextInt(clients.size())), random, "ana " + i);
                editAtRandom(office, clients.get(random.nextInt(clients.size())), random, "office " + i);
            }
            for (int cutAfter : new int[] {3, 17}) {
                assertThatThrownBy(() -> FieldLaptops.sync(ana, server, CLOCK, (done, total) -> {
                    if (done == cutAfter) {
                        throw new IllegalStateException("network gone");
                    }
                })).hasMessageContaining("network gone");
            }
            int waitingBefore = FieldLaptops.waiting(ana);
            FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            assertThat(FieldLaptops.waiting(ana)).as("everything sent (%d were waiting)", waitingBefore).isZero();
            assertSameBook(office, ana, true);
            assertThat(office.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.ORIGIN.isNotNull())).as("each of Ana's changes applied once at the office")
                    .isEqualTo(office.dsl().fetchCount(office.dsl().selectDistinct(CHANGE_LOG.ORIGIN, CHANGE_LOG.ORIGIN_SEQ, CHANGE_LOG.ENTITY,
                            CHANGE_LOG.ROW_ID, CHANGE_LOG.OPERATION, CHANGE_LOG.CHANGED_COLUMNS).from(CHANGE_LOG).where(CHANGE_LOG.ORIGIN.isNotNull())));
        }
    }

    @Test
    void aServerThatDropsTheSyncMidRoundIsResumedByTheNextRoundWithNothingTwiceOrMissingAndSaysSoPlainly() throws Exception {
        StoreLocation server = bookOnServer(12);
        try (Store ana = linkedLaptop("ana", server, CLOCK)) {
            try (Store office = Store.open(server, CLOCK)) {
                List<UUID> clients = clientIds(office);
                Random random = new Random(19);
                for (int i = 0; i < 30; i++) {
                    editAtRandom(ana, clients.get(random.nextInt(clients.size())), random, "ana " + i);
                    editAtRandom(office, clients.get(random.nextInt(clients.size())), random, "office " + i);
                }
            } // the office's connections are closed: only the sync's are cut below
            int waiting = FieldLaptops.waiting(ana);
            int[] calls = {0};
            // cut inside the push's transaction on the server (a cut between the pull's reads costs nothing: the pool reconnects)
            assertThatThrownBy(() -> FieldLaptops.sync(ana, server, CLOCK, (done, total) -> {
                if (++calls[0] == 3) {
                    TestStores.terminateConnectionsTo(server);
                }
            })).isInstanceOf(ServerUnavailableException.class)
                    .hasMessageContaining("lost in the middle of the sync").hasMessageContaining("next sync carries on")
                    .message().doesNotContain("SQL").doesNotContain("Exception");
            assertThat(FieldLaptops.waiting(ana)).as("nothing confirmed by the cut round").isEqualTo(waiting);

            FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            try (Store office = Store.open(server, CLOCK)) {
                assertSameBook(office, ana, true);
                assertThat(office.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.ORIGIN.isNotNull())).as("each of Ana's changes applied once at the office")
                        .isEqualTo(office.dsl().fetchCount(office.dsl().selectDistinct(CHANGE_LOG.ORIGIN, CHANGE_LOG.ORIGIN_SEQ).from(CHANGE_LOG)
                                .where(CHANGE_LOG.ORIGIN.isNotNull())));
                assertThat(ana.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.ORIGIN.isNotNull())).as("each of the office's changes applied once on the laptop")
                        .isEqualTo(ana.dsl().fetchCount(ana.dsl().selectDistinct(CHANGE_LOG.ORIGIN, CHANGE_LOG.ORIGIN_SEQ).from(CHANGE_LOG)
                                .where(CHANGE_LOG.ORIGIN.isNotNull())));
            }
        }
    }

    @Test
    void aFollowUpClosedByACallOnBothSidesIsDoneEverywhereWithoutAConflict() {
        StoreLocation server = bookOnServer(4);
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, Clock.offset(CLOCK, Duration.ofSeconds(30)))) {
            UUID client = clientIds(office).get(0);
            // due yesterday: the next call on either side closes it
            new TouchpointService(office, CLOCK).log(new Touchpoint(null, client, NOW.minus(Duration.ofDays(10)), Channel.CALL, Direction.OUTBOUND,
                    "Asked for the price list", null, null, NOW.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1)));
            FieldLaptops.sync(ana, server, ana.clock(), FieldLaptops.Progress.NONE);
            UUID followUp = office.dsl().select(FOLLOW_UP.ID).from(FOLLOW_UP).where(FOLLOW_UP.CLIENT_ID.eq(client)).and(FOLLOW_UP.DONE_AT.isNull())
                    .fetchOne(FOLLOW_UP.ID);
            assertThat(followUp).as("the office's follow-up, on the laptop too").isNotNull();
            for (Store side : List.of(office, ana)) {
                new TouchpointService(side, side.clock()).log(new Touchpoint(null, client, side.clock().instant(), Channel.CALL, Direction.OUTBOUND,
                        "Sent the price list", null, null, null));
            }
            assertThat(office.dsl().fetchValue(FOLLOW_UP.DONE_AT, FOLLOW_UP.ID.eq(followUp))).as("closed by the office's call").isNotNull();

            FieldLaptops.Round round = FieldLaptops.sync(ana, server, ana.clock(), FieldLaptops.Progress.NONE);

            assertThat(round.conflicts()).as("both closed it: nothing to choose").isZero();
            assertThat(FieldLaptops.openConflicts(office.dsl())).isEmpty();
            assertSameBook(office, ana, true);
            assertThat(ana.dsl().fetchValue(FOLLOW_UP.DONE_AT, FOLLOW_UP.ID.eq(followUp))).isNotNull();
        }
    }

    @Test
    void aLaptopWhoseClockIsADayWrongStillConvergesAndOrdersItsOwnEdits() {
        StoreLocation server = bookOnServer(8);
        Clock dayBehind = Clock.offset(CLOCK, Duration.ofDays(-1));
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, dayBehind);
             Store ben = linkedLaptop("ben", server, Clock.offset(CLOCK, Duration.ofDays(1)))) {
            List<UUID> clients = clientIds(office);
            UUID someone = clients.get(0);
            FieldLaptops.sync(ana, server, dayBehind, FieldLaptops.Progress.NONE);
            save(office, someone, client -> client.source("office"));
            FieldLaptops.sync(ana, server, dayBehind, FieldLaptops.Progress.NONE);
            save(ana, someone, client -> client.source("ana, after seeing the office's edit"));
            save(ana, someone, client -> client.source("ana, second thought"));
            Random random = new Random(11);
            for (int i = 0; i < 30; i++) {
                editAtRandom(i % 2 == 0 ? ana : ben, clients.get(1 + random.nextInt(clients.size() - 1)), random, "edit " + i);
            }
            FieldLaptops.sync(ana, server, dayBehind, FieldLaptops.Progress.NONE);
            FieldLaptops.sync(ben, server, CLOCK, FieldLaptops.Progress.NONE);
            FieldLaptops.sync(ana, server, dayBehind, FieldLaptops.Progress.NONE);

            assertThat(client(office, someone).source()).as("Ana's later edit, though her clock says yesterday")
                    .isEqualTo("ana, second thought");
            assertSameBook(office, ana, false);
            assertSameBook(office, ben, false);
        }
    }

    @Test
    void aLaptopStoreIsLinkedOnceAndARevokedLaptopIsToldSo() {
        StoreLocation server = bookOnServer(3);
        try (Store ana = linkedLaptop("ana", server, CLOCK)) {
            assertThatThrownBy(() -> FieldLaptops.link(ana, server, "again", CLOCK)).hasMessageContaining("linked to").hasMessageContaining("unlink");
            try (Store office = Store.open(server, CLOCK)) {
                assertThat(FieldLaptops.laptops(office)).extracting(FieldLaptops.Laptop::name).containsExactly("ana");
                FieldLaptops.revoke(office, FieldLaptops.link(ana.dsl()).orElseThrow().laptopId().substring(0, 8), CLOCK);
            }
            assertThatThrownBy(() -> FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE))
                    .hasMessageContaining("no longer syncs with this laptop").hasMessageContaining("kept in this file");
            FieldLaptops.unlink(ana);
            assertThat(FieldLaptops.link(ana.dsl())).isEmpty();
        }
    }

    // ------------------------------------------------------------------

    private StoreLocation bookOnServer(int clients) {
        StoreLocation server = TestStores.emptyServerDatabase();
        try (Store office = Store.open(server, CLOCK)) {
            new DemoDataService(office, CLOCK).load(DemoBusiness.SALON, clients, 5, Progress.NONE);
        }
        return server;
    }

    private Store linkedLaptop(String name, StoreLocation server, Clock clock) {
        Store laptop = Store.open(StoreLocation.of(folder.resolve(name).toString()), clock);
        FieldLaptops.link(laptop, server, name, clock);
        return laptop;
    }

    /** Erases the client for good as Privacy's erase does, in one store transaction. */
    private static void erase(Store store, UUID clientId) {
        store.inTransaction(tx -> new ClientDossier(tx).erase(clientId));
    }

    private static List<UUID> searchIds(Store store, String query) {
        return new ClientService(store, CLOCK).search(query, 100).clients().stream().map(app.rapport.domain.ClientSummary::id).toList();
    }

    /** The ids of the client's own rows (notes, touchpoints, phones, ...), as the change log names them. */
    private static List<String> rowIdsAbout(Store store, UUID clientId) {
        List<String> ids = new ArrayList<>(List.of(clientId.toString()));
        for (var table : ClientDossier.tablesAboutClients()) {
            var id = table.field("ID");
            if (id != null && table != CHANGE_LOG) {
                var clientColumn = table.field("CLIENT_ID", UUID.class);
                store.dsl().select(id).from(table).where(clientColumn.eq(clientId)).fetch(0).forEach(value -> ids.add(String.valueOf(value)));
            }
        }
        return ids;
    }

    /** No row about the client in any table, their search entries included, and only the bare fact of the erase in the change log. */
    private static void assertErasedEverywhereIn(Store node, UUID clientId, List<String> rowIds) {
        assertThat(node.dsl().fetchExists(CLIENT, CLIENT.ID.eq(clientId))).as("the client on %s", node.location()).isFalse();
        for (var table : ClientDossier.tablesAboutClients()) {
            if (table != CHANGE_LOG) {
                assertThat(node.dsl().fetchCount(table, table.field("CLIENT_ID", UUID.class).eq(clientId)))
                        .as("%s rows about the client on %s", table.getName(), node.location()).isZero();
            }
        }
        var aboutThem = node.dsl().selectFrom(CHANGE_LOG).where(CHANGE_LOG.CLIENT_ID.eq(clientId).or(CHANGE_LOG.ROW_ID.in(rowIds))
                .or(CHANGE_LOG.CHANGED_COLUMNS.contains("Quillfeather")).or(CHANGE_LOG.CHANGED_COLUMNS.contains("lavender"))
                .or(org.jooq.impl.DSL.or(rowIds.stream().map(id -> CHANGE_LOG.INSERTED_ROWS.contains("\"" + id + "\"")).toList()))).fetch();
        assertThat(aboutThem).as("what the change log of %s keeps about the client", node.location()).singleElement().satisfies(erase -> {
            assertThat(erase.getOperation()).isEqualTo("ERASE");
            assertThat(erase.getRowId()).isNull();
            assertThat(erase.getChangedColumns()).isIn(null, "{}");
            assertThat(erase.getChangedColumnsLarge()).isNull();
        });
    }

    private static List<UUID> clientIds(Store store) {
        return store.dsl().select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).fetch(CLIENT.ID);
    }

    private static Instant deletedAt(Store store, UUID clientId) {
        return store.dsl().select(CLIENT.DELETED_AT).from(CLIENT).where(CLIENT.ID.eq(clientId)).fetchOne(CLIENT.DELETED_AT);
    }

    private static Client client(Store store, UUID id) {
        return new ClientService(store, CLOCK).profile(id).orElseThrow().client();
    }

    private static void save(Store store, UUID id, java.util.function.UnaryOperator<ClientBuilder> change) {
        new ClientService(store, store.clock()).save(change.apply(ClientBuilder.from(client(store, id))).build());
    }

    private static void editAtRandom(Store store, UUID clientId, Random random, String words) {
        Clock clock = store.clock();
        if (!store.dsl().fetchExists(CLIENT, CLIENT.ID.eq(clientId))) {
            return; // erased here: there is no one left to edit
        }
        if (random.nextInt(30) == 0) {
            erase(store, clientId);
            return;
        }
        if (deletedAt(store, clientId) != null) {
            new ClientService(store, clock).restore(clientId);
            return;
        }
        switch (random.nextInt(6)) {
            case 0 -> new TouchpointService(store, clock).log(new Touchpoint(null, clientId, clock.instant(), Channel.CALL, Direction.OUTBOUND,
                    "Call: " + words, null, null, null));
            case 1 -> new NoteService(store, clock).add(clientId, "Note: " + words, false);
            case 2 -> save(store, clientId, client -> client.source(words));
            case 3 -> save(store, clientId, client -> client.addressAs(words));
            case 4 -> save(store, clientId, client -> client.companyName(words));
            default -> {
                if (random.nextInt(3) == 0) {
                    new ClientService(store, clock).delete(clientId);
                } else {
                    save(store, clientId, client -> client.source(words));
                }
            }
        }
    }
}
