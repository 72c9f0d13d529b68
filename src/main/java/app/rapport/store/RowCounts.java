package app.rapport.store;

import org.jooq.DSLContext;
import org.jooq.Table;

import java.util.LinkedHashMap;
import java.util.Map;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.COMPETITOR;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static app.rapport.store.jooq.Tables.SWOT_ITEM;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/** How many records of each kind a store holds (clients: those not in the trash), for `rapport info`. */
public final class RowCounts {
    private RowCounts() {
    }

    public static Map<String, Integer> of(Store store) {
        DSLContext dsl = store.dsl();
        Map<String, Table<?>> tables = new LinkedHashMap<>();
        tables.put("clients", CLIENT);
        tables.put("touchpoints", TOUCHPOINT);
        tables.put("notes", NOTE);
        tables.put("products", PRODUCT);
        tables.put("purchases", PURCHASE);
        tables.put("opportunities", OPPORTUNITY);
        tables.put("followUps", FOLLOW_UP);
        tables.put("competitors", COMPETITOR);
        tables.put("swotItems", SWOT_ITEM);
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((name, table) -> counts.put(name, dsl.fetchCount(table)));
        counts.put("clients", new ClientRepository(dsl).count());
        return counts;
    }
}
