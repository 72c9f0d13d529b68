package app.rapport.store;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Permissions;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.Touchpoint;
import app.rapport.service.RapportServices;
import app.rapport.service.TeamService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * `team init`'s roles are the server's own: a desk login works with clients through Rapport, and
 * cannot erase a client, read the audit log or edit the playbook even with plain SQL.
 */
@Tag("postgresql")
class TeamRolesTest {
    private static final AtomicInteger LOGINS = new AtomicInteger();
    private static final String DESK_PASSWORD = "desk-password";

    @TempDir
    Path folder;

    @Test
    void aDeskLoginLogsCallsButCannotEraseAClientEvenWithPlainSql() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        TeamService.Roles roles;
        Client ada;
        try (RapportServices owner = RapportServices.open(location, Clock.systemUTC())) {
            roles = owner.team().init();
            ada = owner.clients().save(ClientBuilder.person("Ada", "Byron").build());
            assertThat(owner.team().permissions()).isEqualTo(Permissions.EVERYTHING);
        }
        String login = "rapport_test_desk_" + ProcessHandle.current().pid() + "_" + LOGINS.incrementAndGet();
        execute(location, "CREATE ROLE " + login + " LOGIN PASSWORD '" + DESK_PASSWORD + "' IN ROLE " + roles.desk());
        try {
            TeamServer server = location.server();
            StoreLocation desk = StoreLocation.onServer(new TeamServer(server.host(), server.port(), server.database(), login,
                    server.parameters(), DESK_PASSWORD.toCharArray()));
            try (RapportServices services = RapportServices.open(desk, Clock.systemUTC())) {
                assertThat(services.team().permissions()).isEqualTo(new Permissions(false, false, false, false, false));
                services.workAs("Ana");
                services.touchpoints().log(new Touchpoint(null, ada.id(), Instant.parse("2026-05-14T09:30:00Z"), Channel.CALL,
                        Direction.INBOUND, "Asked about her order", null, null, null));
                assertThat(services.touchpoints().timeline(ada.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of()))
                        .extracting(TimelineEntry::byline).containsExactly("Ana logged a call");
            }
            try (Connection connection = DriverManager.getConnection(desk.server().jdbcUrl(), desk.server().driverLogin());
                 Statement statement = connection.createStatement()) {
                for (String forbidden : new String[] {"DELETE FROM client WHERE id = '" + ada.id() + "'",
                        "DELETE FROM touchpoint WHERE client_id = '" + ada.id() + "'",
                        "SELECT count(*) FROM audit_log",
                        "UPDATE playbook_rule SET enabled = FALSE",
                        "DELETE FROM change_log"}) {
                    assertThatThrownBy(() -> statement.execute(forbidden)).as(forbidden)
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                }
            }
            try (Store store = Store.open(location, Clock.systemUTC())) {
                assertThat(store.dsl().fetchCount(app.rapport.store.jooq.Tables.CLIENT)).isEqualTo(1);
                assertThat(store.dsl().fetchCount(app.rapport.store.jooq.Tables.TOUCHPOINT)).isEqualTo(1);
            }
        } finally {
            execute(location, "DROP OWNED BY " + login + ", " + roles.desk() + ", " + roles.owner());
            execute(location, "DROP ROLE " + login + ", " + roles.desk() + ", " + roles.owner());
        }
    }

    @Test
    void aStoreFileAllowsEverything() {
        try (Store store = Store.open(StoreLocation.of(folder.resolve("file").toString()), Clock.systemUTC())) {
            assertThat(store.permissions()).isEqualTo(Permissions.EVERYTHING);
        }
    }

    private static void execute(StoreLocation location, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.server().jdbcUrl(), location.server().driverLogin());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
