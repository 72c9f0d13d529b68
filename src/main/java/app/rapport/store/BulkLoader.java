package app.rapport.store;

import app.rapport.domain.Ids;
import app.rapport.domain.Client;
import app.rapport.domain.ClientState;
import app.rapport.domain.Complexity;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Touchpoint;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

import static app.rapport.store.jooq.Tables.PRODUCT;

/**
 * Writes many records with JDBC batches, one prepared statement per table. Rows are kept in
 * dependency order (clients before their touchpoints), so a flush never breaks a foreign key.
 * Used inside one transaction by whoever owns it.
 */
public final class BulkLoader {
    private static final int FLUSH_AT_ROWS = 20_000;
    private static final int STATEMENT_BATCH = 1_000;
    private static final int ROWS_PER_STATEMENT = 50;
    /** How many clients' rows the second thread of {@link #clients} makes at a time. */
    private static final int ROWS_MADE_AHEAD = 500;

    /** The tables a load of clients with their histories writes to, the change log's included. */
    static final List<Table<?>> CLIENT_TABLES = List.of(app.rapport.store.jooq.Tables.CLIENT, app.rapport.store.jooq.Tables.CLIENT_PHONE,
            app.rapport.store.jooq.Tables.CLIENT_EMAIL, app.rapport.store.jooq.Tables.CLIENT_TAG, app.rapport.store.jooq.Tables.CLIENT_CUSTOM_FIELD,
            app.rapport.store.jooq.Tables.TOUCHPOINT, app.rapport.store.jooq.Tables.NOTE, app.rapport.store.jooq.Tables.PURCHASE,
            app.rapport.store.jooq.Tables.OPPORTUNITY, app.rapport.store.jooq.Tables.CLIENT_COMPETITOR, app.rapport.store.jooq.Tables.FOLLOW_UP,
            app.rapport.store.jooq.Tables.CLIENT_STATE, app.rapport.store.jooq.Tables.CHANGE_LOG);

    private final DSLContext dsl;
    /** The rows made and not yet written, and the histories of every client added. */
    private final Batch pending;

    /** What a client added through this loader bought, said and was promised: their state is derived from it. */
    private static final class History {
        final Client client;
        final List<Purchase> purchases = new ArrayList<>();
        final List<Touchpoint> touchpoints = new ArrayList<>();
        final List<Opportunity> opportunities = new ArrayList<>();
        final List<FollowUp> followUps = new ArrayList<>();

        History(Client client) {
            this.client = client;
        }
    }

    public BulkLoader(DSLContext dsl, Instant loadedAt) {
        this(dsl, loadedAt, Ids::next);
    }

    /** {@code rowIds} gives the ids of rows whose records carry none (a client's phones and emails). */
    public BulkLoader(DSLContext dsl, Instant loadedAt, Supplier<UUID> rowIds) {
        this.dsl = dsl;
        this.pending = batches(dsl, loadedAt, rowIds).get();
    }

    /**
     * Makes batches of rows on another thread, as a loader in this transaction would make them, to
     * be written by {@link #add(Batch)}: a demo load makes its clients' rows while the store writes
     * the ones before. {@code rowIds} is then used only by the thread that fills the batches.
     */
    public static Supplier<Batch> batches(DSLContext dsl, Instant loadedAt, Supplier<UUID> rowIds) {
        String phoneRegion = new PhoneRows(dsl).region();
        String author = ChangeRecording.currentAuthor();
        return () -> new Batch(loadedAt, rowIds, phoneRegion, author);
    }

    /**
     * Records made from domain objects, by table in the order first added (clients before their
     * touchpoints), with each client's history for its derived state. Filled by one thread at a time.
     */
    public static final class Batch {
        private final Instant loadedAt;
        private final Supplier<UUID> rowIds;
        private final String phoneRegion;
        private final String author;
        private final Map<Table<?>, List<TableRecord<?>>> rows = new LinkedHashMap<>();
        private final Map<UUID, History> histories = new LinkedHashMap<>();
        private int size;

        private Batch(Instant loadedAt, Supplier<UUID> rowIds, String phoneRegion, String author) {
            this.loadedAt = loadedAt;
            this.rowIds = rowIds;
            this.phoneRegion = phoneRegion;
            this.author = author;
        }

        public void product(Product product) {
            add(Rows.product(product, loadedAt));
        }

        public void competitor(Competitor competitor) {
            add(Rows.competitor(competitor, loadedAt));
        }

