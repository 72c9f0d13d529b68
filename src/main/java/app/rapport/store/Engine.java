package app.rapport.store;

import org.jooq.SQLDialect;

/** The database a store is kept in: an H2 file on this computer, or a team's PostgreSQL server. */
enum Engine {
    H2(SQLDialect.H2, "NEXT VALUE FOR change_seq"),
    POSTGRESQL(SQLDialect.POSTGRES, "rapport_next_change_seq()"); // numbered by transaction: see ChangeLog#committedAfter

    private final SQLDialect dialect;
    private final String nextChangeSeq;

    Engine(SQLDialect dialect, String nextChangeSeq) {
        this.dialect = dialect;
        this.nextChangeSeq = nextChangeSeq;
    }

    static Engine of(StoreLocation location) {
        return location.isServer() ? POSTGRESQL : H2;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /** The expression that numbers the next change in the log. */
    String nextChangeSeq() {
        return nextChangeSeq;
    }
}
