package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.change.Change;
import app.rapport.domain.change.Change.Operation;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import commits its new clients in batches: cancelled after some batches were committed, it
 * takes them back, so the store, its search and its change log end as if nothing was imported.
 */
class BatchedImportTest {
    private static final int BATCH = 2;

    @TempDir
    Path folder;

    private RapportServices services;
    private Client maya;

    @BeforeEach
    void open() {
        services = RapportServices.open(TestStores.location(folder, "book"));
        maya = services.clients().save(ClientBuilder.named("Maya Okafor").phone("mobile", "+44 7700 900123").build());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anImportCancelledAfterTwoBatchesWereCommittedLeavesNothingImported() throws IOException {
        ImportPreview preview = services.contacts().preview(sevenContacts(), Progress.NONE);
        long before = services.changes().lastSeq();
        // Asked once before the first batch, then once in each batch before it is written: the third batch is never committed.
        CancelOnAsking cancel = new CancelOnAsking(4);

        assertThatThrownBy(() -> services.contacts().importContacts(preview, false, ContactService.DuplicateChoice.IMPORT, Map.of(),
                cancel, BATCH))
                .isInstanceOf(CancellationException.class).hasMessage("Import cancelled; nothing was imported.");

        assertThat(services.clients().count()).isEqualTo(1);
        assertThat(services.clients().search("Lindqvist", 10).totalMatching()).isZero();
        assertThat(services.clients().search("Okafor", 10).totalMatching()).isEqualTo(1);
        List<Change> logged = services.changes().since(before, null, 10_000);
        Set<UUID> inserted = clientIds(logged, Operation.INSERT);
        assertThat(inserted).as("the two committed batches are in the log").hasSize(2 * BATCH);
        assertThat(clientIds(logged, Operation.DELETE)).as("and each of their clients' deletion after them").isEqualTo(inserted);
        assertThat(cancel.heard).contains("Taking back the 4 clients already written");
    }

    @Test
    void anImportNotCancelledCommitsEveryBatch() throws IOException {
        ImportPreview preview = services.contacts().preview(sevenContacts(), Progress.NONE);

        ContactService.ImportResult result = services.contacts().importContacts(preview, false, ContactService.DuplicateChoice.IMPORT,
                Map.of(), Progress.NONE, BATCH);

        assertThat(result.imported()).isEqualTo(7);
        assertThat(services.clients().count()).isEqualTo(8);
        assertThat(services.clients().search("Lindqvist", 10).totalMatching()).isEqualTo(7);
        assertThat(services.clients().profile(maya.id())).isPresent();
    }

    private static Set<UUID> clientIds(List<Change> changes, Operation operation) {
        return changes.stream().filter(change -> change.entity().equals("client") && change.operation() == operation)
                .map(change -> UUID.fromString(change.rowId())).collect(Collectors.toSet());
    }

    private Path sevenContacts() throws IOException {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Mobile,Email\n");
        for (int i = 1; i <= 7; i++) {
            csv.append("Person").append(i).append(",Lindqvist,+44 7700 90050").append(i).append(",p").append(i).append("@example.org\n");
        }
        Path file = folder.resolve("seven.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Says to cancel from the {@code asking}-th time it is asked on, and keeps what it was told. */
    private static final class CancelOnAsking implements Progress {
        private final int asking;
        private final List<String> heard = new java.util.ArrayList<>();
        private int asked;

        CancelOnAsking(int asking) {
            this.asking = asking;
        }

        @Override
        public void update(long done, long total, String message) {
            heard.add(message);
        }

        @Override
        public boolean isCancelled() {
            return ++asked >= asking;
        }
    }
}
