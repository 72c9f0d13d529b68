package app.rapport.store;

import app.rapport.domain.change.Change.Operation;
import org.h2.api.Trigger;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Hears, from inside H2, every insert, update and delete of a domain row, whoever makes it
 * (services, imports, merges, erasures, a hand-written statement), and records it as a
 * {@link PendingChange} of the transaction on this thread ({@link ChangeRecording}); the store writes
 * them to the change log before the transaction commits. A write outside a recorded transaction
 * (a single statement in auto-commit) is written to the log at once, on the writer's connection.
 * <p>
 * It also tells the in-memory client search ({@link ClientChanges}) which clients to read again:
 * one capture of every write serves everything derived from it. On PostgreSQL a PL/pgSQL trigger
 * does this work and {@link PostgresCapture} hands its changes to the same recording.
 */
public final class ChangeCapture implements Trigger {
    static final String TRIGGER_PREFIX = "RAPPORT_CHANGE_";
    /** Tables whose rows are derived from others, are logs themselves or say who is at a desk now: never captured. */
    static final Set<String> NOT_CAPTURED = Set.of("CLIENT_STATE", "CHANGE_LOG", "AUDIT_LOG", "DESK_PRESENCE", "SYNC_LINK", "SYNC_LAPTOP",
            "SYNC_FIELD_CLOCK", "SYNC_SERVER", "flyway_schema_history");
    private static final String DELETED_AT = "DELETED_AT";
    /** Columns worked out from others (a phone's digits and E.164 form): reading them again is no change of anyone's. */
    private static final Set<String> DERIVED_COLUMNS = Set.of("DIGITS", "E164");

    private String entity;
    private String[] columns;
    private int[] keyColumns;
    private int clientIdColumn = -1;
    private int deletedAtColumn = -1;
    private boolean searched;

    /** Called by H2 when it loads the trigger. */
    public ChangeCapture() {
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) throws SQLException {
        entity = table.toLowerCase(Locale.ROOT);
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, schema, table, null)) {
            while (rows.next()) {
                names.add(rows.getString("COLUMN_NAME"));
            }
        }
        columns = names.toArray(String[]::new);
        List<Integer> keys = new ArrayList<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            Map<Short, Integer> bySequence = new java.util.TreeMap<>();
            while (rows.next()) {
                bySequence.put(rows.getShort("KEY_SEQ"), names.indexOf(rows.getString("COLUMN_NAME")));
            }
            keys.addAll(bySequence.values());
        }
        keyColumns = keys.stream().mapToInt(Integer::intValue).toArray();
        clientIdColumn = table.equalsIgnoreCase("CLIENT") ? names.indexOf("ID") : names.indexOf("CLIENT_ID");
        deletedAtColumn = names.indexOf(DELETED_AT);
        searched = ClientChanges.WATCHED.stream().anyMatch(t -> t.getName().equalsIgnoreCase(table));
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        UUID clientBefore = oldRow == null ? null : clientId(oldRow);
        UUID clientAfter = newRow == null ? null : clientId(newRow);
        if (searched) {
            ClientChanges.changed(clientBefore);
            if (clientAfter != null && !clientAfter.equals(clientBefore)) {
                ClientChanges.changed(clientAfter);
            }
        }
        // An insert's values are the row's own: the log reads them back when it is shown (ChangeLog).
        Map<String, Object[]> changed = null;
        if (oldRow != null) {
            changed = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                Object before = plain(oldRow[i]);
                Object after = newRow == null ? null : plain(newRow[i]);
                if (!Objects.equals(before, after) && !DERIVED_COLUMNS.contains(columns[i])) {
                    changed.put(columns[i].toLowerCase(Locale.ROOT), new Object[] {before, after});
                }
            }
            if (changed.isEmpty()) {
                return; // an update that wrote the same values changed nothing
            }
        }
        Object[] row = newRow != null ? newRow : oldRow;
        PendingChange change = new PendingChange(entity, rowId(row), clientAfter != null ? clientAfter : clientBefore,
                operation(oldRow, newRow), changed);
        ChangeRecording recording = ChangeRecording.current();
        if (recording != null) {
            recording.add(change);
        } else {
            ChangeLog.writeAlone(connection, change);
        }
    }

    private Operation operation(Object[] oldRow, Object[] newRow) {
        if (oldRow == null) {
            return Operation.INSERT;
        }
        if (newRow == null) {
            return Operation.DELETE;
        }
        if (deletedAtColumn >= 0) {
            boolean wasDeleted = oldRow[deletedAtColumn] != null;
            boolean isDeleted = newRow[deletedAtColumn] != null;
            if (!wasDeleted && isDeleted) {
                return Operation.DELETE;
            }
            if (wasDeleted && !isDeleted) {
                return Operation.RESTORE;
            }
        }
        return Operation.UPDATE;
    }

    private String rowId(Object[] row) {
        if (keyColumns.length == 1) {
            return String.valueOf(row[keyColumns[0]]);
        }
        StringBuilder id = new StringBuilder();
        for (int key : keyColumns) {
            if (!id.isEmpty()) {
                id.append('/');
            }
            id.append(row[key]);
        }
        return id.toString();
    }

    private UUID clientId(Object[] row) {
        if (clientIdColumn < 0) {
            return null;
        }
        Object value = row[clientIdColumn];
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /**
     * The value as the log keeps it: text read out of a CLOB (the CLOB itself is gone once the
     * statement ends), instants in UTC, decimals without their scale's trailing zeros.
     */
    static Object plain(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            try (Reader reader = clob.getCharacterStream()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                    text.append(buffer, 0, read);
                }
                return text.toString();
            } catch (IOException e) {
                throw new SQLException("Could not read a text value for the change log: " + e.getMessage(), e);
            }
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros();
        }
        return value;
    }
}
