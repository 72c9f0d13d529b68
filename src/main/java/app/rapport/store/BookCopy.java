package app.rapport.store;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static app.rapport.store.jooq.Tables.AUDIT_LOG;
import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static app.rapport.store.jooq.Tables.DESK_PRESENCE;
import static app.rapport.store.jooq.Tables.PENDING_CALL;
import static app.rapport.store.jooq.Tables.PLAYBOOK_RULE;
import static app.rapport.store.jooq.Tables.POSITIONING_FACTOR;
import static app.rapport.store.jooq.Tables.REFUSAL_REASON;
import static app.rapport.store.jooq.Tables.SETTING;
import static app.rapport.store.jooq.Tables.SYNC_FIELD_CLOCK;
import static app.rapport.store.jooq.Tables.SYNC_LAPTOP;
import static app.rapport.store.jooq.Tables.SYNC_LINK;
import static app.rapport.store.jooq.Tables.SYNC_SERVER;

/**
 * Moves a book from a store file to an empty database on a team server ({@code publish}): every
 * table is copied ({@link BulkCopy}, PostgreSQL's COPY) in one transaction on the server, then each
 * table's row count and a checksum of all its values, summed as the file's rows were read, are
 * compared with the server's copy. Only when all agree does the copy
 * count; otherwise the server's copy is emptied again and nothing is said to have moved. The file
 * is only read.
 */
public final class BookCopy {
    /**
     * Rows Rapport writes by itself into a new store (the lists its migrations start with, settings
     * and the log of them, the built-in playbook): not a book, and replaced by the file's.
     */
    private static final Set<Table<?>> WRITTEN_BY_RAPPORT = Set.of(SETTING, CHANGE_LOG, AUDIT_LOG, CLIENT_STATE, PLAYBOOK_RULE,
            DESK_PRESENCE, REFUSAL_REASON, POSITIONING_FACTOR);
    /** Rows about one desk at this moment (who is there, a call ringing there): not the book's, never copied. */
    private static final Set<Table<?>> DESKS_OWN = Set.of(DESK_PRESENCE, PENDING_CALL);
    /** What a node keeps about its own link to others (issue 19, FieldLaptops): never part of a copied book. */
    private static final Set<Table<?>> NODE_OWN = Set.of(SYNC_LINK, SYNC_LAPTOP, SYNC_FIELD_CLOCK, SYNC_SERVER);

    private BookCopy() {
    }

    /** One table as both sides hold it after the copy. */
    public record TableCheck(String table, long rows, long checksum) {
    }

    /** What was copied: each table's rows and checksum, which the server's copy matched. */
    public record Copied(List<TableCheck> tables) {
        public long rows(String table) {
            return tables.stream().filter(check -> check.table().equalsIgnoreCase(table)).mapToLong(TableCheck::rows).sum();
        }
    }

    /** The steps {@link #toServer} reports: opening the server, each table copied, each table checked, the statistics, the end. */
    public static int steps() {
        return 1 + 2 * copiedTables().size() + 1 + 1;
    }

    /**
     * Copies the book of {@code source} (a store file) into the empty database at {@code server}
     * and checks the copy. Refuses, changing nothing there, a database that holds a book or
     * tables of another program, and a source that is itself on a server.
     */
    public static Copied toServer(Store source, StoreLocation server, Clock clock, StoreBackups.Steps steps) {
        if (source.isOnServer()) {
            throw new StoreException("The book " + source.location() + " is on a team server already; publish moves a book from a store file.");
        }
        if (!server.isServer()) {
            throw new IllegalArgumentException("Publish to a team server, postgresql://[user@]host[:port]/database, not to " + server
                    + " (a store file is made with backup or export).");
        }
        steps.begin("Opening " + server);
        try (Store target = Store.open(server, clock)) {
            refuseUnlessEmpty(target);
            List<Table<?>> tables = copiedTables();
            DSLContext from = source.dsl();
            List<TableCheck> sent = new ArrayList<>();
            withoutCapture(target.dsl(), tables, to -> {
                empty(to, tables); // what opening the new store wrote, or what an interrupted publish left
                for (Table<?> table : tables) {
                    steps.begin("Copying " + words(table));
                    sent.add(copy(from, to, table));
                }
                to.fetch("SELECT setval('change_seq', greatest(1, (SELECT coalesce(max(seq), 0) FROM change_log)))");
            });
            List<TableCheck> checks = new ArrayList<>();
            try {
                for (int i = 0; i < tables.size(); i++) {
                    Table<?> table = tables.get(i);
                    steps.begin("Checking " + words(table));
                    TableCheck here = sent.get(i);
                    TableCheck there = check(target.dsl(), table);
                    if (!here.equals(there)) {
                        throw new StoreException("The copy on " + server + " does not match the file: " + words(table) + " has " + here.rows()
                                + " rows here and " + there.rows() + " there" + (here.rows() == there.rows() ? ", with other values" : "")
                                + ". The server's copy was emptied again and your file is as it was; if the book was being changed"
                                + " while it was copied, publish again.");
                    }
                    checks.add(here);
                }
            } catch (RuntimeException e) {
                // a copy that is not known to be whole is no copy: the database is left empty for the next try
                withoutCapture(target.dsl(), tables, to -> empty(to, tables));
                throw e;
            }
            steps.begin("Getting the server ready for desks");
            analyze(target.dsl(), tables);
            steps.begin("Copy checked");
            return new Copied(checks);
        }
    }

