package app.rapport.store;

import app.rapport.domain.Client;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("store-file") // the H2 file itself: not run in the PostgreSQL pass
class StoreBackupsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aBackupIsTakenWhileTheStoreIsOpenAndVerified() {
        StoreLocation location = TestStores.location(folder, "shop");
        Client maya = StoreTest.client("Maya Okafor", "+44 7700 900123", "maya@example.org", "vip");
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            save(store, maya);
            StoreBackups.Check backup = StoreBackups.backUp(store, StoreBackups.defaultTarget(location, CLOCK.instant()), false);
            assertThat(backup.file()).isEqualTo(folder.resolve("backups/shop-20261126-093000.zip")).isRegularFile();
            assertThat(backup.clients()).isEqualTo(1);
            save(store, StoreTest.client("Leo Brandt", "+44 7700 900456", "leo@example.org", "new"));
        }
        assertThat(folder.resolve("backups")).isDirectoryNotContaining("glob:**/.*");
        StoreBackups.Check again = StoreBackups.verify(folder.resolve("backups/shop-20261126-093000.zip"), null);
        assertThat(again.clients()).isEqualTo(1);
        assertThat(StoreBackups.newestBackupTime(location)).contains(CLOCK.instant());
    }

    @Test
    void rotationKeepsTheNewestBackupsOnly() throws Exception {
        StoreLocation location = TestStores.location(folder, "shop");
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            for (int minute = 0; minute < 5; minute++) {
                StoreBackups.backUp(store, StoreBackups.defaultTarget(location, CLOCK.instant().plusSeconds(60L * minute)), false);
            }
        }
        Path unrelated = Files.writeString(folder.resolve("backups/shop-replaced-20200101-000000.mv.db"), "kept");
        List<Path> deleted = StoreBackups.rotate(location, 3);
        assertThat(deleted).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("shop-20261126-093000.zip", "shop-20261126-093100.zip");
        assertThat(StoreBackups.rotatedBackups(location)).extracting(path -> path.getFileName().toString())
                .containsExactly("shop-20261126-093400.zip", "shop-20261126-093300.zip", "shop-20261126-093200.zip");
        assertThat(unrelated).exists();
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheReplacedStore() {
        StoreLocation location = TestStores.location(folder, "shop");
        Client maya = StoreTest.client("Maya Okafor", "+44 7700 900123", "maya@example.org", "vip");
        Client leo = StoreTest.client("Leo Brandt", "+44 7700 900456", "leo@example.org", "new");
        Path backup;
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            save(store, maya);
            backup = StoreBackups.backUp(store, folder.resolve("before-leo.zip"), false).file();
            save(store, leo);
        }
        StoreBackups.Restored restored = StoreBackups.restore(location, backup, CLOCK);
        assertThat(restored.backup().clients()).isEqualTo(1);
        assertThat(restored.replacedStore()).contains(folder.resolve("backups/shop-replaced-20261126-093000.mv.db"));
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            assertThat(new ClientRepository(store.dsl()).find(maya.id())).contains(maya);
            assertThat(new ClientRepository(store.dsl()).find(leo.id())).isEmpty();
        }
        try (Store replaced = Store.open(StoreLocation.of(restored.replacedStore().orElseThrow().toString()), Clock.systemDefaultZone())) {
            assertThat(new ClientRepository(replaced.dsl()).find(leo.id())).contains(leo);
        }
    }

    @Test
    void aTruncatedBackupIsRefusedAndTheStoreIsLeftAlone() throws Exception {
        StoreLocation location = TestStores.location(folder, "shop");
        Path backup;
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            save(store, StoreTest.client("Maya Okafor", "+44 7700 900123", "maya@example.org", "vip"));
            backup = StoreBackups.backUp(store, folder.resolve("full.zip"), false).file();
        }
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));
        byte[] storeBefore = Files.readAllBytes(location.dataFile());

        assertThatThrownBy(() -> StoreBackups.restore(location, truncated, CLOCK))
                .isInstanceOf(BackupRejectedException.class)
                .hasMessageContaining(truncated.toString())
                .hasMessageContaining("cut short or damaged")
                .hasMessageContaining("Nothing was changed");
        assertThat(Files.readAllBytes(location.dataFile())).isEqualTo(storeBefore);
        assertThat(folder.resolve("backups")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        StoreLocation location = TestStores.location(folder, "shop");
        Store.open(location, Clock.systemDefaultZone()).close();
        Path letter = Files.writeString(folder.resolve("letter.txt"), "Dear Sir or Madam");
        byte[] storeBefore = Files.readAllBytes(location.dataFile());
        assertThatThrownBy(() -> StoreBackups.restore(location, letter, CLOCK))
                .isInstanceOf(BackupRejectedException.class)
                .hasMessageContaining(letter + " is not a Rapport backup");
        Path empty = Files.createFile(folder.resolve("empty.zip"));
        assertThatThrownBy(() -> StoreBackups.restore(location, empty, CLOCK))
                .isInstanceOf(BackupRejectedException.class)
                .hasMessageContaining("is not a Rapport backup");
        assertThat(Files.readAllBytes(location.dataFile())).isEqualTo(storeBefore);
    }

    @Test
    void anEncryptedStoreOpensOnlyWithItsPasswordAndHoldsNoPlainText() throws Exception {
        Passphrase passphrase = Passphrase.of("correct horse battery".toCharArray());
        StoreLocation location = TestStores.location(folder, "secret").withPassphrase(passphrase);
        Client zebedee = StoreTest.client("Zebedee Quillfeather", "+44 7700 900999", "zebedee@example.org", "vip");
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            save(store, zebedee);
        }
        assertThat(location.isEncrypted()).isTrue();
        assertThat(new String(Files.readAllBytes(location.dataFile()), StandardCharsets.ISO_8859_1)).doesNotContain("Quillfeather");

        StoreLocation withoutPassword = location.withPassphrase(null);
        assertThatThrownBy(() -> Store.open(withoutPassword, Clock.systemDefaultZone()))
                .isInstanceOf(PasswordRequiredException.class)
                .hasMessageContaining("is encrypted");
        StoreLocation wrong = location.withPassphrase(Passphrase.of("incorrect horse battery".toCharArray()));
        byte[] before = Files.readAllBytes(location.dataFile());
        assertThatThrownBy(() -> Store.open(wrong, Clock.systemDefaultZone()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessage("The password for " + location.dataFile() + " is not right. Nothing was opened or changed.");
        assertThat(Files.readAllBytes(location.dataFile())).isEqualTo(before);

        try (Store store = Store.open(location.withPassphrase(Passphrase.of("correct horse battery".toCharArray())), Clock.systemDefaultZone())) {
            assertThat(new ClientRepository(store.dsl()).find(zebedee.id())).contains(zebedee);
            Path backup = StoreBackups.backUp(store, folder.resolve("secret-backup.zip"), false).file();
            assertThat(StoreBackups.verify(backup, passphrase).encrypted()).isTrue();
            assertThatThrownBy(() -> StoreBackups.verify(backup, null)).hasMessageContaining("is encrypted");
        }
    }

    @Test
    void aBackupOfAnEncryptedStoreIsEncryptedWithTheStoresOwnKey() throws Exception {
        Passphrase passphrase = Passphrase.of("correct horse battery".toCharArray());
        StoreLocation location = TestStores.location(folder, "secret").withPassphrase(passphrase);
        Client zebedee = StoreTest.client("Zebedee Quillfeather", "+44 7700 900999", "zebedee@example.org", "vip");
        Path backup;
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            save(store, zebedee);
            backup = StoreBackups.backUp(store, StoreBackups.defaultTarget(location, CLOCK.instant()), false).file();
        }

        byte[] stored;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(backup.toFile())) {
            java.util.zip.ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst().orElseThrow();
            try (java.io.InputStream in = zip.getInputStream(entry)) {
                stored = in.readAllBytes();
            }
        }
        assertThat(new String(stored, 0, 10, StandardCharsets.US_ASCII)).as("the store in the backup").isEqualTo("H2encrypt\n");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Quillfeather").doesNotContain("zebedee@example.org");
        assertThat(new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1)).doesNotContain("Quillfeather");
        assertThat(StoreBackups.unencryptedBackups(location)).isEmpty();

        assertThatThrownBy(() -> StoreBackups.verify(backup, Passphrase.of("another horse battery".toCharArray())))
                .hasMessageContaining("encrypted with another password");
        StoreLocation elsewhere = TestStores.location(folder, "restored").withPassphrase(Passphrase.of("correct horse battery".toCharArray()));
        StoreBackups.restore(elsewhere, backup, CLOCK);
        assertThat(elsewhere.isEncrypted()).isTrue();
        try (Store restored = Store.open(elsewhere, Clock.systemDefaultZone())) {
            assertThat(new ClientRepository(restored.dsl()).find(zebedee.id())).contains(zebedee);
        }
    }

    @Test
    void encryptingAStoreKeepsEveryRecordAndRemovesThePlainFile() throws Exception {
        StoreLocation location = TestStores.location(folder, "shop");
        Client zebedee = StoreTest.client("Zebedee Quillfeather", "+44 7700 900999", "zebedee@example.org", "vip");
        try (Store store = Store.open(location, Clock.systemDefaultZone())) {
            save(store, zebedee);
        }
        Passphrase passphrase = Passphrase.of("a long enough phrase".toCharArray());
        StoreBackups.Encrypted encrypted = StoreBackups.encrypt(location, passphrase, false, CLOCK);
        assertThat(encrypted.plainCopy()).isEmpty();
        assertThat(encrypted.store().clients()).isEqualTo(1);
        assertThat(new String(Files.readAllBytes(location.dataFile()), StandardCharsets.ISO_8859_1)).doesNotContain("Quillfeather");
        try (Store store = Store.open(location.withPassphrase(passphrase), Clock.systemDefaultZone())) {
            assertThat(new ClientRepository(store.dsl()).find(zebedee.id())).contains(zebedee);
        }
        assertThat(leftovers()).isEmpty();
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".rapport-work-")).toList();
        }
    }

    private static void save(Store store, Client client) {
        store.inTransaction(dsl -> {
            new ClientRepository(dsl).insert(client);
            return null;
        });
    }
}
