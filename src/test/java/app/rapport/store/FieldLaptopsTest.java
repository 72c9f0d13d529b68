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
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.AUDIT_LOG;
import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static app.rapport.store.jooq.Tables.NOTE;
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
    /** Bookkeeping each store keeps for itself: its own log, its no-silent-overwrite counter (checked below separately). */
    private static final Set<Table<?>> NOT_COMPARED = Set.of(CHANGE_LOG, AUDIT_LOG);

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

    /** Every book table holds the same rows on both stores (the client's version is each store's own guard). */
    private static void assertSameBook(Store expected, Store actual, boolean withDerivedState) {
        for (Table<?> table : BookCopy.copiedTables()) {
            if (NOT_COMPARED.contains(table) || !withDerivedState && table.equals(CLIENT_STATE)) {
                continue;
            }
            assertThat(rows(actual, table)).as("%s of %s", table.getName(), actual.location()).isEqualTo(rows(expected, table));
        }
    }

    static List<Map<String, String>> rows(Store store, Table<?> table) {
        return rows(store, table, org.jooq.impl.DSL.noCondition());
    }

    /** The rows of {@code table} that meet {@code which}, each as its values written out, in key order. */
    static List<Map<String, String>> rows(Store store, Table<?> table, org.jooq.Condition which) {
        List<Field<?>> fields = List.of(table.fields()).stream().filter(field -> !field.getName().equalsIgnoreCase("version")).toList();
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> field : table.getPrimaryKey() == null ? fields : List.<Field<?>>copyOf(table.getPrimaryKey().getFields())) {
            order.add(field.asc());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Record row : store.dsl().select(fields).from(table).where(which).orderBy(order).fetch()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Field<?> field : fields) {
                Object value = row.get(field);
                values.put(field.getName(), value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                        : String.valueOf(value));
            }
            rows.add(values);
        }
        return rows;
    }
}
