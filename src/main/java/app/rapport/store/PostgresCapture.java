package app.rapport.store;

import app.rapport.domain.change.Change.Operation;
import app.rapport.domain.change.Change.ValueChange;
import app.rapport.store.jooq.Public;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Change capture on PostgreSQL, where H2's Java triggers ({@link ChangeCapture}) do not exist: a
 * PL/pgSQL trigger on every domain table (postgresql-capture.sql) works the change out and, inside
 * a store transaction, leaves it in the session's {@code rapport_captured} table; {@link #drain}
 * moves it into the transaction's {@link ChangeRecording}, with each value written the way the H2
 * capture writes it. From there both databases share one path: derived state, the search index,
 * the change log, the change feed.
 */
final class PostgresCapture {
    static final String TRIGGER_PREFIX = "rapport_change_";
    /** Made on each connection the pool opens: where a store transaction's changes wait until the store drains them. */
    static final String SESSION_TABLE = "CREATE TEMP TABLE IF NOT EXISTS rapport_captured (ord BIGINT GENERATED ALWAYS AS IDENTITY,"
            + " entity TEXT NOT NULL, row_id TEXT, client_id UUID, operation TEXT NOT NULL, changed JSONB, stamp TEXT) ON COMMIT DELETE ROWS";
    private static final String FUNCTION_RESOURCE = "/app/rapport/store/postgresql-capture.sql";
    private static final String BODY_QUOTE = "$capture$";
    /** Raised with every change of the script; see {@link #install}. */
    private static final Pattern VERSION_MARK = Pattern.compile("-- rapport capture version (\\d+)");
    private static final Logger LOG = Logger.getLogger(PostgresCapture.class.getName());
    /** {@link #notifyCommitted}'s statements, which may also follow a COMMIT in its round trip. */
    static final List<String> NOTIFY_COMMITTED = List.of("BEGIN", "SET LOCAL synchronous_commit TO off",
            "SELECT pg_notify('" + ServerNotifications.CHANNEL + "', '')", "COMMIT");
    private static final String DRAIN = "DELETE FROM pg_temp.rapport_captured RETURNING ord, entity, row_id, client_id, operation, changed::text, stamp";
    /**
     * {@link #DRAIN} at the end of a store transaction, with what the change log's numbering needs
     * (its newest hybrid time, the transaction's id) in the same round trip: read only when
     * something was captured, and without giving a transaction that wrote nothing an id.
     */
    private static final String DRAIN_WITH_LOG_START = "WITH drained AS (DELETE FROM pg_temp.rapport_captured"
            + " RETURNING ord, entity, row_id, client_id, operation, changed, stamp) SELECT ord, entity, row_id, client_id, operation, changed::text, stamp,"
            + " (" + ChangeLog.NEWEST_HLC + "), pg_current_xact_id_if_assigned()::text::bigint FROM drained";
    /** Each captured table's columns by their PostgreSQL (lower-case) name, in the table's order. */
    private static final Map<String, List<Field<?>>> COLUMNS = Public.PUBLIC.getTables().stream()
            .collect(Collectors.toMap(table -> table.getName().toLowerCase(Locale.ROOT), table -> List.of(table.fields())));
    private static final Map<String, Boolean> SEARCHED = Public.PUBLIC.getTables().stream()
            .collect(Collectors.toMap(table -> table.getName().toLowerCase(Locale.ROOT), ClientChanges.WATCHED::contains));

    private PostgresCapture() {
    }

    /** Whether the client search reads the table {@code entity}. */
    static boolean isSearched(String entity) {
        return SEARCHED.getOrDefault(entity, false);
    }

    /**
     * Puts the capture function and its triggers in place where they are missing or differ from
     * this release's (so opening a store that has them takes no lock on any table). A capture
     * function of a newer version than this release's is left in place: a desk of an older release
     * would otherwise undo what the newer one records (a laptop's stamp on the changes it applies).
     */
    static void install(DSLContext dsl) {
        install(dsl, script());
    }

