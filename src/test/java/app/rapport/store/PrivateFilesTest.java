package app.rapport.store;

import app.rapport.domain.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** On a shared computer, other accounts cannot read anything Rapport writes about clients. */
@Tag("store-file") // the H2 file itself: not run in the PostgreSQL pass
class PrivateFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @BeforeEach
    void onlyWherePermissionsExist() {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void theDataFolderTheStoreAndEveryCopyOfItAreTheOwnersAlone() throws Exception {
        Path dataFolder = folder.resolve("shared-pc").resolve("rapport");
        StoreLocation location = StoreLocation.of(dataFolder.resolve("shop").toString());
        Path backup;
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            save(store, StoreTest.client("Maya Okafor", "+44 7700 900123", "maya@example.org", "vip"));
            backup = StoreBackups.backUp(store, StoreBackups.defaultTarget(location, CLOCK.instant()), false).file();
            // a bulk load compacts the file on close, and H2 writes the compacted file anew
            store.inBulkMode(() -> save(store, StoreTest.client("Leo Brandt", "+44 7700 900456", "leo@example.org", "new")));
        }
        StoreBackups.restore(location, backup, CLOCK);
        StoreBackups.encrypt(location, Passphrase.of("a long enough phrase".toCharArray()), true, CLOCK);

        Map<String, String> modes = modesUnder(folder.resolve("shared-pc"));
        assertThat(modes).containsEntry("rapport", "rwx------")
                .containsEntry("rapport/shop.mv.db", "rw-------")
                .containsEntry("rapport/backups", "rwx------")
                .containsEntry("rapport/backups/shop-20261205-093000.zip", "rw-------")
                .containsEntry("rapport/backups/shop-replaced-20261205-093000.mv.db", "rw-------")
                .containsEntry("rapport/backups/shop-unencrypted-20261205-093000.mv.db", "rw-------");
        assertThat(modes).as("every folder and file under the data folder").allSatisfy((path, mode) ->
                assertThat(mode).as(path).isIn("rwx------", "rw-------"));
        assertThat(modes.keySet()).as("only the store and its backups, no trace or working files")
                .containsExactlyInAnyOrder("", "rapport", "rapport/shop.mv.db", "rapport/backups",
                        "rapport/backups/shop-20261205-093000.zip", "rapport/backups/shop-replaced-20261205-093000.mv.db",
                        "rapport/backups/shop-unencrypted-20261205-093000.mv.db");
    }

    @Test
    void aStoreOthersCouldReadIsMadeTheOwnersAloneAndSaidOnce() throws Exception {
        StoreLocation location = TestStores.location(folder, "shop");
        Store.open(location, Clock.systemDefaultZone()).close();
        Files.setPosixFilePermissions(location.dataFile(), PosixFilePermissions.fromString("rw-r--r--"));

        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            assertThat(store.wasTightenedOnOpen()).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(location.dataFile()))).isEqualTo("rw-------");
        }
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            assertThat(store.wasTightenedOnOpen()).as("already private the next time").isFalse();
        }
    }

    @Test
    void aFailingStatementLeavesNoTraceFileBesideTheStore() throws Exception {
        StoreLocation location = TestStores.location(folder, "shop");
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            save(store, StoreTest.client("Zebedee Quillfeather", "+44 7700 900999", "zebedee@example.org", "vip"));
            // H2 writes a failure like this one, with the value, into NAME.trace.db unless told not to
            assertThatThrownBy(() -> store.dsl().execute("UPDATE client SET postal_code = REPEAT('Quillfeather', 10)"))
                    .hasMessageContaining("Value too long");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("shop.mv.db");
        }
    }

    private static Map<String, String> modesUnder(Path root) throws Exception {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                modes.put(root.relativize(path).toString().replace('\\', '/'),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
            }
        }
        return modes;
    }

    private static List<Client> save(Store store, Client client) {
        store.inTransaction(dsl -> {
            new ClientRepository(dsl).insert(client);
            return null;
        });
        return List.of(client);
    }
}
