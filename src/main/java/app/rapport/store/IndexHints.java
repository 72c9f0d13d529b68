package app.rapport.store;

import app.rapport.store.jooq.Indexes;
import app.rapport.store.jooq.tables.records.FollowUpRecord;
import org.jooq.DSLContext;
import org.jooq.Index;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;

import static app.rapport.store.jooq.Tables.FOLLOW_UP;

/** Index hints H2's planner needs in a few places; PostgreSQL plans by its statistics and has no such syntax. */
final class IndexHints {
    private IndexHints() {
    }

    /** {@code table} read through {@code index} on H2; as it is elsewhere. */
    static <R extends Record> Table<R> through(DSLContext dsl, Table<R> table, Index index) {
        return dsl.dialect() == SQLDialect.H2 ? table.useIndex(index.getName()) : table;
    }

    /**
     * Follow-ups read for named clients. H2 rates {@code follow_up_open} (done, due) above the
     * client's own index for "open and due by", and then walks every open follow-up of the book
     * for one client: at 300,000 clients that was most of the time of logging a call.
     */
    static Table<FollowUpRecord> followUpsOfNamedClients(DSLContext dsl) {
        return through(dsl, FOLLOW_UP, Indexes.FOLLOW_UP_CLIENT);
    }
}
