package app.rapport.store;

import org.jooq.SQLDialect;

/** The database a store is kept in: an H2 file on this computer, or a team's PostgreSQL server. */
enum Engine {
    H2(SQLDialect.H2, "NEXT VALUE FOR change_seq"),
    /** Numbered by transaction, bound by {@link ChangeLog#write} (a write outside Rapport: rapport_next_change_seq() in SQL). */
    POSTGRESQL(SQLDialect.POSTGRES, "?");

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
