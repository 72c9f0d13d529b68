package app.rapport.store;

import app.rapport.demo.DemoBusiness;
import app.rapport.service.DemoDataService;
import app.rapport.service.Progress;
import org.jooq.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.rapport.store.SameBook.assertSameBook;
import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A laptop's first link (issue 19) loads the book with the indexes no constraint needs dropped
 * and the change capture's triggers off, committing as it goes, and makes them again at the end:
 * the linked file must end with exactly the schema a new store has, and a link that does not
 * finish must leave the file as a new one, ready for the next link. PostgreSQL only (the server is one).
 */
@Tag("postgresql")
class LaptopLinkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aLinkedStoreEndsWithTheIndexesConstraintsAndTriggersOfANewStore() {
        StoreLocation server = bookOnServer();
        try (Store fresh = Store.open(location("fresh"), CLOCK); Store laptop = Store.open(location("laptop"), CLOCK)) {
            FieldLaptops.link(laptop, server, "ana", CLOCK);

            assertThat(indexes(laptop)).isEqualTo(indexes(fresh));
            assertThat(schema(laptop)).isEqualTo(schema(fresh));
            assertThat(writeDelay(laptop)).as("the file is written at every commit again").isEqualTo(writeDelay(fresh));
            try (Store office = Store.open(server, CLOCK)) {
                assertSameBook(office, laptop, true);
            }
        }
    }

    @Test
    void aLinkCutMidwayLeavesTheFileAsANewOneAndTheNextLinkTakesTheBook() {
        StoreLocation server = bookOnServer();
        try (Store fresh = Store.open(location("fresh"), CLOCK); Store laptop = Store.open(location("laptop"), CLOCK)) {
            assertThatThrownBy(() -> FieldLaptops.link(laptop, server, "ana", null, CLOCK, (done, total) -> {
                if (done == total / 2) {
                    throw new IllegalStateException("cut half-way");
                }
            })).hasMessage("cut half-way");

            assertThat(FieldLaptops.link(laptop.dsl())).as("no link").isEmpty();
            assertThat(laptop.dsl().fetchCount(CLIENT)).as("no client").isZero();
            assertThat(rowCounts(laptop)).as("what a new store holds").isEqualTo(rowCounts(fresh));
            assertThat(schema(laptop)).isEqualTo(schema(fresh));

            FieldLaptops.link(laptop, server, "ana", CLOCK);
            try (Store office = Store.open(server, CLOCK)) {
                assertSameBook(office, laptop, true);
            }
            assertThat(schema(laptop)).isEqualTo(schema(fresh));
        }
    }

    @Test
    void aServerLostInTheMiddleOfTheLinkIsSaidPlainlyAndNothingOfTheBookIsKept() {
        StoreLocation server = bookOnServer();
        try (Store fresh = Store.open(location("fresh"), CLOCK); Store laptop = Store.open(location("laptop"), CLOCK)) {
            assertThatThrownBy(() -> FieldLaptops.link(laptop, server, "ana", null, CLOCK, (done, total) -> {
                if (done == 5) {
                    TestStores.terminateConnectionsTo(server);
                }
            })).isInstanceOf(ServerUnavailableException.class).hasMessageContaining("lost in the middle of the copy")
                    .hasMessageContaining("nothing of the book was kept").message().doesNotContain("SQL").doesNotContain("Exception");

            assertThat(FieldLaptops.link(laptop.dsl())).isEmpty();
            assertThat(rowCounts(laptop)).isEqualTo(rowCounts(fresh));
            assertThat(schema(laptop)).isEqualTo(schema(fresh));
        }
    }

    // ------------------------------------------------------------------

    /** Every index with its table, kind and columns in order, as INFORMATION_SCHEMA lists them. */
    private static List<String> indexes(Store store) {
        return store.dsl().fetch("SELECT i.TABLE_NAME || ' ' || i.INDEX_NAME || ' ' || i.INDEX_TYPE_NAME || ' ' || i.IS_GENERATED || ' '"
                        + " || i.INDEX_CLASS || ' (' || (SELECT LISTAGG(c.COLUMN_NAME || ' ' || c.ORDERING_SPECIFICATION || ' ' || c.NULL_ORDERING, ', ')"
                        + " WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEX_COLUMNS c"
                        + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME) || ')'"
                        + " FROM INFORMATION_SCHEMA.INDEXES i WHERE i.INDEX_SCHEMA = 'PUBLIC' ORDER BY i.TABLE_NAME, i.INDEX_NAME")
                .getValues(0, String.class);
    }

    /** The statements H2 would make the schema with (tables, indexes, constraints, triggers), in order; sequences' counters left out. */
    private static List<String> schema(Store store) {
        return store.dsl().fetch("SCRIPT NODATA NOPASSWORDS NOSETTINGS").getValues(0, String.class).stream()
                .filter(line -> !line.startsWith("--") && !line.contains(" SEQUENCE ")).sorted().toList();
    }

    private static Map<String, Integer> rowCounts(Store store) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : BookCopy.copiedTables()) {
            counts.put(table.getName(), store.dsl().fetchCount(table));
        }
        return counts;
    }

    private static List<String> writeDelay(Store store) {
        return store.dsl().fetch("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'").getValues(0, String.class);
    }

    private StoreLocation bookOnServer() {
        StoreLocation server = TestStores.emptyServerDatabase();
        try (Store office = Store.open(server, CLOCK)) {
            new DemoDataService(office, CLOCK).load(DemoBusiness.SALON, 30, 5, Progress.NONE);
        }
        return server;
    }

    private StoreLocation location(String name) {
        return StoreLocation.of(folder.resolve(name).toString());
    }
}
