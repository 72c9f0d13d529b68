package app.rapport.store;

import app.rapport.store.jooq.Public;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static app.rapport.store.jooq.Tables.AUDIT_LOG;
import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static app.rapport.store.jooq.Tables.SWOT_ITEM;

/**
 * Everything the store holds about one client, found by the client_id column every table about a
 * client has: read for a data-protection export, or erased for good. Tables added by later
 * migrations are covered as long as they follow that rule.
 */
public final class ClientDossier {
    private static final String CLIENT_ID = "client_id";
    /** Derived data, rebuilt from the client; not something the client gave us. */
    private static final Set<Table<?>> NOT_EXPORTED = Set.of(CLIENT_STATE);

    private final DSLContext dsl;

    public ClientDossier(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The client's row and every row about them, table by table (camel-case column names, empty
     * tables left out); the products they bought are added for context. Empty when the store has
     * no such client, trashed or not.
     */
    public Optional<Map<String, List<Map<String, Object>>>> read(UUID clientId) {
        List<Map<String, Object>> client = rows(dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetch());
        if (client.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Map<String, Object>>> dossier = new LinkedHashMap<>();
        dossier.put(camel(CLIENT.getName()), client);
        for (Table<?> table : tablesAboutClients()) {
            if (NOT_EXPORTED.contains(table)) {
                continue;
            }
            List<Map<String, Object>> rows = rows(dsl.selectFrom(table).where(clientIdOf(table).eq(clientId)).fetch());
            if (!rows.isEmpty()) {
                dossier.put(camel(table.getName()), rows);
            }
        }
        List<Map<String, Object>> products = rows(dsl.selectFrom(PRODUCT)
                .where(PRODUCT.ID.in(dsl.select(PURCHASE.PRODUCT_ID).from(PURCHASE).where(PURCHASE.CLIENT_ID.eq(clientId))))
                .fetch());
        if (!products.isEmpty()) {
            dossier.put("productsBought", products);
        }
        return Optional.of(dossier);
    }

    /**
     * Removes the client and every row about them, including the change log's and the old audit
     * log's entries (the change log keeps only that a client was erased); SWOT items noted from their words stay, without the link to them. Returns
     * how many rows went from each table (empty when there was no such client). Run it inside a
     * transaction.
     */
    public Map<String, Integer> erase(UUID clientId) {
        Map<String, Integer> erased = new LinkedHashMap<>();
        // The client's row is locked first: a write of their phones, emails or tags updates that row before it writes
        // them, so it either ends before this reads the details or finds the client gone (V73: no foreign key removes them)
        if (dsl.selectOne().from(CLIENT).where(CLIENT.ID.eq(clientId)).forUpdate().fetchOptional().isEmpty()) {
            return erased;
        }
        // The logs also name rows by their own id; collect those before they go.
        List<UUID> ids = new ArrayList<>();
        ids.add(clientId);
        for (Table<?> table : tablesAboutClients()) {
            Field<?> id = column(table, "id");
            if (id != null && id.getType() == UUID.class && table != AUDIT_LOG && table != CHANGE_LOG) {
                ids.addAll(dsl.select(id.coerce(UUID.class)).from(table).where(clientIdOf(table).eq(clientId)).fetch().getValues(0, UUID.class));
            }
        }
        erased.put(key(AUDIT_LOG), dsl.deleteFrom(AUDIT_LOG)
                .where(AUDIT_LOG.CLIENT_ID.eq(clientId).or(AUDIT_LOG.ENTITY_ID.in(ids))).execute());
        erased.put(key(CHANGE_LOG), new ChangeLog(dsl).forget(clientId, ids));
        erased.put(key(SWOT_ITEM) + " (link only)", dsl.update(SWOT_ITEM).setNull(SWOT_ITEM.CLIENT_ID)
                .where(SWOT_ITEM.CLIENT_ID.eq(clientId)).execute());
        for (Table<?> table : tablesAboutClients()) {
            if (table != AUDIT_LOG && table != CHANGE_LOG && table != SWOT_ITEM) {
                erased.put(key(table), dsl.deleteFrom(table).where(clientIdOf(table).eq(clientId)).execute());
            }
        }
        erased.put(key(CLIENT), dsl.deleteFrom(CLIENT).where(CLIENT.ID.eq(clientId)).execute());
        ChangeRecording recording = ChangeRecording.current();
        if (recording != null) {
            dsl.connection(connection -> recording.erase(connection, clientId));
        }
        erased.values().removeIf(count -> count == 0);
        return erased;
    }

    /** Every table with a client_id column, in a stable order. */
    static List<Table<?>> tablesAboutClients() {
        return Public.PUBLIC.getTables().stream()
                .filter(table -> column(table, CLIENT_ID) != null)
                .sorted(java.util.Comparator.comparing(Table::getName))
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Field<UUID> clientIdOf(Table<?> table) {
        return (Field<UUID>) column(table, CLIENT_ID);
    }

    /** The column by name whatever its case (H2 keeps unquoted names in upper case). */
    private static Field<?> column(Table<?> table, String name) {
        return Stream.of(table.fields()).filter(field -> field.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static String key(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    private static List<Map<String, Object>> rows(List<? extends Record> records) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record record : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Field<?> field : record.fields()) {
                Object value = record.get(field);
                if (value != null) {
                    row.put(camel(field.getName()), value instanceof UUID || value instanceof java.time.temporal.TemporalAccessor
                            ? value.toString() : value);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
