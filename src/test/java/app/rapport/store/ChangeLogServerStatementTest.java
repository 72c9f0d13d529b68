package app.rapport.store;

import app.rapport.domain.change.Change.Operation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server write's log rows sent with its commit ({@link ChangeLog#insertOnServer}) hold what the
 * same rows written on their own would: the change, its stamp (its own when applied from
 * elsewhere, else the next hybrid time) and its number in the transaction.
 */
class ChangeLogServerStatementTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final long NOW_HLC = NOW.toEpochMilli() * ChangeLog.HLC_PER_MILLI;
    private static final long TRANSACTION = 812;

    @Test
    void ownChangesAreStampedOneAfterAnotherAndAChangeFromElsewhereKeepsItsStamp() {
        UUID client = UUID.randomUUID();
        Instant then = NOW.minusSeconds(3_600);
        List<PendingChange> changes = List.of(
                new PendingChange("client", client.toString(), client, Operation.INSERT, null),
                new PendingChange("client", client.toString(), client, Operation.UPDATE, Map.of("city", new Object[] {"Leeds", "York"})),
                new PendingChange("setting", "region", null, Operation.UPDATE, null),
                new PendingChange("client", client.toString(), client, Operation.DELETE, null));
        List<ChangeLog.Stamp> stamps = Arrays.asList(null, new ChangeLog.Stamp("laptop-ana", 7, NOW_HLC + 50, "Ana", then), null, null);

        RoundTrips.Written written = ChangeLog.insertOnServer(changes, stamps, "Ben", NOW, 3, new ChangeLog.Start(NOW_HLC + 10, TRANSACTION));

        assertThat(written.sql()).startsWith("INSERT INTO change_log (entity, row_id, client_id, operation, changed_columns,");
        assertThat(written.sql().chars().filter(c -> c == '?').count()).isEqualTo(48);
        List<Object> values = written.values();
        assertThat(values).hasSize(48);
        long base = TRANSACTION << ChangeLog.PLACE_BITS;
        OffsetDateTime at = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
        assertThat(values.subList(0, 12)).containsExactly("client", client.toString(), client, "INSERT", null, null, "Ben", at,
                null, null, NOW_HLC + 11, base | 4);
        assertThat(values.subList(12, 24)).containsExactly("client", client.toString(), client, "UPDATE", "{\"city\":[\"Leeds\",\"York\"]}", null,
                "Ana", OffsetDateTime.ofInstant(then, ZoneOffset.UTC), "laptop-ana", 7L, NOW_HLC + 50, base | 5);
        assertThat(values.subList(24, 36)).containsExactly("setting", "region", null, "UPDATE", null, null, "Ben", at,
                null, null, NOW_HLC + 51, base | 6);
        assertThat(values.get(46)).as("after the newest stamp").isEqualTo(NOW_HLC + 52);
        assertThat(values.get(47)).isEqualTo(base | 7);
    }
}
