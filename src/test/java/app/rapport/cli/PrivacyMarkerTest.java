package app.rapport.cli;

import app.rapport.store.Passphrase;
import app.rapport.store.Store;
import app.rapport.store.StoreBackups;
import app.rapport.store.StoreLocation;
import app.rapport.store.StoreLockedException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's name must not leak into any file of the data folder but the store: not through H2's
 * trace file, not through Rapport's error log, not through a working file a killed import left.
 * The command line goes through ordinary work and through failures with a marker name in the
 * data; then every file is searched for the marker, zip entries unpacked. An encrypted store's
 * files, the store and its backups included, hold it nowhere in plain text.
 */
@Tag("store-file") // the files of an H2 store: not run in the PostgreSQL pass
public class PrivacyMarkerTest {
    private static final String MARKER = "Qwyxzorblat";
    private static final String PASSWORD = "violet hour at the pier";

    @TempDir
    Path folder;

    @Test
    void aPlainStoresDataFolderHoldsTheMarkerOnlyInTheStoreAndItsBackups() throws Exception {
        Path dataFolder = folder.resolve("data");
        work(dataFolder, Map.of());
        List<Path> holding = filesHoldingTheMarker(dataFolder);
        assertThat(holding).as("files holding the marker").allSatisfy(file ->
                assertThat(file.getFileName().toString()).matches("book(-replaced-\\d{8}-\\d{6})?\\.mv\\.db|book-\\d{8}-\\d{6}\\.zip"));
        assertThat(holding).as("the store itself holds it, so the search would find it").contains(dataFolder.resolve("book.mv.db"));
    }

    @Test
    void anEncryptedStoresDataFolderHoldsTheMarkerNowhereInPlainText() throws Exception {
        Path dataFolder = folder.resolve("data");
        work(dataFolder, Map.of(RapportCommand.PASSWORD_VARIABLE, PASSWORD));
        assertThat(filesHoldingTheMarker(dataFolder)).isEmpty();
    }

    /** Ordinary work, a statement the database refuses (with the marker in its values) and an import killed half-way. */
    private void work(Path dataFolder, Map<String, String> environment) throws Exception {
        String db = dataFolder.resolve("book").toString();
        Path contacts = folder.resolve("contacts.csv");
        Files.writeString(contacts, "First name,Last name,City,Phone,Notes\n"
                + MARKER + ",Okafor," + MARKER + " Town,+44 7700 900123,going through a divorce " + MARKER + "\n"
                + "Leo,Brandt,Leeds,+44 7700 900456,\n");
        assertThat(run(environment, "--db", db, "import", contacts.toString()).code()).isZero();
        assertThat(run(environment, "--db", db, "brief", MARKER).out()).contains(MARKER);
        assertThat(run(environment, "--db", db, "log", MARKER, "--channel", "call", "--summary", "Talked with " + MARKER).code()).isZero();
        assertThat(run(environment, "--db", db, "backup").code()).isZero();
        assertThat(run(environment, "--db", db, "export", folder.resolve("clients.csv").toString()).code()).isZero();
        assertThat(Files.readString(folder.resolve("clients.csv"))).as("the export, outside the data folder").contains(MARKER);

        breakAConstraintOnPurpose(dataFolder, db, environment);
        killAnImportHalfWay(dataFolder, db, environment);
        CommandRun afterTheKill = run(environment, "--db", db, "clients", "--search", MARKER);
        assertThat(afterTheKill.out()).as("the store opens after the kill (%s)", afterTheKill.err()).contains(MARKER);
    }

    /** Two touchpoints may not have the same summary here, so the second log fails in the database, which names the value. */
    private void breakAConstraintOnPurpose(Path dataFolder, String db, Map<String, String> environment) throws Exception {
        String password = environment.get(RapportCommand.PASSWORD_VARIABLE);
        StoreLocation location = StoreLocation.of(db);
        try (Store store = Store.open(password == null ? location : location.withPassphrase(Passphrase.of(password.toCharArray())),
                Clock.systemUTC())) {
            store.dsl().execute("CREATE UNIQUE INDEX one_summary_each ON touchpoint(summary)");
        }
        CommandRun refused = run(environment, "--db", db, "log", MARKER, "--channel", "call", "--summary", "Talked with " + MARKER);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).as("the database's own message carries the value").contains(MARKER);
        Path log = dataFolder.resolve("logs").resolve("errors.0.log");
        assertThat(log).as("Rapport's error log").exists();
        assertThat(Files.readString(log)).contains("command log").contains("23505").contains("statement: insert into");
    }

    private void killAnImportHalfWay(Path dataFolder, String db, Map<String, String> environment) throws Exception {
        Path many = folder.resolve("many.csv");
        StringBuilder rows = new StringBuilder("First name,Last name,City,Notes\n");
        for (int row = 0; row < 60_000; row++) {
            rows.append(MARKER).append(row).append(",Okafor,").append(MARKER).append(" Town,note about ").append(MARKER).append('\n');
        }
        Files.writeString(many, rows);
        ProcessBuilder importing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.rapport.app.Main", "--db", db, "import", many.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("killed-import.txt").toFile());
        importing.environment().putAll(environment);
        Process child = importing.start();
        try {
            StoreLocation location = StoreLocation.of(db);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> holdsTheStoreOpen(location) || !child.isAlive());
            assertThat(child.isAlive()).as("the import is still running when it is killed").isTrue();
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    private static boolean holdsTheStoreOpen(StoreLocation location) {
        try {
            StoreBackups.ensureNotInUse(location);
            return false;
        } catch (StoreLockedException e) {
            return true;
        }
    }

    private static CommandRun run(Map<String, String> environment, String... args) {
        return CommandRun.of(environment, location -> { }, args);
    }

    static List<Path> filesHoldingTheMarker(Path root) throws IOException {
        return filesHolding(root, MARKER);
    }

    /** Every file under {@code root} whose bytes, or the bytes of any entry when it is a zip, hold {@code marker}. */
    public static List<Path> filesHolding(Path root, String marker) throws IOException {
        List<Path> holding = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                if (holds(Files.readAllBytes(file), marker) || zipEntryHolds(file, marker)) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static boolean zipEntryHolds(Path file, String marker) throws IOException {
        if (!file.getFileName().toString().endsWith(".zip")) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var entry : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (holds(in.readAllBytes(), marker)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean holds(byte[] bytes, String marker) {
        // ISO-8859-1 keeps every byte as one char; UTF-16 catches Java's own string dumps
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(marker)
                || new String(bytes, StandardCharsets.UTF_16BE).contains(marker)
                || new String(bytes, StandardCharsets.UTF_16LE).contains(marker);
    }
}
