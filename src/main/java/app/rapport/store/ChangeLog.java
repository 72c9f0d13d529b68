package app.rapport.store;

import app.rapport.domain.change.Change;
import app.rapport.domain.change.Change.Operation;
import app.rapport.domain.change.Change.ValueChange;
import app.rapport.store.jooq.tables.records.ChangeLogRecord;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static org.jooq.impl.DSL.noCondition;

/**
 * The store's record of every change ({@link Change}), in order: written in the transaction that
 * made the changes, read by the command line, the open windows and (later) a syncing laptop.
 * Values are kept as JSON, {@code {"column": [before, after]}}; a set too large for a row's text
 * column goes to a CLOB beside it.
 */
public final class ChangeLog {
    /** The setting that says how many days of changes are kept before they are folded away. */
    public static final String KEEP_DAYS_SETTING = "changes.keepDays";
    public static final int DEFAULT_KEEP_DAYS = 90;
    private static final int INLINE_LIMIT = 100_000;
    private static final int BATCH = 1_000;
    private static final JsonFactory JSON = new JsonFactory();
    /** The clock of each store open in this process, by the path of its database ({@link #clockFor}). */
    private static final Map<String, Clock> CLOCKS = new ConcurrentHashMap<>();
    private static final String INSERT = "INSERT INTO change_log (entity, row_id, client_id, operation, changed_columns,"
            + " changed_columns_large, author, occurred_at, origin, origin_seq, hlc, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s)";
    /** Written with many rows a statement by a run of the inserts of a bulk load ({@link #writeCompact}), numbered by the writer. */
    private static final String INSERT_RUN = "INSERT INTO change_log (entity, row_id, client_id, operation, changed_columns,"
            + " changed_columns_large, author, occurred_at, origin, origin_seq, hlc, seq, first_seq, inserted_rows)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** {@link #INSERT_RUN} for runs of a store's own inserts, which keep no values and no stamp from elsewhere. */
    private static final String INSERT_RUN_OWN_INSERTS = "INSERT INTO change_log (entity, row_id, client_id, operation, changed_columns,"
            + " changed_columns_large, author, occurred_at, origin, origin_seq, hlc, seq, first_seq, inserted_rows)"
            + " VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, NULL, NULL, ?, ?, ?, ?)";
    /** A write of this many changes or more logs each new client's inserts in one row ({@link #writeCompact}). */
    static final int COMPACT_FROM = 100;
    private static final int MOST_IN_A_RUN = 1_000;
    /** On a server, a change's number is its transaction's id shifted by this many bits, plus its place in the transaction. */
    static final int PLACE_BITS = 24;
    /** A hybrid logical clock stamp counts thousandths of a millisecond: room for 1,000 changes in one millisecond before it runs ahead. */
    public static final long HLC_PER_MILLI = 1_000;

    private static final int RECENT_CHANGES_OF_A_ROW = 200;
    /** On a server: the oldest transaction of this database running as the statement starts, or the next one, as a change number. */
    private static final String VISIBLE_BELOW_ON_SERVER = "(SELECT coalesce((SELECT min(running::text::bigint) FROM pg_snapshot_xip(taken) AS running"
            + " WHERE running::xid NOT IN (SELECT backend_xid FROM pg_stat_activity"
            + " WHERE datname IS DISTINCT FROM current_database() AND backend_xid IS NOT NULL)),"
            + " pg_snapshot_xmax(taken)::text::bigint) << " + PLACE_BITS + " FROM pg_current_snapshot() AS taken)";

    private final DSLContext dsl;

    public ChangeLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Where a change applied from another node came from: that node's id, the change's sequence
     * there, its hybrid time and who made it. The change log keeps all four, so the change is
     * known everywhere by one id and is never sent back to where it was made.
     */
    public record Stamp(String origin, long originSeq, long hlc, String author, Instant at) {
    }

    /**
     * Writes the changes of a transaction, in the order they were made, on its connection. Each
     * change of this store's own gets the next hybrid time: the later of the clock and the newest
     * stamp in the log (which holds every stamp applied from elsewhere) plus one, so an edit made
     * after seeing another node's change is ordered after it, whatever this computer's clock says.
     * On a server each change is numbered by its transaction's id and its place in the transaction,
     * after the {@code loggedBefore} changes the transaction wrote already ({@link #committedAfter}).
     */
    static void write(Connection connection, List<PendingChange> changes, List<Stamp> stamps, String author, Instant at, Engine engine,
                      long loggedBefore) throws SQLException {
        write(connection, changes, stamps, author, at, engine, loggedBefore, null);
    }

    /**
     * On a server: the log's newest hybrid time and the writing transaction's id, read as the
     * transaction's capture was drained ({@link PostgresCapture#drainLast}), one round trip sooner.
     * A change another desk logs in between is no closer to this one than one committed a moment
     * after this transaction's numbers were read, which can always happen.
     */
    record Start(long newestHlc, long transaction) {
    }

