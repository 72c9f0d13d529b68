package app.rapport.store;

import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static app.rapport.store.jooq.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statements sent together (in one message to a team server) behave as the same statements sent
 * one by one: in their order, each answer to its own query, and a failing one fails the call.
 */
class RoundTripsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void statementsRunInTheirOrderAndEachQueryGetsItsOwnRows() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            List<Result<Record>> read = store.inTransaction(tx -> {
                RoundTrips.execute(tx, List.of(
                        tx.insertInto(SETTING).set(SETTING.NAME, "test.first").set(SETTING.SETTING_VALUE, "one"),
                        tx.insertInto(SETTING).set(SETTING.NAME, "test.second").set(SETTING.SETTING_VALUE, "two"),
                        tx.deleteFrom(SETTING).where(SETTING.NAME.eq("test.first"))));
                return RoundTrips.fetch(tx, List.of(
                        tx.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq("test.second")),
                        tx.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq("test.first")),
                        tx.select(SETTING.NAME, SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.like("test.%"))));
            });

            assertThat(read).hasSize(3);
            assertThat(read.get(0).getValues(SETTING.SETTING_VALUE)).containsExactly("two");
            assertThat(read.get(1)).isEmpty();
            assertThat(read.get(2).getValues(SETTING.NAME)).containsExactly("test.second");
        }
    }

    @Test
    void aFailingStatementAfterOthersFailsTheCallAndItsTransactionSavesNothing() {
        try (Store store = Store.open(TestStores.location(folder, "book"), CLOCK)) {
            assertThatThrownBy(() -> store.inTransaction(tx -> {
                RoundTrips.execute(tx, List.of(
                        tx.insertInto(SETTING).set(SETTING.NAME, "test.twice").set(SETTING.SETTING_VALUE, "one"),
                        tx.insertInto(SETTING).set(SETTING.NAME, "test.twice").set(SETTING.SETTING_VALUE, "two")));
                return null;
            })).isInstanceOf(RuntimeException.class);

            assertThat(store.dsl().fetchCount(SETTING, SETTING.NAME.eq("test.twice"))).isZero();
        }
    }

    @Test
    void anInstantIsBoundAsTheSameMomentInUtcAsOffsetDateTimeMakesIt() {
        for (Instant instant : List.of(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("1969-12-31T23:59:59.999999999Z"),
                Instant.parse("2026-10-25T01:30:00.123456Z"), Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"))) {
            assertThat(RoundTrips.jdbcValue(instant)).isEqualTo(java.time.OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
        assertThat(RoundTrips.jdbcValue("text")).isEqualTo("text");
    }
}
