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

import java.sql.PreparedStatement;
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
    /** How many clients' rows the second thread of {@link #clients} makes at a time. */
    private static final int ROWS_MADE_AHEAD = 500;

    private final DSLContext dsl;
    private final Instant loadedAt;
    private final Supplier<UUID> rowIds;
    private final String phoneRegion;
    private final Map<Table<?>, List<TableRecord<?>>> pending = new LinkedHashMap<>();
    private final Map<java.util.UUID, History> histories = new LinkedHashMap<>();
    private int pendingRows;

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
        this.phoneRegion = new PhoneRows(dsl).region();
        this.loadedAt = loadedAt;
        this.rowIds = rowIds;
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
        Rows.client(client, phoneRegion, rowIds).forEach(this::add);
        histories.put(client.id(), new History(client));
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
                            rows.add(Rows.client(clientOf.apply(item), phoneRegion, rowIds));
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
                    Client client = clientOf.apply(item);
                    rows.forEach(this::add);
                    histories.put(client.id(), new History(client));
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
        add(Rows.touchpoint(touchpoint, touchpoint.occurredAt()));
        historyOf(touchpoint.clientId(), history -> history.touchpoints.add(touchpoint));
    }

    public void note(Note note) {
        add(Rows.note(note));
    }

    public void purchase(Purchase purchase) {
        add(Rows.purchase(purchase, loadedAt));
        historyOf(purchase.clientId(), history -> history.purchases.add(purchase));
    }

    public void opportunity(Opportunity opportunity) {
        add(Rows.opportunity(opportunity, loadedAt));
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

    private void historyOf(java.util.UUID clientId, java.util.function.Consumer<History> addition) {
        History history = histories.get(clientId);
        if (history != null) {
            addition.accept(history);
        }
    }

    /**
     * Writes what is pending and, for the clients added through {@link #client}, their derived state
     * from the history this loader was given: the store then need not read it all back (see
     * {@link ClientStateRepository}). Call it once, at the end of the load's transaction.
     */
    public void finish() {
        flush();
        ChangeRecording recording = ChangeRecording.current();
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
            states.add(ClientStateRepository.row(ClientState.derive(history.client.id(), history.client.birthday(), history.purchases,
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
        add(row);
    }

    /**
     * Writes what is pending, and the changes it made to the change log, so that a long load holds
     * one batch in memory at a time; call once more at the end.
     */
    public void flush() {
        for (List<TableRecord<?>> rows : pending.values()) {
            if (!rows.isEmpty()) {
                insertAll(dsl, rows);
                rows.clear();
            }
        }
        pendingRows = 0;
        ChangeRecording recording = ChangeRecording.current();
        if (recording != null) {
            dsl.connection(recording::writeTo);
        }
    }

    /**
     * One prepared statement per table, bound straight through JDBC: jOOQ renders the statement,
     * but its per-value bind machinery costs more than H2's own insert at this volume.
     */
    static void insertAll(DSLContext dsl, List<? extends TableRecord<?>> rows) {
        Table<?> table = rows.get(0).getTable();
        Field<?>[] fields = table.fields();
        String sql = dsl.render(dsl.insertInto(table).columns(fields).values(new Object[fields.length]));
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int batched = 0;
                for (TableRecord<?> row : rows) {
                    for (int i = 0; i < fields.length; i++) {
                        statement.setObject(i + 1, jdbcValue(row.get(i)));
                    }
                    statement.addBatch();
                    if (++batched % STATEMENT_BATCH == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
        });
    }

    /** PostgreSQL's driver takes an instant as an offset date-time (H2 takes both). */
    private static Object jdbcValue(Object value) {
        return value instanceof java.time.Instant instant ? java.time.OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC) : value;
    }

    private void add(TableRecord<?> row) {
        pending.computeIfAbsent(row.getTable(), table -> new ArrayList<>()).add(row);
        if (++pendingRows >= FLUSH_AT_ROWS) {
            flush();
        }
    }
}