        public void swotItem(SwotItem item) {
            add(Rows.swotItem(item, loadedAt));
        }

        /** The client with its phones, emails, tags and custom fields. */
        public void client(Client client) {
            clientRows(client, Rows.client(client, phoneRegion, rowIds));
        }

        private void clientRows(Client client, List<TableRecord<?>> made) {
            made.forEach(this::add);
            histories.put(client.id(), new History(client));
        }

        public void touchpoint(Touchpoint touchpoint) {
            add(Rows.touchpoint(touchpoint, touchpoint.occurredAt(), author));
            historyOf(touchpoint.clientId(), history -> history.touchpoints.add(touchpoint));
        }

        public void note(Note note) {
            add(Rows.note(note, author));
        }

        public void purchase(Purchase purchase) {
            add(Rows.purchase(purchase, loadedAt, author));
            historyOf(purchase.clientId(), history -> history.purchases.add(purchase));
        }

        public void opportunity(Opportunity opportunity) {
            add(Rows.opportunity(opportunity, loadedAt, author));
            historyOf(opportunity.clientId(), history -> history.opportunities.add(opportunity));
        }

        public void competitorLink(CompetitorLink link) {
            add(Rows.competitorLink(link, loadedAt));
        }

        public void followUp(FollowUp followUp) {
            add(Rows.followUp(followUp, loadedAt));
            if (followUp.doneAt() == null) {
                historyOf(followUp.clientId(), history -> history.followUps.add(followUp));
            }
        }

        private void historyOf(UUID clientId, java.util.function.Consumer<History> addition) {
            History history = histories.get(clientId);
            if (history != null) {
                addition.accept(history);
            }
        }

        private void add(TableRecord<?> row) {
            rows.computeIfAbsent(row.getTable(), table -> new ArrayList<>()).add(row);
            size++;
        }
    }

    public void product(Product product) {
        pending.product(product);
        flushWhenFull();
    }

    public void competitor(Competitor competitor) {
        pending.competitor(competitor);
        flushWhenFull();
    }

    public void swotItem(SwotItem item) {
        pending.swotItem(item);
        flushWhenFull();
    }

    /** The client with its phones, emails, tags and custom fields. */
    public void client(Client client) {
        pending.client(client);
        flushWhenFull();
    }

    /**
     * Adds many clients as {@link #client} does, their rows made on a second thread while this one
     * writes the rows of the clients before them: making a client's rows (reading each phone's
     * E.164 form above all) is a tenth of an import's writing, which then need not wait for it.
     * {@code afterEach} runs on this thread after each client is added, with how many are: for
     * what belongs to that client next (its notes), progress and cancelling (an exception thrown
     * there stops the second thread and goes to the caller).
     */
    public <T> void clients(List<T> items, Function<T, Client> clientOf, ObjIntConsumer<T> afterEach) {
        clients(items, clientOf, null, typed -> null, afterEach);
    }

