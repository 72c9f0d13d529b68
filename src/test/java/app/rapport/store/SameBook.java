package app.rapport.store;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.rapport.store.jooq.Tables.AUDIT_LOG;
import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static org.assertj.core.api.Assertions.assertThat;

/** Whether two stores of one team book (the server, a laptop) hold the same book, table by table. */
public final class SameBook {
    /** Bookkeeping each store keeps for itself: its own log, its no-silent-overwrite counter (left out of every row). */
    private static final Set<Table<?>> NOT_COMPARED = Set.of(CHANGE_LOG, AUDIT_LOG);

    private SameBook() {
    }

    /** Every book table holds the same rows on both stores (the client's version is each store's own guard). */
    public static void assertSameBook(Store expected, Store actual, boolean withDerivedState) {
        for (Table<?> table : BookCopy.copiedTables()) {
            if (NOT_COMPARED.contains(table) || !withDerivedState && table.equals(CLIENT_STATE)) {
                continue;
            }
            assertThat(rows(actual, table)).as("%s of %s", table.getName(), actual.location()).isEqualTo(rows(expected, table));
        }
    }

    /** The names of the book tables whose rows differ between the two stores (none: the same book). */
    public static List<String> differingTables(Store one, Store other) {
        List<String> differing = new ArrayList<>();
        for (Table<?> table : BookCopy.copiedTables()) {
            if (!NOT_COMPARED.contains(table) && !rows(one, table).equals(rows(other, table))) {
                differing.add(table.getName().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return differing;
    }

    static List<Map<String, String>> rows(Store store, Table<?> table) {
        return rows(store, table, org.jooq.impl.DSL.noCondition());
    }

    /** The rows of {@code table} that meet {@code which}, each as its values written out, in key order. */
    static List<Map<String, String>> rows(Store store, Table<?> table, org.jooq.Condition which) {
        List<Field<?>> fields = List.of(table.fields()).stream().filter(field -> !field.getName().equalsIgnoreCase("version")).toList();
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> field : table.getPrimaryKey() == null ? fields : List.<Field<?>>copyOf(table.getPrimaryKey().getFields())) {
            order.add(field.asc());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Record row : store.dsl().select(fields).from(table).where(which).orderBy(order).fetch()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Field<?> field : fields) {
                Object value = row.get(field);
                values.put(field.getName(), value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                        : String.valueOf(value));
            }
            rows.add(values);
        }
        return rows;
    }
}
