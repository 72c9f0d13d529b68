package app.rapport.store;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.change.Change;
import app.rapport.domain.change.Change.Operation;
import app.rapport.service.ClientService;
import app.rapport.service.TouchpointService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What only a store on a PostgreSQL server has: its logins, other programs' databases, several desks writing at once. */
@Tag("postgresql")
class TeamServerStoreTest {
    @TempDir
    Path folder;

    @Test
    void aWrongPasswordIsSaidInPlainWords() {
        StoreLocation location = TestStores.location(folder, "book");
        StoreLocation wrong = StoreLocation.onServer(location.server().withPassword("not the password".toCharArray()));

        assertThatThrownBy(() -> Store.open(wrong, Clock.systemUTC()))
                .isInstanceOf(ServerLoginException.class)
                .hasMessageContaining("did not accept the login '" + location.server().user() + "'")
                .hasMessageContaining("--password");
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamed() {
        StoreLocation location = TestStores.location(folder, "book");
        StoreLocation missing = StoreLocation.onServer(location.server().withDatabase("no_such_book"));

        assertThatThrownBy(() -> Store.open(missing, Clock.systemUTC()))
                .isInstanceOf(ServerLoginException.class)
                .hasMessageContaining("has no database 'no_such_book'");
    }

    @Test
    void aDatabaseOfAnotherProgramIsLeftAsItWas() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        execute(location, "DROP SCHEMA public CASCADE; CREATE SCHEMA public; CREATE TABLE invoices (id INT PRIMARY KEY)");

        assertThatThrownBy(() -> Store.open(location, Clock.systemUTC()))
                .isInstanceOf(NotARapportStoreException.class)
                .hasMessageContaining("holds tables of another program");
        execute(location, "INSERT INTO invoices VALUES (1)"); // still there, still theirs
    }

    @Test
    void aWriteFromOutsideRapportIsLoggedAsTheDatabaseLogin() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        Client ada;
        try (Store store = Store.open(location, Clock.systemUTC())) {
            ada = new ClientService(store, Clock.systemUTC()).save(ClientBuilder.person("Ada", "Byron").build());
        }

        execute(location, "UPDATE client SET city = 'Leeds' WHERE id = '" + ada.id() + "'");

        try (Store store = Store.open(location, Clock.systemUTC())) {
            List<Change> changes = new ChangeLog(store.dsl()).since(0, ada.id(), 100);
            assertThat(changes).last().satisfies(change -> {
                assertThat(change.operation()).isEqualTo(Operation.UPDATE);
                assertThat(change.author()).isEqualTo(location.server().user());
                assertThat(change.columns().get("city").after()).isEqualTo("Leeds");
            });
        }
    }

    @Test
    void twoDesksLoggingAtOnceLoseNothing() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        int perDesk = 40;
        try (Store first = Store.open(location, Clock.systemUTC()); Store second = Store.open(location, Clock.systemUTC())) {
            Client ada = new ClientService(first, Clock.systemUTC()).save(ClientBuilder.person("Ada", "Byron").build());
            Client bo = new ClientService(second, Clock.systemUTC()).save(ClientBuilder.person("Bo", "Lind").build());
            long before = new ChangeLog(first.dsl()).lastSeq();
            ExecutorService desks = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (Store desk : List.of(first, second)) {
                TouchpointService touchpoints = new TouchpointService(desk, Clock.systemUTC());
                done.add(desks.submit((Callable<Void>) () -> {
                    for (int i = 0; i < perDesk; i++) {
                        for (Client client : List.of(ada, bo)) {
                            touchpoints.log(new Touchpoint(null, client.id(), Instant.parse("2026-05-14T09:30:00Z").plusSeconds(i),
                                    Channel.CALL, Direction.OUTBOUND, "Call " + i, null, null, null));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> desk : done) {
                desk.get();
            }
            desks.shutdown();

            List<Change> logged = new ChangeLog(first.dsl()).changesOnly(before, null, 10_000);
            assertThat(logged).filteredOn(change -> change.entity().equals("touchpoint")).hasSize(2 * 2 * perDesk);
            assertThat(first.dsl().selectCount().from(CLIENT_STATE).where(CLIENT_STATE.LAST_TOUCHPOINT_ON.isNotNull()).fetchOne(0, Integer.class))
                    .as("each client's state follows both desks' touchpoints").isEqualTo(2);
        }
    }

    private static void execute(StoreLocation location, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.server().jdbcUrl(), location.server().driverLogin());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
