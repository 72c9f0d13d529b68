package app.rapport.store;

import app.rapport.domain.Client;
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

/**
 * Writes many records with JDBC batches, one prepared statement per table. Rows are kept in
 * dependency order (clients before their touchpoints), so a flush never breaks a foreign key.
 * Used inside one transaction by whoever owns it.
 */
public final class BulkLoader {
    private static final int FLUSH_AT_ROWS = 20_000;
    private static final int STATEMENT_BATCH = 1_000;

    private final DSLContext dsl;
    private final Instant loadedAt;
    private final Map<Table<?>, List<TableRecord<?>>> pending = new LinkedHashMap<>();
    private int pendingRows;

    public BulkLoader(DSLContext dsl, Instant loadedAt) {
        this.dsl = dsl;
        this.loadedAt = loadedAt;
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
        Rows.client(client).forEach(this::add);
    }

    public void touchpoint(Touchpoint touchpoint) {
        add(Rows.touchpoint(touchpoint, touchpoint.occurredAt()));
    }

    public void note(Note note) {
        add(Rows.note(note));
    }

    public void purchase(Purchase purchase) {
        add(Rows.purchase(purchase, loadedAt));
    }

    public void opportunity(Opportunity opportunity) {
        add(Rows.opportunity(opportunity, loadedAt));
    }

    public void competitorLink(CompetitorLink link) {
        add(Rows.competitorLink(link, loadedAt));
    }

    public void followUp(FollowUp followUp) {
        add(Rows.followUp(followUp, loadedAt));
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
                        statement.setObject(i + 1, row.get(i));
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

    private void add(TableRecord<?> row) {
        pending.computeIfAbsent(row.getTable(), table -> new ArrayList<>()).add(row);
        if (++pendingRows >= FLUSH_AT_ROWS) {
            flush();
        }
    }
}
