package app.rapport.store;

import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static app.rapport.store.jooq.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The copy under publish and a laptop's link: what was read arrives whole and summed, and a copy
 * that fails midway, on either side, fails the transaction it wrote in, which keeps none of it (what
 * publish relies on; a laptop's link commits each batch instead and starts its file afresh when
 * cut, see LaptopLinkTest).
 */
class BulkCopyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final int ROWS = 5_000;
    private static final Condition COPIED = SETTING.NAME.startsWith("bulk-");

    @TempDir
    Path folder;

    @Test
    void everyRowReadArrivesAndTheSumsOfBothSidesAgree() {
        try (Store source = sourceWithRows(); Store target = Store.open(location("target"), CLOCK)) {
            BulkCopy.Sum sent = target.dsl().transactionResult(copy -> BulkCopy.copy(source.dsl(), copy.dsl(), SETTING, COPIED));

            assertThat(sent.rows()).isEqualTo(ROWS);
            assertThat(BulkCopy.sum(target.dsl(), SETTING, COPIED)).isEqualTo(sent).isEqualTo(BulkCopy.sum(source.dsl(), SETTING, COPIED));
        }
    }

    @Test
    void aWriteThatFailsMidwayFailsTheCopyAndNothingOfItIsKept() {
        try (Store source = sourceWithRows(); Store target = Store.open(location("target"), CLOCK)) {
            // a row the copy reaches well after its first batches went in
            target.dsl().insertInto(SETTING).set(SETTING.NAME, "bulk-03500").set(SETTING.SETTING_VALUE, "already here").execute();

            assertThatThrownBy(() -> target.dsl().transaction(copy -> BulkCopy.copy(source.dsl(), copy.dsl(), SETTING, COPIED)))
                    .isInstanceOf(DataAccessException.class);

            assertThat(target.dsl().fetchCount(SETTING, COPIED)).as("only the row that was there").isEqualTo(1);
        }
    }

    @Test
    void aReadThatFailsFailsTheCopyAndNothingOfItIsKept() {
        try (Store source = sourceWithRows(); Store target = Store.open(location("target"), CLOCK)) {
            Condition failsOnARow = COPIED.and(DSL.condition("1 / (CASE WHEN {0} = 'bulk-04000' THEN 0 ELSE 1 END) = 1", SETTING.NAME));

            assertThatThrownBy(() -> target.dsl().transaction(copy -> BulkCopy.copy(source.dsl(), copy.dsl(), SETTING, failsOnARow)))
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("Division by zero");

            assertThat(target.dsl().fetchCount(SETTING, COPIED)).isZero();
        }
    }

    private Store sourceWithRows() {
        Store source = Store.open(location("source"), CLOCK);
        source.dsl().execute("INSERT INTO setting (name, setting_value) SELECT 'bulk-' || LPAD(CAST(x AS VARCHAR), 5, '0'), 'value ' || x"
                + " FROM SYSTEM_RANGE(1, " + ROWS + ")");
        return source;
    }

    private StoreLocation location(String name) {
        return StoreLocation.of(folder.resolve(name).toString());
    }
}
