package app.rapport.store;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientState;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import org.jooq.TableRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk load makes its rows without the generated records' constructors ({@link Rows#valuesOnly}):
 * the values written must be those a single write makes, column for column.
 */
class BulkRowsTest {
    private static final String REGION = "GB";

    @Test
    void aClientsBulkRowsHoldTheValuesOfItsSingleWriteRows() {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("Shoe size", "42");
        custom.put("Dog", "Rex");
        Instant at = Instant.parse("2026-12-06T06:30:00Z");
        Client client = ClientBuilder.person("Ada", "Lovelace").id(Ids.next()).companyName("Engines Ltd").addressAs("Countess")
                .phone("mobile", "07700 900123").phone("fax", "not a number").email("work", "ada@example.com")
                .address(new Address("1 Street", "W1 1AA", "London", "Greater London", "GB")).birthday(LocalDate.of(1815, 12, 10))
                .source("fair").preferredChannel(Channel.EMAIL).tags("vip", "newsletter").customFields(custom)
                .createdAt(at).updatedAt(at).lastTouchpointAt(at).build();

        List<TableRecord<?>> seeded = Rows.client(client, REGION, sameIds());
        List<TableRecord<?>> read = Rows.client(client, REGION, sameIds(), typed -> null);
        List<TableRecord<?>> readBefore = Rows.client(client, REGION, sameIds(), typed -> typed.startsWith("07") ? "+447700900123" : "");
        List<TableRecord<?>> made = List.copyOf(Rows.clientRowsForSingleWrite(client, REGION, sameIds()));

        assertThat(made).hasSize(1 + 2 + 1 + 2 + 2);
        for (List<TableRecord<?>> bulk : List.of(seeded, read, readBefore)) {
            assertThat(bulk).hasSameSizeAs(made);
            for (int i = 0; i < made.size(); i++) {
                assertThat(bulk.get(i).getTable()).isEqualTo(made.get(i).getTable());
                assertThat(bulk.get(i).intoArray()).as("row %d, %s", i, made.get(i).getTable().getName()).containsExactly(made.get(i).intoArray());
            }
        }
    }

    @Test
    void aBulkStateRowHoldsTheValuesOfItsSingleWriteRow() {
        ClientState state = new ClientState(Ids.next(), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 4), true, 3, new BigDecimal("129.90"),
                LocalDate.of(2026, 5, 6), true, Mood.HAPPY, false, true, false, 1, 2, 0, LocalDate.of(2026, 12, 24), 1210);

        assertThat(ClientStateRepository.bulkRow(state).intoArray()).containsExactly(ClientStateRepository.row(state).intoArray());
    }

    /** The same row ids for each making of the rows, so they can be compared. */
    private static Supplier<UUID> sameIds() {
        long[] next = {0};
        return () -> new UUID(42, ++next[0]);
    }
}
