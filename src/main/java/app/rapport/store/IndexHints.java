package app.rapport.store;

import org.jooq.DSLContext;
import org.jooq.Index;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;

/** Index hints H2's planner needs in a few places; PostgreSQL plans by its statistics and has no such syntax. */
final class IndexHints {
    private IndexHints() {
    }

    /** {@code table} read through {@code index} on H2; as it is elsewhere. */
    static <R extends Record> Table<R> through(DSLContext dsl, Table<R> table, Index index) {
        return dsl.dialect() == SQLDialect.H2 ? table.useIndex(index.getName()) : table;
    }
}
