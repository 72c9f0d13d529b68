package app.rapport.service;

import app.rapport.store.Store;
import app.rapport.store.WrittenFiles;
import app.rapport.store.archive.ArchiveReader;
import app.rapport.store.archive.ArchiveRejectedException;
import app.rapport.store.archive.ArchiveWriter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The whole store to and from one JSON archive file (see README, "JSON archive"). */
public final class ArchiveService {
    private final Store store;
    private final Clock clock;

    public ArchiveService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes everything in the store to {@code file}, through a temporary file beside it, so a
     * failed export never leaves half an archive (nor spoils the file it would replace).
     *
     * @throws FileAlreadyExistsException when {@code file} exists and {@code overwrite} is false
     */
    public Result exportTo(Path file, boolean overwrite) throws IOException {
        Instant started = clock.instant();
        Map<String, Long> counts = WrittenFiles.writeThroughTemporary(file, overwrite, temporary -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                return store.inTransaction(dsl -> new ArchiveWriter(dsl).write(out, started));
            }
        });
        return new Result(counts, Duration.between(started, clock.instant()));
    }

    /**
     * Adds everything in the archive {@code file} to the store in one transaction, or nothing.
     *
     * @throws ArchiveRejectedException when the archive is invalid or some of its records are already in the store
     */
    public Result importFrom(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file + " is not a file");
        }
        Instant started = clock.instant();
        // A bulk load: H2's background writer during the one transaction, a checkpoint after it,
        // and the file compacted when the store closes.
        Map<String, Long> counts;
        try {
            counts = store.inBulkMode(() -> store.inTransaction(dsl -> new ArchiveReader(file, started).importInto(dsl)));
        } finally {
            // The archive may carry playbook rules.
            store.playbookChanged();
        }
        return new Result(counts, Duration.between(started, clock.instant()));
    }

    /** How many records of each archive section were written or read, and how long it took. */
    public record Result(Map<String, Long> counts, Duration elapsed) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