    /** {@link #write(Connection, List, List, String, Instant, Engine, long)} from a {@link Start} read already, when not null. */
    static void write(Connection connection, List<PendingChange> changes, List<Stamp> stamps, String author, Instant at, Engine engine,
                      long loggedBefore, Start start) throws SQLException {
        long last;
        long transactionBase = 0;
        if (engine == Engine.POSTGRESQL) {
            if (start == null) {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT (" + NEWEST_HLC + "), pg_current_xact_id()::text::bigint")) {
                    row.next();
                    start = new Start(row.getLong(1), row.getLong(2));
                }
            }
            // whether or not the drain read the start, a change's place must fit beside its transaction's id
            if (loggedBefore + changes.size() >= 1L << PLACE_BITS) {
                throw new StoreException("One transaction may log at most " + ((1L << PLACE_BITS) - 1) + " changes; write the rest in another.");
            }
            last = start.newestHlc();
            transactionBase = start.transaction() << PLACE_BITS;
        } else {
            last = newestHlc(connection);
        }
        long now = at.toEpochMilli() * HLC_PER_MILLI;
        if (changes.size() >= COMPACT_FROM) {
            writeCompact(connection, changes, stamps, author, at, engine, transactionBase | loggedBefore, now, last);
            return;
        }
        String one = INSERT.formatted(engine.nextChangeSeq());
        int parameters = engine == Engine.POSTGRESQL ? 12 : 11; // H2 numbers a change in the statement
        long[] newest = {last};
        long base = transactionBase;
        // many rows a statement: H2 starts a statement (its locks, a view of each index) once for all of them
        BulkLoader.insertManyRows(connection, one, changes.size(), parameters, BATCH, (insert, offset, index) ->
                newest[0] = bindLogged(insert, offset, changes.get(index), stamps.get(index), author, at, now, newest[0], engine,
                        base | (loggedBefore + index + 1)));
    }

    /**
     * {@link #write} for a bulk load: each new client's inserted rows of this write (the client, phones,
     * emails, tags, state, touchpoints…) in one log row, numbered as one run of changes in a row, the
     * client's first; every other change in a row of its own. A run is placed where its first change
     * was and ends at the client's first change that is not such an insert, so no change of a client is
     * logged before one that came earlier. {@code numberedAfter}: on a server the number before the
     * first change ({@code transaction << PLACE_BITS | logged before}), on H2 unused.
     */
    private static void writeCompact(Connection connection, List<PendingChange> changes, List<Stamp> stamps, String author, Instant at,
                                     Engine engine, long numberedAfter, long now, long last) throws SQLException {
        List<int[]> runs = runs(changes, stamps);
        long[] numbers = new long[changes.size()];
        if (engine == Engine.POSTGRESQL) {
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = numberedAfter + i + 1;
            }
        } else {
            try (PreparedStatement next = connection.prepareStatement("SELECT NEXT VALUE FOR change_seq FROM SYSTEM_RANGE(1, ?)")) {
                next.setInt(1, numbers.length);
                try (ResultSet row = next.executeQuery()) {
                    for (int i = 0; i < numbers.length && row.next(); i++) {
                        numbers[i] = row.getLong(1);
                    }
                }
            }
            java.util.Arrays.sort(numbers);
        }
        // a run's numbers must follow each other; on H2 another connection's change may take one in between
        List<int[]> rows = new ArrayList<>(runs.size());
        List<long[]> rowNumbers = new ArrayList<>(runs.size());
        int numbered = 0;
        for (int[] run : runs) {
            int from = 0;
            for (int i = 1; i <= run.length; i++) {
                if (i == run.length || numbers[numbered + i] != numbers[numbered + i - 1] + 1) {
                    rows.add(java.util.Arrays.copyOfRange(run, from, i));
                    rowNumbers.add(new long[] {numbers[numbered + from], numbers[numbered + i - 1]});
                    from = i;
                }
            }
            numbered += run.length;
        }
        long[] newest = {last};
        if (engine == Engine.H2 && rows.stream().allMatch(run -> stamps.get(run[0]) == null && changes.get(run[0]).columns() == null)) {
            // a bulk load's own inserts: the columns only updates and applied changes fill are not bound (H2 locks for each value bound)
            OffsetDateTime occurred = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            BulkLoader.insertManyRows(connection, INSERT_RUN_OWN_INSERTS, rows.size(), 10, BATCH, (insert, offset, index) -> {
                int[] run = rows.get(index);
                PendingChange first = changes.get(run[0]);
                long hlc = Math.max(now, newest[0] + 1) + run.length - 1;
                newest[0] = hlc;
                insert.setString(offset + 1, first.entity());
                insert.setString(offset + 2, first.rowId());
                insert.setObject(offset + 3, first.clientId());
                insert.setString(offset + 4, first.operation().name());
                insert.setString(offset + 5, author);
                insert.setObject(offset + 6, occurred);
                insert.setLong(offset + 7, hlc);
                insert.setLong(offset + 8, rowNumbers.get(index)[1]);
                insert.setObject(offset + 9, run.length == 1 ? null : rowNumbers.get(index)[0], java.sql.Types.BIGINT);
                insert.setString(offset + 10, run.length == 1 ? null : insertedRows(changes, run));
            });
            return;
        }
        BulkLoader.insertManyRows(connection, INSERT_RUN, rows.size(), 14, BATCH, (insert, offset, index) -> {
            int[] run = rows.get(index);
            long[] seqs = rowNumbers.get(index);
            PendingChange first = changes.get(run[0]);
            // each change of a run is stamped one after the other, as when logged one a row; the row keeps the last stamp
            newest[0] = bindStamped(insert, offset, first, stamps.get(run[0]), author, at, now, newest[0], run.length);
            insert.setLong(offset + 12, seqs[1]);
            insert.setObject(offset + 13, run.length == 1 ? null : seqs[0], java.sql.Types.BIGINT);
            insert.setString(offset + 14, run.length == 1 ? null : insertedRows(changes, run));
        });
    }

    /**
     * The changes in the order they are logged, in runs: a run is one change, or a client's inserts
     * of this write (their values are the rows'), the client's first insert leading.
     */
    static List<int[]> runs(List<PendingChange> changes, List<Stamp> stamps) {
        // each change's run, numbered in the order the runs start; a bulk load's half a million changes box no numbers
        int[] runOf = new int[changes.size()];
        int[] runSizes = new int[changes.size()];
        int runCount = 0;
        Map<UUID, Integer> open = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            PendingChange change = changes.get(i);
            boolean joins = change.operation() == Operation.INSERT && change.columns() == null && change.clientId() != null
                    && change.rowId() != null && stamps.get(i) == null;
            if (!joins) {
                if (change.clientId() != null) {
                    open.remove(change.clientId());
                }
                runOf[i] = runCount;
                runSizes[runCount++] = 1;
                continue;
            }
            Integer run = open.get(change.clientId());
            if (run == null || runSizes[run] >= MOST_IN_A_RUN) {
                run = runCount++;
                open.put(change.clientId(), run);
            }
            runOf[i] = run;
            runSizes[run]++;
        }
        List<int[]> order = new ArrayList<>(runCount);
        for (int run = 0; run < runCount; run++) {
            order.add(new int[runSizes[run]]);
        }
        int[] filled = new int[runCount];
        for (int i = 0; i < runOf.length; i++) {
            order.get(runOf[i])[filled[runOf[i]]++] = i;
        }
        return order;
    }

    /** The entity and row id of each change of a run but the first, which the log row names itself. */
    private static String insertedRows(List<PendingChange> changes, int[] run) {
        // written by hand: a Jackson generator for each of a bulk load's clients cost a twentieth of its change log
        StringBuilder text = new StringBuilder(run.length * 56).append('[');
        for (int i = 1; i < run.length; i++) {
            PendingChange change = changes.get(run[i]);
            text.append(i == 1 ? "[" : ",[");
            jsonString(text, change.entity()).append(',');
            jsonString(text, change.rowId()).append(']');
        }
        return text.append(']').toString();
    }

    /** {@code value} as a JSON string, escaped as Jackson's generator escapes it. */
    private static StringBuilder jsonString(StringBuilder text, String value) {
        text.append('"');
        // a table's name and a row's key (a UUID) never need escaping: appended as they are, not copied by the encoder
        if (needsNoEscape(value)) {
            text.append(value);
        } else {
            text.append(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(value));
        }
        return text.append('"');
    }

    /** Whether Jackson's generator writes {@code value} as it is: no quote, backslash or control character in it. */
    private static boolean needsNoEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds one change at parameter {@code offset} (its first column's, less one): with its own
     * stamp when applied from elsewhere, else the next hybrid time after {@code last}; returns the
     * newest hybrid time so far.
     */
    private static long bindLogged(PreparedStatement insert, int offset, PendingChange change, Stamp stamp, String author, Instant at,
                                   long now, long last, Engine engine, long serverSeq) throws SQLException {
        long newest = bindStamped(insert, offset, change, stamp, author, at, now, last, 1);
        if (engine == Engine.POSTGRESQL) {
            insert.setLong(offset + 12, serverSeq);
        }
        return newest;
    }

    /**
     * Binds the change and its stamp (the first eleven columns): its own stamp when applied from
     * elsewhere, else the hybrid times after {@code last} of the {@code changesInRow} changes the log
     * row stands for, of which the row keeps the last. Returns the newest hybrid time so far.
     */
    private static long bindStamped(PreparedStatement insert, int offset, PendingChange change, Stamp stamp, String author, Instant at,
                                    long now, long last, int changesInRow) throws SQLException {
        long hlc;
        if (stamp == null) {
            hlc = Math.max(now, last + 1) + changesInRow - 1;
            bind(insert, offset, change, author, at);
        } else {
            hlc = stamp.hlc();
            bind(insert, offset, change, stamp.author(), stamp.at());
        }
        insert.setString(offset + 9, stamp == null ? null : stamp.origin());
        insert.setObject(offset + 10, stamp == null ? null : stamp.originSeq(), java.sql.Types.BIGINT);
        insert.setLong(offset + 11, hlc);
        return Math.max(last, hlc);
    }

    /**
     * {@link #write} on a server as one statement to send with others ({@link RoundTrips}): the
     * changes numbered from {@code start}, read as the capture was drained, in one multi-row insert.
     */
    static RoundTrips.Written insertOnServer(List<PendingChange> changes, List<Stamp> stamps, String author, Instant at,
                                              long loggedBefore, Start start) {
        if (loggedBefore + changes.size() >= 1L << PLACE_BITS) {
            throw new StoreException("One transaction may log at most " + ((1L << PLACE_BITS) - 1) + " changes; write the rest in another.");
        }
        long last = start.newestHlc();
        long transactionBase = start.transaction() << PLACE_BITS;
        long now = at.toEpochMilli() * HLC_PER_MILLI;
        StringBuilder sql = new StringBuilder(INSERT.substring(0, INSERT.indexOf(" VALUES ")) + " VALUES ");
        List<Object> values = new ArrayList<>(changes.size() * 12);
        PreparedStatement listed = listing(values);
        for (int i = 0; i < changes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, CAST(? AS uuid), ?, ?, ?, ?, CAST(? AS timestamp with time zone), ?, CAST(? AS bigint), ?, ?)");
            try {
                last = bindLogged(listed, i * 12, changes.get(i), stamps.get(i), author, at, now, last, Engine.POSTGRESQL,
                        transactionBase | (loggedBefore + i + 1));
            } catch (SQLException e) {
                throw new AssertionError("a list of values throws no SQLException", e);
            }
        }
        return new RoundTrips.Written(sql.toString(), values);
    }

    /**
     * A statement that only keeps the values bound to it, each at its parameter's place in
     * {@code values}: a row for {@link RoundTrips} is bound as the rows {@link #write} inserts.
     */
    private static PreparedStatement listing(List<Object> values) {
        return (PreparedStatement) java.lang.reflect.Proxy.newProxyInstance(ChangeLog.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (statement, method, arguments) -> {
                    if (!method.getName().startsWith("set") || arguments == null || arguments.length < 2 || !(arguments[0] instanceof Integer)) {
                        throw new UnsupportedOperationException("A list of values cannot " + method.getName());
                    }
                    int index = (Integer) arguments[0];
                    while (values.size() < index) {
                        values.add(null);
                    }
                    values.set(index - 1, method.getName().equals("setNull") ? null : arguments[1]);
                    return null;
                });
    }

    /**
     * A write made outside a store transaction of an H2 store (PostgreSQL's trigger logs those itself): logged at once, by the store's author, at the time
     * of the clock of the store that has the database open ({@link #clockFor}); a write through a
     * connection of no store of this process gets the database's own time.
     */
    static void writeAlone(Connection connection, PendingChange change) throws SQLException {
        Clock clock = CLOCKS.get(databasePath(connection));
        Instant at = clock != null ? clock.instant() : databaseTime(connection);
        try (PreparedStatement insert = connection.prepareStatement(INSERT.formatted(Engine.H2.nextChangeSeq()))) {
            bind(insert, change, Store.DEFAULT_AUTHOR, at);
            insert.setString(9, null);
            insert.setObject(10, null, java.sql.Types.BIGINT);
            insert.setLong(11, Math.max(at.toEpochMilli() * HLC_PER_MILLI, newestHlc(connection) + 1));
            insert.executeUpdate();
        }
    }

    /**
     * Says that writes to the database on {@code connection} are stamped with {@code clock} until
     * the returned forgetting is run. H2 makes the capture itself, so it cannot be handed the store.
     */
    static Runnable clockFor(Connection connection, Clock clock) throws SQLException {
        String database = databasePath(connection);
        CLOCKS.put(database, clock);
        return () -> CLOCKS.remove(database, clock);
    }

    private static String databasePath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT DATABASE_PATH()")) {
            row.next();
            return String.valueOf(row.getString(1));
        }
    }

    /** See {@link #newestHlc}; a server asks it together with its transaction's id (the log has no index by time to take a max from). */
    static final String NEWEST_HLC = "SELECT max(hlc) FROM change_log WHERE seq >= coalesce("
            + "(SELECT seq FROM change_log WHERE origin IS NULL AND hlc IS NOT NULL ORDER BY seq DESC LIMIT 1), 0)";

    /**
     * The newest hybrid time in the log, 0 when none. Each of this store's own changes (no origin)
     * is stamped after every change logged before it, so the newest is among its last own change
     * and the changes from elsewhere logged after that: a short walk back by sequence number, where
     * an index on the time would cost every logged change (a fifth of a bulk load) to keep.
     */
    static long newestHlc(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(NEWEST_HLC)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Instant databaseTime(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT CURRENT_TIMESTAMP")) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    private static void bind(PreparedStatement insert, PendingChange change, String author, Instant at) throws SQLException {
        bind(insert, 0, change, author, at);
    }

    private static void bind(PreparedStatement insert, int offset, PendingChange change, String author, Instant at) throws SQLException {
        String columns = change.columns() == null ? null : json(change.columns());
        boolean large = columns != null && columns.length() > INLINE_LIMIT;
        insert.setString(offset + 1, change.entity());
        insert.setString(offset + 2, change.rowId());
        insert.setObject(offset + 3, change.clientId());
        insert.setString(offset + 4, change.operation().name());
        insert.setString(offset + 5, large ? null : columns);
        insert.setString(offset + 6, large ? columns : null);
        insert.setString(offset + 7, author);
        insert.setObject(offset + 8, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /**
     * The newest sequence number a reader may take as its cursor, 0 when the log is empty: on a
     * server, the newest below every running transaction's changes ({@link #committedAfter}).
     */
    public long lastSeq() {
        Long last = lastSeqQuery().fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    /**
     * H2 reads a bare max off the end of the index, but walks the whole log for a max under a
     * condition, even one always true; the change feed asks after every commit, so a bulk load's
     * cost grew with the square of the book.
     */
    org.jooq.ResultQuery<org.jooq.Record1<Long>> lastSeqQuery() {
        Condition committed = dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES ? CHANGE_LOG.SEQ.lt(visibleBelow()) : noCondition();
        return dsl.select(org.jooq.impl.DSL.max(CHANGE_LOG.SEQ)).from(CHANGE_LOG).where(committed);
    }

    /** Committed changes after a cursor, oldest first; {@code heldBack} when later ones wait for an older transaction to end. */
    public record Committed(List<ChangeLogRecord> rows, boolean heldBack) {
    }

    /**
     * The committed changes after {@code afterSeq} that {@code which} selects, oldest first, at
     * most {@code limit}, with none skipped: every reader of the log by cursor (the change feed,
     * the command line, a laptop's pull) reads through here. On H2 one process writes, and
     * {@link Store#inTransaction} numbers and commits one transaction at a time. On a server the
     * desks commit side by side, so a change's number is its transaction's id with its place in
     * the transaction (postgresql-capture.sql); a transaction that took its number first may
     * commit last. Only changes numbered below the oldest transaction still running are returned:
     * every transaction older than it has ended and shows all its changes, and every later one is
     * numbered above it, so no change can appear later behind a cursor taken from what is returned.
     * Changes that wait behind a running transaction come with the next read after it ends.
     */
    public Committed committedAfter(long afterSeq, Condition which, int limit) {
        Field<Long> visibleBelow = visibleBelow().as("visible_below");
        List<ChangeLogRecord> rows = new ArrayList<>();
        boolean heldBack = false;
        for (Record row : dsl.select(CHANGE_LOG.fields()).select(visibleBelow).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(afterSeq)).and(which).orderBy(CHANGE_LOG.SEQ).limit(limit).fetch()) {
            if (row.get(CHANGE_LOG.SEQ) >= row.get(visibleBelow)) {
                heldBack = true;
                break;
            }
            // a run of a bulk load's inserts counts by its changes: the cursor may fall inside it
            for (ChangeLogRecord one : each(row.into(CHANGE_LOG))) {
                if (rows.size() == limit) {
                    return new Committed(rows, heldBack);
                }
                if (one.getSeq() > afterSeq) {
                    rows.add(one);
                }
            }
        }
        return new Committed(rows, heldBack);
    }

    /**
     * The changes a log row stands for, in order: itself, or for a run of a bulk load's inserts
     * ({@link #writeCompact}) one record for each insert, numbered and stamped as if logged alone.
     */
    static List<ChangeLogRecord> each(ChangeLogRecord row) {
        if (row.getFirstSeq() == null || row.getInsertedRows() == null) {
            return List.of(row);
        }
        List<String[]> inserted = insertedRows(row.getInsertedRows());
        List<ChangeLogRecord> each = new ArrayList<>(inserted.size() + 1);
        long first = row.getFirstSeq();
        long last = row.getSeq();
        for (int i = -1; i < inserted.size(); i++) {
            String[] which = i < 0 ? new String[] {row.getEntity(), row.getRowId()} : inserted.get(i);
            long seq = first + i + 1;
            if (which == null || which[1] == null || seq > last) {
                continue; // taken out by an erase
            }
            ChangeLogRecord one = row.copy();
            one.setSeq(seq);
            one.setEntity(which[0]);
            one.setRowId(which[1]);
            one.setFirstSeq(null);
            one.setInsertedRows(null);
            if (row.getHlc() != null && row.getOrigin() == null) {
                one.setHlc(row.getHlc() - (last - seq));
            }
            each.add(one);
        }
        return each;
    }

    private static Stream<ChangeLogRecord> newestFirst(List<ChangeLogRecord> changes) {
        List<ChangeLogRecord> reversed = new ArrayList<>(changes);
        java.util.Collections.reverse(reversed);
        return reversed.stream();
    }

    /** The [entity, row id] pairs of a run's inserted rows, null where one was taken out. */
    static List<String[]> insertedRows(String json) {
        List<String[]> rows = new ArrayList<>();
        try (JsonParser in = JSON.createParser(json)) {
            in.nextToken(); // [
            for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
                if (token == JsonToken.VALUE_NULL) {
                    rows.add(null);
                    continue;
                }
                in.nextToken();
                String entity = in.getText();
                in.nextToken();
                String rowId = in.getText();
                in.nextToken(); // ]
                rows.add(new String[] {entity, rowId});
            }
        } catch (IOException e) {
            throw new StoreException("The change log holds a change that cannot be read: " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * The first change number a running transaction may still commit; none on H2 ({@link #committedAfter}).
     * Transactions of other databases on the same server are left out (so a long load elsewhere
     * does not hold this book's desks back); one that ends while this is worked out still counts,
     * which can only hold changes back a moment longer.
     */
    private Field<Long> visibleBelow() {
        return dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES
                ? org.jooq.impl.DSL.field(VISIBLE_BELOW_ON_SERVER, Long.class)
                : org.jooq.impl.DSL.inline(Long.MAX_VALUE);
    }

    /**
     * Changes after {@code afterSeq}, oldest first, at most {@code limit}; only {@code clientId}'s
     * when given. An insert's values are read back from its row, with the later changes in the log
     * undone, so they are the values it was inserted with.
     */
    public List<Change> since(long afterSeq, UUID clientId, int limit) {
        List<Change> changes = changesOnly(afterSeq, clientId, limit);
        Map<String, List<Change>> insertsByEntity = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.operation() == Operation.INSERT && change.rowId() != null && change.columns().isEmpty()) {
                insertsByEntity.computeIfAbsent(change.entity(), entity -> new ArrayList<>()).add(change);
            }
        }
        if (insertsByEntity.isEmpty()) {
            return changes;
        }
        Map<Long, Change> withValues = new HashMap<>();
        insertsByEntity.forEach((entity, inserts) -> new InsertedValues(dsl, entity).readInto(inserts, withValues));
        return changes.stream().map(change -> withValues.getOrDefault(change.seq(), change)).toList();
    }

    /**
     * The newest logged change to one row that changed {@code column} (any column when null): who
     * saved a record last and when, as a conflict names them. Empty when the log holds none (folded away after its kept days).
     */
    public java.util.Optional<Change> lastChange(String entity, String rowId, String column) {
        // The log has no index by row (V11): a client's own changes carry their id as client_id, so
        // theirs are found walking back along the client index, where a walk back through the whole
        // log took 200-400 ms on a 100,000-client book before a conflict could name anyone.
        Condition ofRow = CHANGE_LOG.ROW_ID.eq(rowId).and(CHANGE_LOG.ENTITY.eq(entity));
        // a row inserted by a bulk load may be named inside its client's run of inserts
        Condition inRun = CHANGE_LOG.INSERTED_ROWS.contains("\"" + rowId + "\"");
        if ("client".equals(entity)) {
            ofRow = ofRow.and(CHANGE_LOG.CLIENT_ID.eq(UUID.fromString(rowId)));
        } else if (column == null) {
            ofRow = ofRow.or(inRun);
        }
        // A touchpoint also changes its client's row (last_touchpoint_at); the newest few changes hold the last save.
        return dsl.selectFrom(CHANGE_LOG).where(ofRow)
                .orderBy(CHANGE_LOG.SEQ.desc()).limit(RECENT_CHANGES_OF_A_ROW).fetch().stream()
                .flatMap(row -> newestFirst(each(row))).map(ChangeLog::change)
                .filter(change -> entity.equals(change.entity()) && rowId.equals(change.rowId()))
                .filter(change -> column == null || change.touches(column)).findFirst();
    }

    /** Changes after {@code afterSeq} as logged: an insert lists no values (the change feed needs none). */
    public List<Change> changesOnly(long afterSeq, UUID clientId, int limit) {
        Condition about = clientId == null ? noCondition() : CHANGE_LOG.CLIENT_ID.eq(clientId);
        return committedAfter(afterSeq, about, limit).rows().stream().map(ChangeLog::change).toList();
    }

    /**
     * Later changes of these rows of {@code entity}, newest first: what to undo to see each row as
     * it was inserted. They are found through the client index, from {@code clients}, the clients
     * the rows were inserted for and belong to now (null for rows of no client): the log has no
     * index by row, which every bulk-loaded row would pay for. A row that moved between clients (a
     * merge) is followed back through each move, which is logged under the client it moved to.
     */
    List<Change> laterChangesOf(String entity, Set<String> rowIds, Collection<UUID> clients, long afterSeq) {
        List<Change> later = new ArrayList<>();
        Set<Optional<UUID>> clientsRead = new HashSet<>();
        Set<Optional<UUID>> toRead = clients.stream().map(Optional::ofNullable).collect(Collectors.toCollection(HashSet::new));
        while (!toRead.isEmpty()) {
            clientsRead.addAll(toRead);
            Set<Optional<UUID>> reading = toRead;
            toRead = new HashSet<>();
            for (Change change : changesOfClients(entity, reading, afterSeq)) {
                if (rowIds.contains(change.rowId())) {
                    later.add(change);
                    for (Optional<UUID> client : clientsNamedBy(change)) {
                        if (!clientsRead.contains(client)) {
                            toRead.add(client);
                        }
                    }
                }
            }
        }
        later.sort(Comparator.comparingLong(Change::seq).reversed());
        return later;
    }

    private List<Change> changesOfClients(String entity, Set<Optional<UUID>> clients, long afterSeq) {
        List<UUID> named = clients.stream().flatMap(Optional::stream).toList();
        List<Change> changes = new ArrayList<>();
        for (int from = 0; from < named.size(); from += BATCH) {
            // a run of inserts holds no later change to undo: only the rows logged alone are read
            changes.addAll(dsl.selectFrom(CHANGE_LOG)
                    .where(CHANGE_LOG.CLIENT_ID.in(named.subList(from, Math.min(named.size(), from + BATCH))))
                    .and(CHANGE_LOG.SEQ.gt(afterSeq)).and(CHANGE_LOG.ENTITY.eq(entity)).and(CHANGE_LOG.FIRST_SEQ.isNull())
                    .fetch(ChangeLog::change));
        }
        if (clients.contains(Optional.<UUID>empty())) {
            changes.addAll(dsl.selectFrom(CHANGE_LOG).where(CHANGE_LOG.CLIENT_ID.isNull())
                    .and(CHANGE_LOG.SEQ.gt(afterSeq)).and(CHANGE_LOG.ENTITY.eq(entity)).and(CHANGE_LOG.FIRST_SEQ.isNull())
                    .fetch(ChangeLog::change));
        }
        return changes;
    }

    /** The clients a change moved its row between, if it did. */
    private static List<Optional<UUID>> clientsNamedBy(Change change) {
        ValueChange moved = change.columns().get("client_id");
        if (moved == null) {
            return List.of();
        }
        return Stream.of(moved.before(), moved.after())
                .map(client -> Optional.ofNullable(client == null ? null : UUID.fromString(client.toString()))).toList();
    }

    /** How many changes the log holds after {@code afterSeq}. */
    public int countSince(long afterSeq) {
        return countSince(afterSeq, noCondition());
    }

    /**
     * How many changes the log holds after {@code afterSeq} that {@code which} selects, a run of a
     * bulk load's inserts counted by its changes (one an erase took out still counted: for progress).
     */
    public int countSince(long afterSeq, Condition which) {
        Field<Long> from = org.jooq.impl.DSL.greatest(org.jooq.impl.DSL.coalesce(CHANGE_LOG.FIRST_SEQ, CHANGE_LOG.SEQ),
                org.jooq.impl.DSL.inline(afterSeq + 1));
        BigDecimal count = dsl.select(org.jooq.impl.DSL.sum(CHANGE_LOG.SEQ.minus(from).plus(1))).from(CHANGE_LOG)
                .where(CHANGE_LOG.SEQ.gt(afterSeq)).and(which).fetchOne(0, BigDecimal.class);
        return count == null ? 0 : count.intValue();
    }

    /**
     * Folds away changes made before {@code before}: the rows themselves hold their result; only
     * the steps that led there are forgotten. Returns how many were folded. Changes are logged in
     * the order of their commits, so the first one to keep is found by halving the range of
     * sequence numbers (no index on the time, which every bulk load would pay for).
     */
    public int compact(Instant before) {
        return compact(before, () -> Long.MAX_VALUE);
    }

    /**
     * As {@link #compact(Instant)}, keeping every change from {@code keepFromSeq} on whatever its
     * age: what a linked laptop has not pulled yet, asked only when some change is old enough.
     */
    public int compact(Instant before, java.util.function.LongSupplier keepFromSeq) {
        var oldest = dsl.select(CHANGE_LOG.SEQ, CHANGE_LOG.OCCURRED_AT).from(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ).limit(1).fetchOne();
        // mostly nothing is old enough, which the first change says alone: halving a server's numbers (transaction ids
        // shifted by PLACE_BITS) took some 37 round trips on every open
        if (oldest == null || !oldest.value2().isBefore(before)) {
            return 0;
        }
        long first = oldest.value1();
        long low = first;
        long high = lastSeq() + 1; // the first change to keep is in [low, high]
        while (low < high) {
            long middle = low + (high - low) / 2;
            Instant at = dsl.select(CHANGE_LOG.OCCURRED_AT).from(CHANGE_LOG).where(CHANGE_LOG.SEQ.ge(middle))
                    .orderBy(CHANGE_LOG.SEQ).limit(1).fetchOne(CHANGE_LOG.OCCURRED_AT);
            if (at == null || !at.isBefore(before)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        long firstKept = Math.min(low, keepFromSeq.getAsLong());
        return firstKept <= first ? 0 : dsl.deleteFrom(CHANGE_LOG).where(CHANGE_LOG.SEQ.lt(firstKept)).execute();
    }

    /**
     * Removes every change about a client or about one of their rows, {@code rowIds}: an erase
     * keeps no value of theirs. A row that came to them from another client (a merge) also has
     * changes under that client; the move names it, so those are found through the client index too.
     */
    public int forget(UUID clientId, Collection<UUID> rowIds) {
        Set<String> rows = new HashSet<>();
        rows.add(clientId.toString());
        rowIds.forEach(id -> rows.add(id.toString()));
        Set<UUID> otherClients = new HashSet<>();
        Deque<UUID> toFollow = new ArrayDeque<>(List.of(clientId));
        int forgotten = 0;
        while (!toFollow.isEmpty()) {
            UUID client = toFollow.pop();
            Condition about = CHANGE_LOG.CLIENT_ID.eq(client);
            if (!client.equals(clientId)) {
                about = about.and(CHANGE_LOG.ROW_ID.in(rows));
            }
            List<Change> moves = dsl.selectFrom(CHANGE_LOG).where(about)
                    .and(CHANGE_LOG.CHANGED_COLUMNS.contains("\"client_id\"").or(CHANGE_LOG.CHANGED_COLUMNS_LARGE.isNotNull()))
                    .fetch(ChangeLog::change);
            for (Change move : moves) {
                if (client.equals(clientId) || rows.contains(move.rowId())) {
                    clientsNamedBy(move).stream().flatMap(Optional::stream)
                            .filter(other -> !other.equals(clientId) && otherClients.add(other)).forEach(toFollow::add);
                }
            }
            if (client.equals(clientId)) {
                forgotten += dsl.deleteFrom(CHANGE_LOG).where(about).execute();
            } else {
                forgotten += dsl.deleteFrom(CHANGE_LOG).where(about).and(CHANGE_LOG.FIRST_SEQ.isNull()).execute();
                forgotten += takeOutOfRuns(client, rows);
            }
        }
        return forgotten;
    }

    /**
     * Takes the inserts of {@code rows} out of {@code client}'s runs of a bulk load's inserts (rows
     * that moved to a client being erased): the rest of each run stays, numbered as it was.
     */
    private int takeOutOfRuns(UUID client, Set<String> rows) {
        int taken = 0;
        for (ChangeLogRecord run : dsl.selectFrom(CHANGE_LOG).where(CHANGE_LOG.CLIENT_ID.eq(client)).and(CHANGE_LOG.FIRST_SEQ.isNotNull())
                .fetch()) {
            boolean changed = false;
            if (run.getRowId() != null && rows.contains(run.getRowId())) {
                run.setRowId(null);
                taken++;
                changed = true;
            }
            List<String[]> inserted = insertedRows(run.getInsertedRows());
            for (int i = 0; i < inserted.size(); i++) {
                if (inserted.get(i) != null && rows.contains(inserted.get(i)[1])) {
                    inserted.set(i, null);
                    taken++;
                    changed = true;
                }
            }
            if (changed) {
                dsl.update(CHANGE_LOG).set(CHANGE_LOG.ROW_ID, run.getRowId()).set(CHANGE_LOG.INSERTED_ROWS, insertedRowsJson(inserted))
                        .where(CHANGE_LOG.SEQ.eq(run.getSeq())).execute();
            }
        }
        return taken;
    }

    private static String insertedRowsJson(List<String[]> rows) {
        StringWriter text = new StringWriter(rows.size() * 56);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartArray();
            for (String[] row : rows) {
                if (row == null) {
                    out.writeNull();
                } else {
                    out.writeStartArray();
                    out.writeString(row[0]);
                    out.writeString(row[1]);
                    out.writeEndArray();
                }
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static Change change(Record r) {
        String columns = r.get(CHANGE_LOG.CHANGED_COLUMNS) != null ? r.get(CHANGE_LOG.CHANGED_COLUMNS) : r.get(CHANGE_LOG.CHANGED_COLUMNS_LARGE);
        if (columns == null) {
            columns = "{}";
        }
        return new Change(r.get(CHANGE_LOG.SEQ), r.get(CHANGE_LOG.ENTITY), r.get(CHANGE_LOG.ROW_ID), r.get(CHANGE_LOG.CLIENT_ID),
                Operation.valueOf(r.get(CHANGE_LOG.OPERATION)), columns(columns),
                r.get(CHANGE_LOG.AUTHOR), r.get(CHANGE_LOG.OCCURRED_AT));
    }

    static String json(Map<String, Object[]> columns) {
        StringWriter text = new StringWriter(64 + columns.size() * 24);
        try (JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            for (Map.Entry<String, Object[]> column : columns.entrySet()) {
                out.writeArrayFieldStart(column.getKey());
                writeValue(out, column.getValue()[0]);
                writeValue(out, column.getValue()[1]);
                out.writeEndArray();
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeValue(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal number) {
            out.writeNumber(number.toPlainString());
        } else {
            out.writeString(value.toString());
        }
    }

    static Map<String, ValueChange> columns(String json) {
        Map<String, ValueChange> columns = new LinkedHashMap<>();
        try (JsonParser in = JSON.createParser(json)) {
            in.nextToken();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.getCurrentName();
                in.nextToken(); // [
                in.nextToken();
                Object before = value(in);
                in.nextToken();
                Object after = value(in);
                in.nextToken(); // ]
                columns.put(name, new ValueChange(before, after));
            }
        } catch (IOException e) {
            throw new StoreException("The change log holds a change that cannot be read: " + e.getMessage(), e);
        }
        return columns;
    }

    private static Object value(JsonParser in) throws IOException {
        return switch (in.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NUMBER_INT -> in.getLongValue();
            case VALUE_NUMBER_FLOAT -> in.getDecimalValue();
            default -> in.getText();
        };
    }
}
