package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.change.Change;
import app.rapport.domain.change.Change.Operation;
import org.jooq.Record2;
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

/**
 * A bulk load writes its rows and their changes many to a statement: the log must still hold
 * every change once, numbered in the order the rows were written, each stamped after the one before.
 */
class BulkChangeOrderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T06:00:00Z"), ZoneOffset.UTC);
    /** Enough rows that full statements and a remainder are both written, for clients and for changes. */
    private static final int CLIENTS = 73;

    @TempDir
    Path folder;

    @Test
    void aBulkLoadLogsEveryRowOnceInTheOrderItWasWritten() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(ClientBuilder.person("Person", "Number " + i).id(app.rapport.domain.Ids.next()).createdAt(CLOCK.instant()).updatedAt(CLOCK.instant()).phone("mobile", "+44 7700 9000" + String.format("%02d", i))
                        .phone("work", "+44 20 7946 00" + String.format("%02d", i)).build());
            }
            long before = new ChangeLog(store.dsl()).lastSeq();
            store.inTransaction(dsl -> {
                BulkLoader loader = new BulkLoader(dsl, CLOCK.instant());
                clients.forEach(loader::client);
                loader.finish();
                return null;
            });

            List<Change> changes = new ChangeLog(store.dsl()).changesOnly(before, null, 10_000);
            assertThat(changes).hasSize(CLIENTS * 3);
            assertThat(changes).allMatch(change -> change.operation() == Operation.INSERT);
            List<UUID> clientInserts = changes.stream().filter(change -> change.entity().equals("client")).map(Change::clientId).toList();
            assertThat(clientInserts).as("the clients in the order they were added").containsExactlyElementsOf(
                    clients.stream().map(Client::id).toList());
            assertThat(store.dsl().fetchCount(CLIENT_PHONE)).isEqualTo(CLIENTS * 2);

            List<Record2<Long, Long>> stamps = store.dsl().select(CHANGE_LOG.SEQ, CHANGE_LOG.HLC).from(CHANGE_LOG)
                    .where(CHANGE_LOG.SEQ.gt(before)).orderBy(CHANGE_LOG.SEQ).fetch();
            for (int i = 1; i < stamps.size(); i++) {
                assertThat(stamps.get(i).value2()).as("the stamp of change %d comes after the one before it", i)
                        .isGreaterThan(stamps.get(i - 1).value2());
            }
        }
    }
}