    /** {@link #install(DSLContext)} with the capture script {@code script} (a test plays another release's with it). */
    static void install(DSLContext dsl, String script) {
        String body = body(script);
        if (!body.equals(installedBody(dsl))) {
            // one desk at a time decides, so two opening together cannot put an older one over a newer one
            dsl.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                tx.execute("SELECT pg_advisory_xact_lock(hashtext('rapport_capture'))");
                String installed = installedBody(tx);
                int ours = version(body);
                int theirs = installed == null ? -1 : version(installed);
                if (theirs > ours) {
                    LOG.warning(() -> "The team server's change capture is version " + theirs + ", newer than this release's (" + ours
                            + "); it was left in place. Update Rapport on this computer.");
                } else if (!body.equals(installed)) {
                    tx.execute(script);
                    LOG.fine(() -> "Installed change capture version " + ours + " on the team server"
                            + (installed == null ? "." : " (it had version " + theirs + ")."));
                }
            });
        }
        Map<String, String> triggers = new HashMap<>();
        dsl.fetch("SELECT t.tgname, encode(t.tgargs, 'escape') FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                        + " WHERE NOT t.tgisinternal AND c.relnamespace = to_regnamespace(current_schema())")
                .forEach(row -> triggers.put(row.get(0, String.class), row.get(1, String.class)));
        for (Table<?> table : Public.PUBLIC.getTables()) {
            if (ChangeCapture.NOT_CAPTURED.contains(table.getName())) {
                continue;
            }
            String name = table.getName().toLowerCase(Locale.ROOT);
            List<String> arguments = triggerArguments(table);
            String expected = arguments.stream().map(argument -> argument + "\\000").collect(Collectors.joining());
            if (!expected.equals(triggers.get(TRIGGER_PREFIX + name))) {
                dsl.execute("CREATE OR REPLACE TRIGGER " + TRIGGER_PREFIX + name + " AFTER INSERT OR UPDATE OR DELETE ON " + name
                        + " FOR EACH ROW EXECUTE FUNCTION rapport_capture("
                        + arguments.stream().map(argument -> "'" + argument + "'").collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /** The client id column ('' when none), 'soft' when rows are deleted by marking them, then the key columns. */
    private static List<String> triggerArguments(Table<?> table) {
        List<String> arguments = new ArrayList<>();
        String clientColumn = table.getName().equalsIgnoreCase("CLIENT") ? "id" : column(table, "client_id") ? "client_id" : "";
        arguments.add(clientColumn);
        arguments.add(column(table, "deleted_at") ? "soft" : "");
        table.getPrimaryKey().getFields().forEach(key -> arguments.add(key.getName().toLowerCase(Locale.ROOT)));
        return arguments;
    }

    private static boolean column(Table<?> table, String name) {
        return Stream.of(table.fields()).anyMatch(field -> field.getName().equalsIgnoreCase(name));
    }

    /**
     * From here until the transaction ends, the triggers leave what they capture for {@link #drain},
     * and leave telling the other desks to the store, after the commit ({@link #notifyCommitted}).
     */
    static void startRecording(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('rapport.recording', 'on', true), set_config('rapport.notify', 'after commit', true)");
        }
    }

    /**
     * Tells every desk that a store transaction committed changes, in a transaction of its own.
     * A NOTIFY sent inside the writing transaction takes the server's lock on its notification
     * queue as that transaction commits and holds it until the commit is flushed to disk: every
     * desk's commit then waits for the flush of the one before it (on a shared disk 10 to 20 ms
     * each, one after the other instead of together). Sent after the commit, in a transaction that
     * writes nothing else, the lock is held only as long as the queue entry takes; that transaction
     * need not wait for the disk ({@code synchronous_commit} off for it alone: it saves nothing of
     * the book, and a notification does not outlive a server restart anyway). The commit of the
     * book's changes stays as durable as the server makes it. One round trip.
     */
    static void notifyCommitted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(String.join("; ", NOTIFY_COMMITTED));
        }
    }

    /** Moves what the triggers captured so far in this transaction into {@code recording}, in the order it was written. */
    static void drain(Connection connection, ChangeRecording recording) throws SQLException {
        drain(connection, recording, false);
    }

    /**
     * Whether the transaction numbered {@code transaction} committed, asked on {@code connection}
     * after a round trip that sent its COMMIT failed: false when that cannot be told.
     */
    static boolean committed(Connection connection, long transaction) {
        try (Statement rollback = connection.createStatement();
             PreparedStatement status = connection.prepareStatement("SELECT pg_xact_status(CAST(CAST(? AS text) AS xid8))")) {
            rollback.execute("ROLLBACK"); // whatever the failed round trip left open
            status.setLong(1, transaction);
            try (ResultSet row = status.executeQuery()) {
                return row.next() && "committed".equals(row.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * {@link #drain(Connection, ChangeRecording)} as a transaction ends: returns where its changes
     * start in the log, or null when nothing was captured.
     */
    static ChangeLog.Start drainLast(Connection connection, ChangeRecording recording) throws SQLException {
        return drain(connection, recording, true);
    }

    private static ChangeLog.Start drain(Connection connection, ChangeRecording recording, boolean withLogStart) throws SQLException {
        ChangeLog.Start start = null;
        try (PreparedStatement statement = connection.prepareStatement(withLogStart ? DRAIN_WITH_LOG_START : DRAIN);
             ResultSet rows = statement.executeQuery()) {
            List<Object[]> captured = new ArrayList<>();
            while (rows.next()) {
                captured.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3), rows.getObject(4, UUID.class),
                        rows.getString(5), rows.getString(6), rows.getString(7)});
                if (withLogStart && start == null) {
                    long transaction = rows.getLong(9);
                    start = rows.wasNull() ? null : new ChangeLog.Start(rows.getLong(8), transaction);
                }
            }
            captured.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
            for (Object[] row : captured) {
                String entity = (String) row[1];
                UUID clientId = (UUID) row[3];
                Map<String, Object[]> columns = row[5] == null ? null : values(entity, (String) row[5]);
                if (isSearched(entity)) {
                    ClientChanges.changed(clientId);
                    Object[] movedFrom = columns == null ? null : columns.get("client_id");
                    if (movedFrom != null && movedFrom[0] != null) {
                        ClientChanges.changed(UUID.fromString(movedFrom[0].toString()));
                    }
                }
                recording.add(new PendingChange(entity, (String) row[2], clientId, Operation.valueOf((String) row[4]), columns), (String) row[6]);
            }
        }
        return start;
    }

    /** The changed columns in the table's order, each value as {@link ChangeCapture#plain} makes it on H2. */
    private static Map<String, Object[]> values(String entity, String json) {
        Map<String, ValueChange> changed = ChangeLog.columns(json);
        Map<String, Object[]> values = new LinkedHashMap<>();
        for (Field<?> field : COLUMNS.getOrDefault(entity, List.of())) {
            String name = field.getName().toLowerCase(Locale.ROOT);
            ValueChange value = changed.remove(name);
            if (value != null) {
                values.put(name, new Object[] {plain(field, value.before()), plain(field, value.after())});
            }
        }
        changed.forEach((name, value) -> values.put(name, new Object[] {value.before(), value.after()}));
        return values;
    }

    private static Object plain(Field<?> field, Object value) {
        if (value == null) {
            return null;
        }
        Class<?> type = field.getType();
        if ((type == Instant.class || type == OffsetDateTime.class) && value instanceof String text) {
            return OffsetDateTime.parse(text).toInstant();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros();
        }
        return value;
    }

    /** The capture function's body in {@code script}, as PostgreSQL keeps it ({@code pg_proc.prosrc}). */
    static String body(String script) {
        String opening = "AS " + BODY_QUOTE;
        return script.substring(script.indexOf(opening) + opening.length(), script.lastIndexOf(BODY_QUOTE));
    }

    /** The version a capture function's body names; 0 for one of a release before capture functions had versions. */
    static int version(String body) {
        Matcher marked = VERSION_MARK.matcher(body);
        return marked.find() ? Integer.parseInt(marked.group(1)) : 0;
    }

    private static String installedBody(DSLContext dsl) {
        return dsl.fetchOptional("SELECT prosrc FROM pg_proc WHERE proname = 'rapport_capture'"
                + " AND pronamespace = to_regnamespace(current_schema())").map(row -> row.get(0, String.class)).orElse(null);
    }

    static String script() {
        try (InputStream in = PostgresCapture.class.getResourceAsStream(FUNCTION_RESOURCE)) {
            if (in == null) {
                throw new StoreException("This build of Rapport lacks " + FUNCTION_RESOURCE + ".");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