    /** Each table's row count and checksum in {@code store}, as {@link #toServer} compares them. */
    public static List<TableCheck> checks(Store store) {
        return copiedTables().stream().map(table -> check(store.dsl(), table)).toList();
    }

    /** Every table of the book, each after the tables it refers to. */
    static List<Table<?>> copiedTables() {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        List<Table<?>> all = app.rapport.store.jooq.Public.PUBLIC.getTables().stream()
                .filter(table -> !table.getName().equalsIgnoreCase("flyway_schema_history") && !DESKS_OWN.contains(table)
                        && !NODE_OWN.contains(table))
                .toList();
        all.forEach(table -> addAfterReferences(table, ordered));
        return List.copyOf(ordered);
    }

    private static void addAfterReferences(Table<?> table, Set<Table<?>> ordered) {
        if (ordered.contains(table)) {
            return;
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> referred = reference.getKey().getTable();
            if (!referred.equals(table)) {
                addAfterReferences(referred, ordered);
            }
        }
        ordered.add(table);
    }

    private static void refuseUnlessEmpty(Store target) {
        Map<String, Integer> held = new LinkedHashMap<>();
        for (Table<?> table : copiedTables()) {
            if (!WRITTEN_BY_RAPPORT.contains(table)) {
                int rows = target.dsl().fetchCount(table);
                if (rows > 0) {
                    held.put(words(table), rows);
                }
            }
        }
        if (!held.isEmpty()) {
            throw new StoreException("The database " + target.location() + " is not empty: it already holds a book ("
                    + held.entrySet().stream().limit(4).map(entry -> entry.getValue() + " " + entry.getKey()).reduce((a, b) -> a + ", " + b).orElse("")
                    + "). Publish copies a book only into an empty database, so nothing there is overwritten: create a new one"
                    + " (createdb NAME) and publish into that. Nothing was changed, here or there.");
        }
    }

    /** Copies every row of {@code table}; returns its count and checksum as they were read from {@code from}. */
    static TableCheck copy(DSLContext from, DSLContext to, Table<?> table) {
        return copy(from, to, table, DSL.noCondition());
    }

    /** Copies the rows of {@code table} that meet {@code which} (a laptop's segment of the book, issue 19). */
    static TableCheck copy(DSLContext from, DSLContext to, Table<?> table, Condition which) {
        return check(table, BulkCopy.copy(from, to, table, which));
    }

    /**
     * Runs {@code work} in one transaction with the change capture's triggers off: the book's own
     * change log comes along as it is, nothing new is logged, and no desk is told of rows that are
     * not yet a book. (The publishing login made the tables, so it owns them and may do this.)
     */
    private static void withoutCapture(DSLContext dsl, List<Table<?>> tables, java.util.function.Consumer<DSLContext> work) {
        dsl.transaction(configuration -> {
            DSLContext to = configuration.dsl();
            tables.forEach(table -> to.execute("ALTER TABLE {0} DISABLE TRIGGER USER", lower(table)));
            work.accept(to);
            tables.forEach(table -> to.execute("ALTER TABLE {0} ENABLE TRIGGER USER", lower(table)));
        });
    }

    /**
     * Has the server gather its statistics of the copied tables at once. Until it has them (its
     * own autovacuum gets round to a new table's only later) it guesses, and on a 100,000-client
     * book the guesses make every call logged walk all open follow-ups of the book instead of the
     * client's few. (The publishing login made the tables, so it owns them and may do this.)
     */
    private static void analyze(DSLContext dsl, List<Table<?>> tables) {
        dsl.execute("ANALYZE " + tables.stream().map(table -> table.getName().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    private static void empty(DSLContext to, List<Table<?>> tables) {
        for (int i = tables.size() - 1; i >= 0; i--) {
            to.deleteFrom(tables.get(i)).execute();
        }
    }

    /** As {@link #copy(DSLContext, DSLContext, Table, Condition)} into a store file, each batch committed as it goes in. */
    static TableCheck copyCommittingEachBatch(DSLContext from, DSLContext to, Table<?> table, Condition which) {
        return check(table, BulkCopy.copyCommittingEachBatch(from, to, table, which));
    }

    /** A table's row count and the sum of its rows' digests. */
    static TableCheck check(DSLContext dsl, Table<?> table) {
        return check(table, BulkCopy.sum(dsl, table, DSL.noCondition()));
    }

    private static TableCheck check(Table<?> table, BulkCopy.Sum sum) {
        return new TableCheck(table.getName().toLowerCase(Locale.ROOT), sum.rows(), sum.checksum());
    }

    private static String words(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static org.jooq.Name lower(Table<?> table) {
        return DSL.name(table.getName().toLowerCase(Locale.ROOT));
    }
}
