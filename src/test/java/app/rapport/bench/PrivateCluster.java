package app.rapport.bench;

import app.rapport.store.StoreLocation;
import app.rapport.store.TeamServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A PostgreSQL cluster of a trial's own, in its own folder and on its own port, so that the trial
 * can stop and restart a real server without touching the machine's shared one. Made with the
 * PostgreSQL 15 binaries; run as the postgres user when the trial runs as root (PostgreSQL
 * refuses root). Local connections are trusted: it listens on loopback only, for the trial.
 */
final class PrivateCluster implements AutoCloseable {
    private static final Path BINARIES = Path.of("/usr/lib/postgresql/15/bin");
    private final Path folder;
    private final Path data;
    private final int port;

    private PrivateCluster(Path folder, int port) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
    }

    /** Starts the cluster in {@code folder} on {@code port}, making it first if the folder holds none. */
    static PrivateCluster start(Path folder, int port) throws IOException, InterruptedException {
        PrivateCluster cluster = new PrivateCluster(folder, port);
        Files.createDirectories(folder);
        if (asRoot()) {
            run(List.of("chown", "postgres", folder.toString()), false);
            // a temporary folder is the owner's alone; the server, running as postgres, must pass through it
            run(List.of("chmod", "o+x", folder.getParent().toString()), false);
        }
        if (!Files.exists(cluster.data.resolve("PG_VERSION"))) {
            run(List.of(BINARIES.resolve("initdb").toString(), "-D", cluster.data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8"), true);
        }
        cluster.pgCtl("start");
        return cluster;
    }

    /** A new, empty database on this cluster. */
    StoreLocation newDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), login()); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The private cluster on port " + port + " refused to make the database " + name + ": " + e.getMessage(), e);
        }
        return StoreLocation.onServer(TeamServer.parse("postgresql://postgres@127.0.0.1:" + port + "/" + name, "postgres"));
    }

    /** Stops the server the way an administrator's restart does (fast: open connections are cut) and starts it again. */
    void restart() throws IOException, InterruptedException {
        pgCtl("restart", "-m", "fast");
    }

    void stop() throws IOException, InterruptedException {
        pgCtl("stop", "-m", "fast");
    }

    void startAgain() throws IOException, InterruptedException {
        pgCtl("start");
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            stop();
        }
    }

    private void pgCtl(String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARIES.resolve("pg_ctl").toString(), "-D", data.toString(), "-w",
                "-l", folder.resolve("server.log").toString(), "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1"));
        command.addAll(List.of(action));
        run(command, true);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static Properties login() {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        return login;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
    }
}