    /**
     * As {@link #clients(List, Function, ObjIntConsumer)}, with the E.164 form of phone numbers read
     * already in {@code readIn} ({@code readBefore}: the form, "" for a number that cannot be read,
     * null for one not read): used only when the store reads numbers in that region too.
     */
    public <T> void clients(List<T> items, Function<T, Client> clientOf, String readIn, Function<String, String> readBefore,
                            ObjIntConsumer<T> afterEach) {
        Function<String, String> known = pending.phoneRegion.equals(readIn) ? readBefore : typed -> null;
        BlockingQueue<MadeRows> made = new ArrayBlockingQueue<>(4);
        ExecutorService maker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bulk-rows");
            thread.setDaemon(true);
            return thread;
        });
        try {
            maker.submit(() -> {
                try {
                    for (int from = 0; from < items.size(); from += ROWS_MADE_AHEAD) {
                        List<List<TableRecord<?>>> rows = new ArrayList<>(ROWS_MADE_AHEAD);
                        for (T item : items.subList(from, Math.min(items.size(), from + ROWS_MADE_AHEAD))) {
                            rows.add(Rows.client(clientOf.apply(item), pending.phoneRegion, pending.rowIds, known));
                        }
                        made.put(new MadeRows(rows, null));
                    }
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error failure) {
                    try {
                        made.put(new MadeRows(List.of(), failure));
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                }
                return null;
            });
            int done = 0;
            while (done < items.size()) {
                MadeRows next = made.take();
                if (next.failure() != null) {
                    throw next.failure() instanceof RuntimeException runtime ? runtime : new IllegalStateException(next.failure());
                }
                for (List<TableRecord<?>> rows : next.rows()) {
                    T item = items.get(done);
                    pending.clientRows(clientOf.apply(item), rows);
                    flushWhenFull();
                    afterEach.accept(item, ++done);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Writing the clients was interrupted", e);
        } finally {
            maker.shutdownNow();
        }
    }

    /** The rows of a run of clients made on the second thread, or what went wrong making them. */
    private record MadeRows(List<List<TableRecord<?>>> rows, Throwable failure) {
    }

    public void touchpoint(Touchpoint touchpoint) {
        pending.touchpoint(touchpoint);
        flushWhenFull();
    }

    public void note(Note note) {
        pending.note(note);
        flushWhenFull();
    }

    public void purchase(Purchase purchase) {
        pending.purchase(purchase);
        flushWhenFull();
    }

    public void opportunity(Opportunity opportunity) {
        pending.opportunity(opportunity);
        flushWhenFull();
    }

    public void competitorLink(CompetitorLink link) {
        pending.competitorLink(link);
        flushWhenFull();
    }

    public void followUp(FollowUp followUp) {
        pending.followUp(followUp);
        flushWhenFull();
    }

    /** Writes the rows of a batch made elsewhere ({@link #batches}), after what this loader holds already. */
    public void add(Batch made) {
        made.rows.forEach((table, rows) -> pending.rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(rows));
        pending.size += made.size;
        made.histories.values().forEach(history -> pending.histories.put(history.client.id(), history));
        flushWhenFull();
    }

    /**
     * Writes what is pending and, for the clients added through {@link #client}, their derived state
     * from the history this loader was given: the store then need not read it all back (see
     * {@link ClientStateRepository}). Call it once, at the end of the load's transaction.
     */
    public void finish() {
        flush();
        ChangeRecording recording = ChangeRecording.current();
        Map<UUID, History> histories = pending.histories;
        if (recording == null || histories.isEmpty()) {
            return;
        }
        Map<java.util.UUID, Complexity> complexity = new java.util.HashMap<>();
        List<java.util.UUID> products = histories.values().stream().flatMap(history -> history.purchases.stream())
                .map(Purchase::productId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!products.isEmpty()) {
            dsl.select(PRODUCT.ID, PRODUCT.COMPLEXITY).from(PRODUCT).where(PRODUCT.ID.in(products))
                    .forEach(r -> complexity.put(r.value1(), Complexity.valueOf(r.value2())));
        }
        List<TableRecord<?>> states = new ArrayList<>(histories.size());
        for (History history : histories.values()) {
            states.add(ClientStateRepository.bulkRow(ClientState.derive(history.client.id(), history.client.birthday(), history.purchases,
                    complexity::get, history.touchpoints, history.opportunities, history.followUps, recording.zone(),
                    app.rapport.domain.brief.TextSignals::theirReaction)));
            recording.stateWritten(history.client.id());
        }
        insertAll(dsl, states);
        histories.clear();
    }

    /**
     * A row exactly as given, for loads that carry every column themselves (archive imports).
     * Rows of a table that others refer to must be added before the rows that refer to them.
     */
    public void row(TableRecord<?> row) {
        pending.add(row);
        flushWhenFull();
    }

    /**
     * Writes what is pending, and the changes it made to the change log, so that a long load holds
     * one batch in memory at a time; call once more at the end.
     */
    public void flush() {
        for (List<TableRecord<?>> rows : pending.rows.values()) {
            if (!rows.isEmpty()) {
                insertAll(dsl, rows);
                rows.clear();
            }
        }
        pending.size = 0;
        ChangeRecording recording = ChangeRecording.current();
        if (recording != null) {
            dsl.connection(recording::writeTo);
        }
    }

    /**
     * One prepared statement per table, bound straight through JDBC: jOOQ renders the statement,
     * but its per-value bind machinery costs more than H2's own insert at this volume. Each
     * statement inserts {@value #ROWS_PER_STATEMENT} rows: H2 pays for starting a statement
     * (its locks, a view of each index) once for all of them, where a JDBC batch pays it per row.
     */
    static void insertAll(DSLContext dsl, List<? extends TableRecord<?>> rows) {
        Table<?> table = rows.get(0).getTable();
        Field<?>[] fields = table.fields();
        int[] bound = boundColumns(dsl, rows, fields.length);
        List<Field<?>> values = new ArrayList<>(fields.length);
        int next = 0;
        for (int i = 0; i < fields.length; i++) {
            if (next < bound.length && bound[next] == i) {
                values.add(org.jooq.impl.DSL.val(null, fields[i]));
                next++;
            } else {
                values.add(org.jooq.impl.DSL.inline(null, fields[i]));
            }
        }
        String single = dsl.render(dsl.insertInto(table).columns(fields).values(values));
        dsl.connection(connection -> insertManyRows(connection, single, rows.size(), bound.length, STATEMENT_BATCH, (statement, offset, index) -> {
            TableRecord<?> row = rows.get(index);
            for (int i = 0; i < bound.length; i++) {
                statement.setObject(offset + i + 1, RoundTrips.jdbcValue(row.get(bound[i])));
            }
        }));
    }

    /**
     * The columns whose values are bound, in order: on H2 those that hold a value in some row, the
     * others written as NULL in the statement itself. H2 takes its connection's lock for every value
     * bound, and an imported client leaves half of its own columns empty (company, address, birthday…).
     */
    private static int[] boundColumns(DSLContext dsl, List<? extends TableRecord<?>> rows, int columns) {
        if (dsl.dialect().family() != org.jooq.SQLDialect.H2) {
            return java.util.stream.IntStream.range(0, columns).toArray();
        }
        boolean[] used = new boolean[columns];
        int usedCount = 0;
        for (TableRecord<?> row : rows) {
            for (int i = 0; i < columns; i++) {
                if (!used[i] && row.get(i) != null) {
                    used[i] = true;
                    usedCount++;
                }
            }
            if (usedCount == columns) {
                break;
            }
        }
        int[] bound = new int[usedCount];
        for (int i = 0, next = 0; i < columns; i++) {
            if (used[i]) {
                bound[next++] = i;
            }
        }
        return bound;
    }

    /** Binds row {@code index} of an insert at parameter {@code offset} (its first column's, less one). */
    @FunctionalInterface
    interface RowBinder {
        void bind(PreparedStatement statement, int offset, int index) throws SQLException;
    }

    /**
     * Inserts {@code rows} rows by {@code single} (an insert of one row of parameters),
     * {@value #ROWS_PER_STATEMENT} rows a statement in JDBC batches of {@code batchRows} rows, and
     * what is left over in one statement of its own (one row a statement when fewer rows than that are written).
     */
    static void insertManyRows(Connection connection, String single, int rows, int parametersPerRow, int batchRows, RowBinder binder)
            throws SQLException {
        int full = rows / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        int index = 0;
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(manyRows(single, ROWS_PER_STATEMENT))) {
                int batched = 0;
                while (index < full) {
                    for (int row = 0; row < ROWS_PER_STATEMENT; row++, index++) {
                        binder.bind(statement, row * parametersPerRow, index);
                    }
                    statement.addBatch();
                    if (++batched % (batchRows / ROWS_PER_STATEMENT) == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
        }
        if (index < rows) {
            int left = rows - index;
            if (full > 0 && left > 1) {
                // a bulk write's rows left over in one statement too: each statement costs H2 its start (locks, a view
                // of each index); a small write keeps the one-row statement H2 and the server have prepared already
                try (PreparedStatement statement = connection.prepareStatement(manyRows(single, left))) {
                    for (int row = 0; index < rows; row++, index++) {
                        binder.bind(statement, row * parametersPerRow, index);
                    }
                    statement.executeUpdate();
                }
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(single)) {
                for (; index < rows; index++) {
                    binder.bind(statement, 0, index);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    /** {@code insert} (one row of parameters, {@code ... values (?, ?)}) made to insert {@code count} rows. */
    static String manyRows(String insert, int count) {
        int values = insert.toLowerCase(java.util.Locale.ROOT).lastIndexOf("values");
        String head = insert.substring(0, values + "values".length());
        String row = insert.substring(values + "values".length()).strip();
        StringBuilder sql = new StringBuilder(head.length() + count * (row.length() + 2)).append(head).append(' ').append(row);
        for (int i = 1; i < count; i++) {
            sql.append(", ").append(row);
        }
        return sql.toString();
    }

    private void flushWhenFull() {
        if (pending.size >= FLUSH_AT_ROWS) {
            flush();
        }
    }
}
