package app.rapport.store;

import app.rapport.domain.change.Change;
import app.rapport.domain.change.Change.ValueChange;
import app.rapport.store.jooq.Public;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.or;

/**
 * The values rows of one table were inserted with, which the change log does not keep twice: the
 * row as it is now (or as its delete left it), with every later change in the log undone.
 */
final class InsertedValues {
    private static final int CHUNK = 500;

    private final DSLContext dsl;
    private final Table<?> table;
    private final List<? extends Field<?>> key;

    InsertedValues(DSLContext dsl, String entity) {
        this.dsl = dsl;
        this.table = Public.PUBLIC.getTables().stream().filter(t -> t.getName().equalsIgnoreCase(entity)).findFirst().orElse(null);
        this.key = table == null || table.getPrimaryKey() == null ? List.of() : table.getPrimaryKey().getFields();
    }

    /** Puts each insert, with the values it was made with, into {@code bySeq}. */
    void readInto(List<Change> inserts, Map<Long, Change> bySeq) {
        if (key.isEmpty()) {
            return;
        }
        for (int from = 0; from < inserts.size(); from += CHUNK) {
            List<Change> chunk = inserts.subList(from, Math.min(inserts.size(), from + CHUNK));
            Map<String, Map<String, Object>> rows = currentRows(chunk);
            Set<String> rowIds = new HashSet<>();
            Set<UUID> clients = new HashSet<>();
            for (Change insert : chunk) {
                rowIds.add(insert.rowId());
                clients.add(insert.clientId());
                Object clientNow = rows.getOrDefault(insert.rowId(), Map.of()).get(insert.entity().equals("client") ? "id" : "client_id");
                clients.add(clientNow == null ? null : UUID.fromString(clientNow.toString()));
            }
            List<Change> later = new ChangeLog(dsl).laterChangesOf(chunk.get(0).entity(), rowIds, clients, chunk.get(0).seq());
            for (Change insert : chunk) {
                Map<String, Object> values = new LinkedHashMap<>(rows.getOrDefault(insert.rowId(), Map.of()));
                for (Change change : later) { // newest first: undo them one by one
                    if (change.seq() > insert.seq() && insert.rowId().equals(change.rowId())) {
                        change.columns().forEach((column, value) -> values.put(column, value.before()));
                    }
                }
                Map<String, ValueChange> columns = new LinkedHashMap<>();
                values.forEach((column, value) -> {
                    if (value != null) {
                        columns.put(column, new ValueChange(null, value));
                    }
                });
                bySeq.put(insert.seq(), new Change(insert.seq(), insert.entity(), insert.rowId(), insert.clientId(), insert.operation(),
                        columns, insert.author(), insert.at()));
            }
        }
    }

    /** The rows as stored now, by row id, each value as the log writes it. */
    private Map<String, Map<String, Object>> currentRows(List<Change> inserts) {
        Condition anyOf = or(inserts.stream().map(insert -> keyIs(insert.rowId())).toList());
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Record row : dsl.selectFrom(table).where(key.size() == 1 ? keyIn(inserts) : anyOf).fetch()) {
            Map<String, Object[]> pairs = new LinkedHashMap<>();
            for (Field<?> field : row.fields()) {
                pairs.put(field.getName().toLowerCase(Locale.ROOT), new Object[] {null, plain(row.get(field))});
            }
            Map<String, Object> values = new LinkedHashMap<>();
            ChangeLog.columns(ChangeLog.json(pairs)).forEach((column, value) -> values.put(column, value.after()));
            rows.put(rowId(row), values);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private Condition keyIn(List<Change> inserts) {
        Field<Object> id = (Field<Object>) key.get(0);
        return id.in(inserts.stream().map(insert -> id.getDataType().convert(insert.rowId())).toList());
    }

    /** A composite key is logged as its parts joined by '/'; only the last part may hold a '/' itself. */
    @SuppressWarnings("unchecked")
    private Condition keyIs(String rowId) {
        String[] parts = rowId.split("/", key.size());
        Condition condition = noCondition();
        for (int i = 0; i < key.size() && i < parts.length; i++) {
            Field<Object> part = (Field<Object>) key.get(i);
            condition = condition.and(part.eq(part.getDataType().convert(parts[i])));
        }
        return condition;
    }

    private String rowId(Record row) {
        List<String> parts = new ArrayList<>(key.size());
        for (Field<?> part : key) {
            parts.add(String.valueOf(row.get(part)));
        }
        return String.join("/", parts);
    }

    private static Object plain(Object value) {
        try {
            return ChangeCapture.plain(value);
        } catch (SQLException e) {
            throw new StoreException("Could not read a value for the change log: " + e.getMessage(), e);
        }
    }
}
