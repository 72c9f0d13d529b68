package app.rapport.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * The connections to a team server: a HikariCP pool over the PostgreSQL driver. The password is
 * handed to the driver and nowhere else; without one the driver looks in the user's .pgpass.
 */
final class ServerConnection {
    /** How long to wait for a server before saying it cannot be reached. */
    private static final int CONNECT_SECONDS = 5;
    private static final int POOL_SIZE = 8;

    private ServerConnection() {
    }

    static HikariDataSource pool(TeamServer server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rapport");
        config.setJdbcUrl(server.jdbcUrl());
        if (server.user() != null) {
            config.setUsername(server.user());
        }
        if (server.password() != null) {
            config.setPassword(new String(server.password()));
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_SECONDS * 1_000L);
        // where a store transaction's captured changes wait (PostgresCapture), one per connection
        config.setConnectionInitSql(PostgresCapture.SESSION_TABLE);
        config.addDataSourceProperty("ApplicationName", "Rapport");
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_SECONDS));
        // bulk loads send their batches as multi-row inserts
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw explain(server, e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw new StoreException("Could not connect to the team server " + server + ": " + e.getMessage(), e);
        }
    }

    /** What went wrong on the way to the server, in words that say what to do. */
    static StoreException explain(TeamServer server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            return new ServerUnavailableException("Cannot find the team server '" + server.host() + "'. Check the name in the location "
                    + server + ", and this computer's network.", e);
        }
        if ("08004".equals(state) && String.valueOf(e.getMessage()).contains("no password was provided")) {
            // the driver says the server rejected the connection, though it answered: it wants a password
            return new ServerLoginException("The team server " + server.address() + " asks for the password of the login '" + server.user()
                    + "', and none was given. Give it with --password, --password-file, RAPPORT_PASSWORD or a line in .pgpass.", e);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                || state.startsWith("08")) {
            return new ServerUnavailableException("Cannot reach the team server at " + server.address()
                    + " (" + firstLine(cause.getMessage()) + "). Is PostgreSQL running there, and can this computer reach it? Try again when it is.", e);
        }
        return switch (state) {
            case "28P01", "28000" -> new ServerLoginException("The team server " + server.address() + " did not accept the login '"
                    + server.user() + "'. Check the user name and the password (--password, --password-file, RAPPORT_PASSWORD or .pgpass).", e);
            case "3D000" -> new ServerLoginException("The team server " + server.address() + " has no database '" + server.database()
                    + "'. Ask its administrator to create it (createdb " + server.database() + "), or check the location.", e);
            case "42501" -> new ServerLoginException("The login '" + server.user() + "' may not use the database " + server.database()
                    + " on " + server.address() + ". Ask the administrator for access.", e);
            default -> new StoreException("The team server " + server + " refused the connection: " + firstLine(e.getMessage()), e);
        };
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
