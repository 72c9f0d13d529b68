package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.change.Change;
import app.rapport.domain.change.Change.Operation;
import app.rapport.store.jooq.tables.records.ChangeLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.noCondition;

/**
 * A bulk load logs each new client's inserts in one row of the change log (a run), where one row a
 * change cost the log's key and its index by client for every row written. Read back, the log must
 * still hold every change once, numbered one after the other, each client's inserts after the
 * client's own and the clients in the order they were added, each stamped after the one before;
 * a reader whose cursor falls inside a run, counts, the last change of a row and an erase must all
 * see the changes as if each had a row of its own.
 */
class BulkChangeOrderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T06:00:00Z"), ZoneOffset.UTC);
    /** Enough rows that full statements and a remainder are both written, for clients and for changes. */
    private static final int CLIENTS = 73;

    @TempDir
    Path folder;

    @Test
    void aBulkLoadLogsEveryRowOnceEachClientsInsertsAfterItsOwnWithRisingStampsInOneLogRowAClient() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            List<Client> clients = clients();
            long before = new ChangeLog(store.dsl()).lastSeq();
            load(store, clients);

            List<Change> changes = new ChangeLog(store.dsl()).changesOnly(before, null, 10_000);
            assertThat(changes).hasSize(CLIENTS * 3);
            assertThat(changes).allMatch(change -> change.operation() == Operation.INSERT);
            for (int i = 0; i < CLIENTS; i++) {
                UUID id = clients.get(i).id();
                assertThat(changes.subList(i * 3, i * 3 + 3)).as("client %d's inserts, theirs first", i)
                        .extracting(Change::entity, Change::clientId)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("client", id), org.assertj.core.groups.Tuple.tuple("client_phone", id),
                                org.assertj.core.groups.Tuple.tuple("client_phone", id));
            }
            assertThat(changes.stream().map(Change::rowId).distinct()).as("every row once").hasSize(CLIENTS * 3);
            for (int i = 1; i < changes.size(); i++) {
                assertThat(changes.get(i).seq()).as("change %d is numbered right after the one before", i).isEqualTo(changes.get(i - 1).seq() + 1);
            }
            assertThat(store.dsl().fetchCount(CLIENT_PHONE)).isEqualTo(CLIENTS * 2);

            List<ChangeLogRecord> logged = new ChangeLog(store.dsl()).committedAfter(before, noCondition(), 10_000).rows();
            for (int i = 1; i < logged.size(); i++) {
                assertThat(logged.get(i).getHlc()).as("the stamp of change %d comes after the one before it", i)
                        .isGreaterThan(logged.get(i - 1).getHlc());
            }
            assertThat(store.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.SEQ.gt(before))).as("rows in the log").isEqualTo(CLIENTS);
            assertThat(new ChangeLog(store.dsl()).countSince(before)).isEqualTo(CLIENTS * 3);
            assertThat(new ChangeLog(store.dsl()).countSince(changes.get(4).seq())).isEqualTo(CLIENTS * 3 - 5);
        }
    }

    @Test
    void aReaderWhoseCursorFallsInsideARunReadsEachChangeOnceAndOneClientsChangesAreFoundByClient() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            List<Client> clients = clients();
            long before = new ChangeLog(store.dsl()).lastSeq();
            load(store, clients);
            ChangeLog log = new ChangeLog(store.dsl());
            List<Change> all = log.changesOnly(before, null, 10_000);

            List<Change> paged = new ArrayList<>();
            long cursor = before;
            for (List<Change> page = log.changesOnly(cursor, null, 2); !page.isEmpty(); page = log.changesOnly(cursor, null, 2)) {
                assertThat(page).hasSizeLessThanOrEqualTo(2);
                paged.addAll(page);
                cursor = page.get(page.size() - 1).seq();
            }
            assertThat(paged).isEqualTo(all);

            UUID tenth = clients.get(10).id();
            assertThat(log.since(before, tenth, 100)).extracting(Change::entity).containsExactly("client", "client_phone", "client_phone");
            assertThat(log.since(before, tenth, 100).get(1).columns()).as("an insert's values, read from its row").containsKey("e164");
            String phone = all.get(10 * 3 + 2).rowId();
            assertThat(log.lastChange("client_phone", phone, null)).hasValueSatisfying(change -> {
                assertThat(change.seq()).isEqualTo(all.get(10 * 3 + 2).seq());
                assertThat(change.operation()).isEqualTo(Operation.INSERT);
            });
        }
    }

    @Test
    void erasingABulkLoadedClientLeavesNothingOfTheirsInTheLogNotEvenARowThatCameFromAnotherClientsRun() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            List<Client> clients = clients();
            long before = new ChangeLog(store.dsl()).lastSeq();
            load(store, clients);
            UUID giver = clients.get(3).id();
            UUID erased = clients.get(4).id();
            List<Change> giversBefore = new ChangeLog(store.dsl()).since(before, giver, 100);
            String movedPhone = giversBefore.get(2).rowId();
            store.inTransaction(tx -> tx.update(CLIENT_PHONE).set(CLIENT_PHONE.CLIENT_ID, erased)
                    .where(CLIENT_PHONE.ID.eq(UUID.fromString(movedPhone))).execute());

            store.inTransaction(tx -> new ClientDossier(tx).erase(erased));

            assertThat(store.dsl().selectFrom(CHANGE_LOG).where(CHANGE_LOG.CLIENT_ID.eq(erased)).fetch())
                    .as("the erase alone").singleElement().satisfies(erase -> assertThat(erase.getOperation()).isEqualTo("ERASE"));
            assertThat(store.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.ROW_ID.eq(movedPhone).or(CHANGE_LOG.INSERTED_ROWS.contains(movedPhone))))
                    .as("log rows naming the phone that moved to the erased client").isZero();
            assertThat(new ChangeLog(store.dsl()).since(before, giver, 100)).as("the giver's other inserts stay")
                    .extracting(Change::seq).containsExactly(giversBefore.get(0).seq(), giversBefore.get(1).seq());
            assertThat(new ChangeLog(store.dsl()).changesOnly(before, null, 10_000)).as("no change of the erased client but the erase")
                    .filteredOn(change -> erased.equals(change.clientId())).extracting(Change::operation).containsExactly(Operation.ERASE);
        }
    }

    @Test
    void aRunNamesRowsWhoseKeysNeedEscapingInJsonAndReadsThemBackAsTheyWere() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            List<String> tags = List.of("say \"hi\"", "back\\slash", "plain", "caf\u00e9 \u2615");
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(ClientBuilder.person("Tagged", "Number " + i).id(app.rapport.domain.Ids.next()).createdAt(CLOCK.instant())
                        .updatedAt(CLOCK.instant()).tags(tags).build());
            }
            long before = new ChangeLog(store.dsl()).lastSeq();
            load(store, clients);

            List<Change> changes = new ChangeLog(store.dsl()).changesOnly(before, null, 10_000);
            UUID first = clients.get(0).id();
            assertThat(changes).filteredOn(change -> first.equals(change.clientId()) && change.entity().equals("client_tag"))
                    .extracting(Change::rowId).containsExactlyInAnyOrderElementsOf(tags.stream().map(tag -> first + "/" + tag).toList());
            assertThat(changes).hasSize(CLIENTS * (1 + tags.size()));
        }
    }

    private static List<Client> clients() {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(ClientBuilder.person("Person", "Number " + i).id(app.rapport.domain.Ids.next()).createdAt(CLOCK.instant())
                    .updatedAt(CLOCK.instant()).phone("mobile", "+44 7700 9000" + String.format("%02d", i))
                    .phone("work", "+44 20 7946 00" + String.format("%02d", i)).build());
        }
        return clients;
    }

    private static void load(Store store, List<Client> clients) {
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, CLOCK.instant());
            clients.forEach(loader::client);
            loader.finish();
            return null;
        });
    }
}
