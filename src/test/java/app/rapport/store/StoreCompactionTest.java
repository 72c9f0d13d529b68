package app.rapport.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store file is compacted as it closes only when that pays: once at most half of it is live
 * data. Compacting writes a new file in the store's place, which is how these tests see it.
 */
@Tag("store-file") // the files of an H2 store: not run in the PostgreSQL pass
class StoreCompactionTest {
    private static final int ROWS = 8_000;

    @TempDir
    Path folder;

    @Test
    void aFileOfMostlyLiveDataIsLeftAsItIsWhenItCloses() throws IOException {
        StoreLocation location = StoreLocation.of(folder.resolve("book").toString());
        try (Store store = Store.open(location, Clock.systemUTC())) {
            fillScratchTable(store);
        }
        Object file = fileKey(location);

        try (Store store = Store.open(location, Clock.systemUTC())) {
            store.dsl().execute("UPDATE scratch SET words = 'changed' WHERE id < 10");
        }

        assertThat(fileKey(location)).isEqualTo(file);
    }

    @Test
    void aFileMostlyOfStaleDataIsCompactedWhenItCloses() throws IOException {
        StoreLocation location = StoreLocation.of(folder.resolve("book").toString());
        Object file;
        long filled;
        try (Store store = Store.open(location, Clock.systemUTC())) {
            // with every commit on disk at once, a large insert writes most pages many times over as they fill
            fillScratchTable(store);
            file = fileKey(location);
            filled = Files.size(location.dataFile());
        }

        assertThat(fileKey(location)).isNotEqualTo(file);
        assertThat(Files.size(location.dataFile())).isLessThan(filled / 2);
    }

    /** A table of this test's own (not captured, not in the book): 16 MB, most of the file once filled. */
    private static void fillScratchTable(Store store) {
        store.dsl().execute("CREATE TABLE scratch (id INT PRIMARY KEY, words VARCHAR(4000))");
        store.dsl().execute("INSERT INTO scratch SELECT x, REPEAT('words that take room ', 100) FROM SYSTEM_RANGE(1, " + ROWS + ")");
    }

    private static Object fileKey(StoreLocation location) throws IOException {
        return Files.readAttributes(location.dataFile(), BasicFileAttributes.class).fileKey();
    }
}
