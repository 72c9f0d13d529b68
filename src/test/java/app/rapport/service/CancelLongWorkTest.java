package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.store.StoreBackups;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backup, restore, encryption, erase and import each cancelled at every step they report, on a
 * real store: a cancel leaves no file behind and the store as it was; past the point of no
 * return the work finishes.
 */
@Tag("store-file") // backups, restore and encryption of the H2 file: not run in the PostgreSQL pass
class CancelLongWorkTest {
    @TempDir
    Path folder;

    private StoreLocation location;
    private RapportServices services;
    private Client maya;

    @BeforeEach
    void open() {
        location = TestStores.location(folder, "book");
        services = RapportServices.open(location);
        maya = services.clients().save(ClientServiceTest.person("Maya", "Okafor", List.of("+44 7700 900123"), List.of("maya@example.org")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Reports what it is told, and asks to cancel once it has heard {@code reports} steps. */
    private static final class CancelAfter implements Progress {
        private final int reports;
        private final List<String> heard = new ArrayList<>();
        private boolean pastReturn;

        CancelAfter(int reports) {
            this.reports = reports;
        }

        @Override
        public void update(long done, long total, String message) {
            heard.add(message);
        }

        @Override
        public boolean isCancelled() {
            return heard.size() >= reports;
        }

        @Override
        public void pointOfNoReturn() {
            pastReturn = true;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aCancelledBackupLeavesNoFile(int reportsBeforeCancel) throws IOException {
        assertThatThrownBy(() -> services.backups().backUpNow(new CancelAfter(reportsBeforeCancel)))
                .isInstanceOf(CancellationException.class).hasMessage("Backup cancelled; no backup file was written.");

        assertThat(filesBesideTheStore()).isEmpty();
        assertThat(services.backups().backups()).isEmpty();
    }

    @Test
    void aBackupNotCancelledReportsEveryStep() {
        CancelAfter progress = new CancelAfter(Integer.MAX_VALUE);

        BackupService.Backup backup = services.backups().backUpNow(progress);

        assertThat(backup.file()).isRegularFile();
        assertThat(progress.heard).hasSize(StoreBackups.BACKUP_STEPS)
                .containsExactly("Writing the backup", "Unpacking the backup to check it", "Reading every record of the backup", "Keeping the backup");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aRestoreCancelledWhileCheckingLeavesTheStoreOpenAndUntouched(int reportsBeforeCancel) {
        Path backup = services.backups().backUpNow().file();
        Client leo = services.clients().save(ClientServiceTest.person("Leo", "Brandt", List.of(), List.of("leo@example.org")));

        assertThatThrownBy(() -> services.restoreFrom(backup, new CancelAfter(reportsBeforeCancel)))
                .isInstanceOf(CancellationException.class).hasMessage("Restore cancelled; your store is as it was.");

        assertThat(services.clients().profile(leo.id())).isPresent();
        assertThat(replacedStores()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {3})
    void aRestoreCancelledAfterTheStoreClosedOpensTheSameStoreAgain(int reportsBeforeCancel) {
        Path backup = services.backups().backUpNow().file();
        Client leo = services.clients().save(ClientServiceTest.person("Leo", "Brandt", List.of(), List.of("leo@example.org")));

        Throwable failure = catchFailure(() -> services.restoreFrom(backup, new CancelAfter(reportsBeforeCancel)));

        assertThat(failure).isInstanceOf(RapportServices.StoreReplaceFailedException.class)
                .hasCauseInstanceOf(CancellationException.class).hasMessage("Restore cancelled; your store is as it was.");
        services = ((RapportServices.StoreReplaceFailedException) failure).services();
        assertThat(services.clients().profile(leo.id())).isPresent();
        assertThat(services.clients().profile(maya.id())).isPresent();
        assertThat(replacedStores()).isEmpty();
        assertThat(workingFolders()).isEmpty();
    }

    @Test
    void aCancelPastThePointOfNoReturnIsTooLateAndTheRestoreFinishes() {
        Path backup = services.backups().backUpNow().file();
        Client leo = services.clients().save(ClientServiceTest.person("Leo", "Brandt", List.of(), List.of("leo@example.org")));
        CancelAfter progress = new CancelAfter(4);

        services = services.restoreFrom(backup, progress).services();

        assertThat(progress.pastReturn).isTrue();
        assertThat(services.clients().profile(leo.id())).isEmpty();
        assertThat(services.clients().profile(maya.id())).isPresent();
        assertThat(replacedStores()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aCancelledEncryptionLeavesThePlainStoreAsItWas(int reportsBeforeCancel) {
        Throwable failure = catchFailure(() -> services.encrypt("correct horse battery".toCharArray(), false, true,
                new CancelAfter(reportsBeforeCancel)));

        assertThat(failure).isInstanceOf(RapportServices.StoreReplaceFailedException.class)
                .hasCauseInstanceOf(CancellationException.class).hasMessage("Encryption cancelled; your store is as it was.");
        services = ((RapportServices.StoreReplaceFailedException) failure).services();
        assertThat(services.isEncrypted()).isFalse();
        assertThat(services.clients().profile(maya.id())).isPresent();
        assertThat(location.isEncrypted()).isFalse();
        assertThat(workingFolders()).isEmpty();
        assertThat(services.unencryptedBackups()).isEmpty();
    }

    @Test
    void anEncryptionCancelledBeforeItStartsDoesNotCloseTheStore() {
        assertThatThrownBy(() -> services.encrypt("correct horse battery".toCharArray(), false, true, new CancelAfter(0)))
                .isInstanceOf(CancellationException.class);

        assertThat(services.clients().profile(maya.id())).isPresent();
        assertThat(services.isEncrypted()).isFalse();
    }

    @Test
    void aCancelledEraseErasesNothing() {
        assertThatThrownBy(() -> services.privacy().erase(maya.id(), new CancelAfter(1)))
                .isInstanceOf(CancellationException.class).hasMessage("Erase cancelled; nothing was erased.");

        assertThat(services.clients().profile(maya.id())).isPresent();
        assertThat(services.clients().search("maya", 10).totalMatching()).isEqualTo(1);
    }

    /** Import asks before it writes anything, before saving, and as its transaction commits. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aCancelledImportImportsNothing(int cancelOnAsking) throws IOException, URISyntaxException {
        Path file = Path.of(CancelLongWorkTest.class.getResource("/contacts/in-file-duplicates.csv").toURI());
        ImportPreview preview = services.contacts().preview(file, Progress.NONE);

        assertThatThrownBy(() -> services.contacts().importContacts(preview, false, ContactService.DuplicateChoice.IMPORT, Map.of(),
                new Progress() {
                    private int asked;

                    @Override
                    public void update(long done, long total, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return ++asked >= cancelOnAsking;
                    }
                }))
                .isInstanceOf(CancellationException.class).hasMessage("Import cancelled; nothing was imported.");

        assertThat(services.clients().count()).isEqualTo(1);
        assertThat(services.clients().search("ada", 10).totalMatching()).isZero();
        assertThat(services.clients().search("turing", 10).totalMatching()).isZero();
    }

    private static Throwable catchFailure(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the work was not cancelled");
    }

    /** Files other than the store's own, anywhere under its folder. */
    private List<Path> filesBesideTheStore() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("book.")).toList();
        }
    }

    private List<Path> replacedStores() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().contains("-replaced-")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> workingFolders() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".rapport-work")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
