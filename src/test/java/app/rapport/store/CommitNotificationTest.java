package app.rapport.store;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;
import app.rapport.service.RapportServices;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every commit that writes changes is heard by the other desks exactly once: a desk's own
 * transaction tells them after it commits (its capture trigger stays quiet, so its commit holds no
 * lock on the server's notification queue while it waits for the disk), any other writer through
 * the capture trigger as before, and a transaction that rolls back not at all. Whatever was sent
 * before a marker notification arrives before it, so the count is complete once the marker is heard.
 */
@Tag("postgresql")
class CommitNotificationTest {
    private static final String MARKER = "rapport_test_marker";
    private static final int PATIENCE_MILLIS = 30_000;

    @TempDir
    Path folder;

    @Test
    void aDeskCommitWritingSeveralRowsIsHeardOnce() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        try (RapportServices desk = RapportServices.open(location, Clock.systemUTC());
             Connection listener = connect(location)) {
            Client ada = desk.clients().save(ClientBuilder.person("Ada", "Byron").build());
            listen(listener);

            // a touchpoint, the client's last contact, its state and a follow-up: several rows, one commit
            desk.touchpoints().log(new Touchpoint(null, ada.id(), Instant.now(), Channel.CALL, Direction.OUTBOUND,
                    "Asked about the spring offer", null, null, LocalDate.now().plusDays(3)));

            assertThat(changeNotificationsUntilMarker(location, listener)).isEqualTo(1);
        }
    }

    @Test
    void aDeskTransactionThatRollsBackIsNotHeard() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        try (RapportServices desk = RapportServices.open(location, Clock.systemUTC())) {
            desk.clients().save(ClientBuilder.person("Eve", "Moss").build());
        }
        try (Store store = Store.open(location, Clock.systemUTC()); Connection listener = connect(location)) {
            listen(listener);
            try {
                store.inTransaction(dsl -> {
                    dsl.execute("UPDATE client SET company_name = 'Moss Ltd'");
                    throw new IllegalStateException("changed my mind");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }

            assertThat(changeNotificationsUntilMarker(location, listener)).isZero();
        }
    }

    @Test
    void aWriterOutsideRapportIsHeardOnceThroughTheCaptureTrigger() throws Exception {
        StoreLocation location = TestStores.location(folder, "book");
        try (RapportServices desk = RapportServices.open(location, Clock.systemUTC());
             Connection listener = connect(location); Connection script = connect(location)) {
            Client ada = desk.clients().save(ClientBuilder.person("Ada", "Byron").build());
            listen(listener);

            try (Statement statement = script.createStatement()) {
                statement.execute("UPDATE client SET company_name = 'Byron & Co' WHERE id = '" + ada.id() + "'");
            }

            assertThat(changeNotificationsUntilMarker(location, listener)).isEqualTo(1);
        }
    }

    private static Connection connect(StoreLocation location) throws Exception {
        TeamServer server = location.server();
        return DriverManager.getConnection(server.jdbcUrl(), server.driverLogin());
    }

    private static void listen(Connection listener) throws Exception {
        try (Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + ServerNotifications.CHANNEL);
            statement.execute("LISTEN " + MARKER);
        }
    }

    /** Sends the marker from a connection of its own and counts the change notifications heard before it. */
    private static int changeNotificationsUntilMarker(StoreLocation location, Connection listener) throws Exception {
        try (Connection sender = connect(location); Statement statement = sender.createStatement()) {
            statement.execute("NOTIFY " + MARKER);
        }
        List<String> heard = new ArrayList<>();
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!heard.contains(MARKER)) {
            long left = deadline - System.currentTimeMillis();
            assertThat(left).as("the marker arrives, after " + heard).isPositive();
            PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications((int) left);
            for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                heard.add(notification.getName());
            }
        }
        return (int) heard.stream().filter(ServerNotifications.CHANNEL::equals).count();
    }
}
