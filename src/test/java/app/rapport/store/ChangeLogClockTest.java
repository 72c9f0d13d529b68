package app.rapport.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * This store's own changes are stamped after every change already in its log, those applied from
 * another computer (a laptop, a server) included, whatever this computer's clock says: an edit
 * made after seeing another's is the newer one when the two meet in a sync.
 */
class ChangeLogClockTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final long NOW_HLC = NOW.toEpochMilli() * ChangeLog.HLC_PER_MILLI;
    private static final long AN_HOUR = 3_600_000L * ChangeLog.HLC_PER_MILLI;

    @TempDir
    Path folder;

    @Test
    void anOwnChangeIsStampedAfterAChangeFromElsewhereThatIsAheadOfThisClock() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            put(store, "first", null);
            put(store, "from the laptop, an hour ahead", new ChangeLog.Stamp("laptop-ana", 7, NOW_HLC + AN_HOUR, "Ana", NOW));
            put(store, "from the server, an hour behind", new ChangeLog.Stamp("server", 40, NOW_HLC - AN_HOUR, "Ben", NOW));
            put(store, "own, after both", null);

            List<Long> stamps = hlcsInOrder(store);
            assertThat(stamps).hasSize(4);
            assertThat(stamps.get(3)).as("the own change after a change stamped an hour ahead").isEqualTo(NOW_HLC + AN_HOUR + 1);
        }
    }

    @Test
    void ownChangesOneAfterAnotherInOneMillisecondAreStampedInTheirOrder() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            put(store, "one", null);
            put(store, "two", null);
            put(store, "three", null);

            List<Long> stamps = hlcsInOrder(store);
            assertThat(stamps).hasSize(3);
            assertThat(stamps.get(1)).isEqualTo(stamps.get(0) + 1);
            assertThat(stamps.get(2)).isEqualTo(stamps.get(0) + 2);
        }
    }

    /** Writes a setting as this store's own change, or as the change {@code from} another computer. */
    private static void put(Store store, String value, ChangeLog.Stamp from) {
        store.inTransaction(tx -> {
            if (from != null) {
                tx.connection(connection -> ChangeRecording.current().stamp(connection, from));
            }
            new SettingRepository(tx).put("clock.test." + value, value);
            return null;
        });
    }

    private static List<Long> hlcsInOrder(Store store) {
        return store.dsl().select(CHANGE_LOG.HLC).from(CHANGE_LOG).where(CHANGE_LOG.ENTITY.eq("setting"))
                .and(CHANGE_LOG.ROW_ID.startsWith("clock.test."))
                .orderBy(CHANGE_LOG.SEQ).fetch(CHANGE_LOG.HLC);
    }
}
