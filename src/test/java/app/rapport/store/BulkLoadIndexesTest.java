package app.rapport.store;

import app.rapport.domain.ClientBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bulk load of clients into a new store file makes the indexes of their tables once the rows are
 * in ({@link Store#withClientIndexesMadeAfter}); however it ends, the store is left with the
 * indexes its migrations make, named, ordered and commented as they make them.
 */
@Tag("store-file") // the indexes of an H2 store file: a server keeps its own while a load runs
class BulkLoadIndexesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aLoadIntoANewStoreRunsWithoutTheIndexesAndEndsWithThemAsTheMigrationsMakeThem() {
        List<String> asMigrated = schemaOf("fresh");
        try (Store store = open("loaded")) {
            List<String> during = store.withClientIndexesMadeAfter(() -> indexesOfClientTables(store));
            assertThat(during).as("indexes kept while the rows go in").hasSizeLessThan(indexesOfClientTables(store).size())
                    .doesNotContain("CLIENT.CLIENT_DISPLAY_NAME", "CLIENT_PHONE.CLIENT_PHONE_E164")
                    // led by the client's id: the load's rows go at their end, cheaper than reading the table back to make them
                    .contains("CHANGE_LOG.CHANGE_LOG_CLIENT", "TOUCHPOINT.TOUCHPOINT_CLIENT_TIME");
            assertThat(schema(store)).isEqualTo(asMigrated);
        }
    }

    @Test
    void aLoadThatFailsLeavesTheIndexesAsTheMigrationsMakeThemAndSaysWhyItFailed() {
        List<String> asMigrated = schemaOf("fresh");
        try (Store store = open("failed")) {
            assertThatThrownBy(() -> store.withClientIndexesMadeAfter(() -> {
                throw new IllegalStateException("the disk is full");
            })).hasMessage("the disk is full");
            assertThat(schema(store)).isEqualTo(asMigrated);
        }
    }

    @Test
    void indexesAProcessLeftUnmadeAreMadeWhenTheStoreOpensNext() {
        List<String> asMigrated = schemaOf("fresh");
        try (Store store = open("killed")) {
            DeferredIndexes.drop(store.dsl(), BulkLoader.CLIENT_TABLES); // and never made again, as if the process had been killed
            assertThat(schema(store)).isNotEqualTo(asMigrated);
        }
        try (Store store = open("killed")) {
            assertThat(schema(store)).isEqualTo(asMigrated);
        }
    }

    @Test
    void aBookWithClientsKeepsItsIndexesThroughALoad() {
        try (Store store = open("book")) {
            store.inTransaction(tx -> {
                new ClientRepository(tx).insert(ClientBuilder.person("Ada", "Lovelace").id(java.util.UUID.randomUUID())
                        .createdAt(CLOCK.instant()).updatedAt(CLOCK.instant()).build());
                return null;
            });
            List<String> before = indexesOfClientTables(store);
            assertThat(store.withClientIndexesMadeAfter(() -> indexesOfClientTables(store))).isEqualTo(before);
        }
    }

    private Store open(String name) {
        return Store.open(StoreLocation.of(folder.resolve(name).toString()), CLOCK);
    }

    private List<String> schemaOf(String name) {
        try (Store store = open(name)) {
            return schema(store);
        }
    }

    /** The store's schema as H2 writes it, in order, without the names H2 makes up for constraints' own indexes. */
    private static List<String> schema(Store store) {
        return store.dsl().fetch("SCRIPT NODATA NOPASSWORDS NOSETTINGS").stream().map(row -> row.get(0, String.class))
                .filter(line -> line.startsWith("CREATE ") || line.startsWith("COMMENT ")).sorted().toList();
    }

    private static List<String> indexesOfClientTables(Store store) {
        return store.dsl().fetch("SELECT TABLE_NAME || '.' || INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME IN (" + String.join(", ", BulkLoader.CLIENT_TABLES.stream().map(t -> "'" + t.getName() + "'").toList())
                + ") ORDER BY 1").getValues(0, String.class);
    }
}
