package app.rapport.service;

import app.rapport.store.ClientDossier;
import app.rapport.store.Store;
import app.rapport.store.WrittenFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's rights over their data: everything about them in one readable JSON file, and an
 * erase that removes them from every table, the audit log included. An erase cannot be undone.
 */
public final class PrivacyService {
    public static final String EXPORT_FORMAT = "rapport-client-export";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Store store;
    private final Clock clock;

    PrivacyService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes everything about the client to {@code file} (through a temporary file). Empty when
     * there is no such client.
     */
    public Optional<Export> exportClient(UUID clientId, Path file, boolean overwrite) throws IOException {
        Path target = WrittenFiles.prepare(file, overwrite);
        Optional<Map<String, List<Map<String, Object>>>> dossier = store.inTransaction(dsl -> new ClientDossier(dsl).read(clientId));
        if (dossier.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", EXPORT_FORMAT);
        document.put("version", 1);
        document.put("exportedAt", clock.instant().toString());
        document.put("clientId", clientId.toString());
        document.putAll(dossier.get());
        WrittenFiles.writeThroughTemporary(target, overwrite, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                JSON.writeValue(out, document);
            }
            return null;
        });
        int records = dossier.get().values().stream().mapToInt(List::size).sum();
        return Optional.of(new Export(target, records));
    }

    /**
     * Erases the client and everything about them in one transaction, then forces it to disk;
     * the file is compacted when the store closes, so no old page keeps their data. The change
     * log records that a client was erased, and nothing about whom. Empty when there is no such client.
     */
    public Optional<Erased> erase(UUID clientId) {
        return erase(clientId, Progress.NONE);
    }

    /**
     * {@link #erase(UUID)} in two steps; cancelled before the transaction commits, it is rolled
     * back and nothing is erased. Forcing the erase to disk cannot be cancelled.
     */
    public Optional<Erased> erase(UUID clientId, Progress progress) {
        StepProgress steps = new StepProgress(progress, 2, "Erase cancelled; nothing was erased.");
        steps.begin("Erasing every record about the client");
        Map<String, Integer> rows = store.inTransaction(dsl -> {
            Map<String, Integer> erased = new ClientDossier(dsl).erase(clientId);
            // The last moment a cancel can take it all back: the transaction has not committed yet.
            steps.checkCancelled();
            return erased;
        });
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        steps.pastReturn("Writing the erase to disk");
        store.checkpoint();
        store.compactOnClose();
        return Optional.of(new Erased(rows));
    }

    /** A written export: the file and how many records it holds. */
    public record Export(Path file, int records) {
    }

    /** What an erase removed, by table. */
    public record Erased(Map<String, Integer> rows) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
