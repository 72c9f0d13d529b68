package app.rapport.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed asks for the log's last number after every commit: on H2 it must be read off the
 * end of the log's index, not by walking the log, or a bulk load slows down with every batch.
 */
class ChangeLogLastSeqTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void theLastNumberIsTheNewestChangesAndIsLookedUpNotCounted() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            for (int i = 0; i < 3; i++) {
                String value = "value " + i;
                store.inTransaction(tx -> {
                    new SettingRepository(tx).put("test.setting", value);
                    return null;
                });
            }
            ChangeLog log = new ChangeLog(store.dsl());
            Long newest = store.dsl().select(CHANGE_LOG.SEQ).from(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ.desc()).limit(1).fetchOne(CHANGE_LOG.SEQ);
            assertThat(log.lastSeq()).isEqualTo(newest).isPositive();

            if (TestStores.onServer()) {
                return; // a server bounds the number by its running transactions instead (ChangeLogOrderTest)
            }
            String plan = store.dsl().fetchOne("EXPLAIN " + store.dsl().renderInlined(log.lastSeqQuery())).get(0, String.class);
            assertThat(plan).as("H2's plan of the last number").contains("direct lookup");
        }
    }
}
