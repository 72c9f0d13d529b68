package app.rapport.store;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hears, on a connection of its own, that another desk (or any writer) committed changes to a
 * server store: every transaction that writes to the change log sends {@value #CHANNEL} with
 * PostgreSQL's NOTIFY, delivered when it commits. Each notification, and each (re)connection,
 * makes the {@link ChangeFeed} read the log's tail by sequence, so a desk that lost the server
 * catches up on everything it missed as soon as it is back.
 */
final class ServerNotifications {
    static final String CHANNEL = "rapport_changes";
    private static final Logger LOG = Logger.getLogger(ServerNotifications.class.getName());
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 2_000;

    private final TeamServer server;
    private final Runnable changesCommitted;
    private final Thread listener;
    private volatile boolean stopped;

    private ServerNotifications(TeamServer server, Runnable changesCommitted) {
        this.server = server;
        this.changesCommitted = changesCommitted;
        this.listener = new Thread(this::listen, "rapport-server-notifications");
        this.listener.setDaemon(true);
    }

    /** Starts listening; {@code changesCommitted} runs on the listener's thread after each commit anyone makes. */
    static ServerNotifications start(TeamServer server, Runnable changesCommitted) {
        ServerNotifications notifications = new ServerNotifications(server, changesCommitted);
        notifications.listener.start();
        return notifications;
    }

    void stop() {
        stopped = true;
        listener.interrupt();
    }

    private void listen() {
        boolean warned = false;
        while (!stopped) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                warned = false;
                changesCommitted.run(); // whatever was committed while nobody listened
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    if (heard != null && heard.length > 0) {
                        changesCommitted.run();
                    }
                }
            } catch (SQLException e) {
                if (stopped) {
                    return;
                }
                if (!warned) {
                    LOG.log(Level.WARNING, "Lost the team server's notifications; trying again: " + e.getMessage());
                    warned = true;
                }
                try {
                    Thread.sleep(RECONNECT_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties login = server.driverLogin();
        login.setProperty("ApplicationName", "Rapport (notifications)");
        return DriverManager.getConnection(server.jdbcUrl(), login);
    }
}
