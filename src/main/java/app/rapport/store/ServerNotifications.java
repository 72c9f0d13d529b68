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
 * <p>
 * The same session carries this desk's {@link Presence}: it listens on {@value Presence#CHANNEL}
 * too, and its application name says that the desk lives. The server is asked to probe it with
 * TCP keepalives every few seconds, so a desk whose network vanished ends its session (and its
 * presence) within half a minute rather than after the system's two hours.
 */
final class ServerNotifications {
    static final String CHANNEL = "rapport_changes";
    private static final Logger LOG = Logger.getLogger(ServerNotifications.class.getName());
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 2_000;
    private static final int KEEPALIVE_IDLE_SECONDS = 10;
    private static final int KEEPALIVE_INTERVAL_SECONDS = 5;
    private static final int KEEPALIVE_PROBES = 3;

    private final TeamServer server;
    private final Runnable changesCommitted;
    private final Presence presence;
    private final Thread listener;
    private volatile boolean stopped;

    private ServerNotifications(TeamServer server, Runnable changesCommitted, Presence presence) {
        this.server = server;
        this.changesCommitted = changesCommitted;
        this.presence = presence;
        this.listener = new Thread(this::listen, "rapport-server-notifications");
        this.listener.setDaemon(true);
    }

    /**
     * Starts listening; {@code changesCommitted} runs on the listener's thread after each commit
     * anyone makes, and {@code presence} hears who is on a call with which client.
     */
    static ServerNotifications start(TeamServer server, Runnable changesCommitted, Presence presence) {
        ServerNotifications notifications = new ServerNotifications(server, changesCommitted, presence);
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
                statement.execute("SET tcp_keepalives_idle = " + KEEPALIVE_IDLE_SECONDS);
                statement.execute("SET tcp_keepalives_interval = " + KEEPALIVE_INTERVAL_SECONDS);
                statement.execute("SET tcp_keepalives_count = " + KEEPALIVE_PROBES);
                statement.execute("LISTEN " + CHANNEL);
                statement.execute("LISTEN " + Presence.CHANNEL);
                warned = false;
                changesCommitted.run(); // whatever was committed while nobody listened
                presence.sessionStarted();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    boolean changes = false;
                    for (PGNotification notification : heard == null ? new PGNotification[0] : heard) {
                        if (notification.getName().equals(Presence.CHANNEL)) {
                            presence.heard(notification.getParameter());
                        } else {
                            changes = true;
                        }
                    }
                    if (changes) {
                        changesCommitted.run();
                    }
                }
            } catch (SQLException e) {
                presence.sessionLost();
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
        login.setProperty("ApplicationName", presence.applicationName());
        login.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(server.jdbcUrl(), login);
    }
}
