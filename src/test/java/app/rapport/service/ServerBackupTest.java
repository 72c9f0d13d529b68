package app.rapport.service;

import app.rapport.domain.ClientBuilder;
import app.rapport.store.StoreLocation;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `backup FILE` of a book on a team server writes a JSON archive, checked by reading it back, that restores the book elsewhere. */
@Tag("postgresql")
class ServerBackupTest {
    @TempDir
    Path folder;

    @Test
    void aServerBookIsBackedUpAsAVerifiedJsonArchiveThatImportsIntoAStoreFile() throws Exception {
        Path archive = folder.resolve("salon.json");
        try (RapportServices team = RapportServices.open(TestStores.location(folder, "team"), Clock.systemUTC())) {
            team.clients().save(ClientBuilder.person("Ada", "Byron").build());
            team.clients().save(ClientBuilder.person("Bo", "Lind").build());

            BackupService.Backup backup = team.backups().backUpTo(archive, false);

            assertThat(backup.clients()).isEqualTo(2);
            assertThat(backup.file()).isEqualTo(archive.toAbsolutePath());
            assertThat(Files.readString(archive)).startsWith("{").contains("rapport-archive");
            assertThatThrownBy(() -> team.backups().backUpNow()).hasMessageContaining("name the file to back it up to");
        }
        try (RapportServices file = RapportServices.open(StoreLocation.of(folder.resolve("restored").toString()), Clock.systemUTC())) {
            file.archive().importFrom(archive);
            assertThat(file.clients().count()).isEqualTo(2);
        }
    }
}
