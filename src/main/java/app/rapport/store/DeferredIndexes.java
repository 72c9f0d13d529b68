package app.rapport.store;

import org.jooq.DSLContext;
import org.jooq.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The secondary indexes of a store file's tables that no constraint stands on, dropped before a
 * laptop's first link fills the tables and made again once the rows are in (issue 19): H2 builds
 * an index over a whole table from sorted runs, far cheaper than keeping it up to date through
 * millions of inserts in no order of its own. Each is made again from the statement H2 writes for
 * it ({@code SCRIPT}), so it ends as the migrations made it: same name, columns and order. The
 * indexes under primary keys, unique and foreign-key constraints stay (dropping those means
 * dropping the constraints, whose generated names would not come back the same).
 * <p>
 * Until they are made again, each table's comment holds the statements of its dropped indexes: a
 * process killed in between leaves them there, and the store makes them when it opens next
 * ({@link #makeLeftOver}). The migrations give no table a comment.
 */
final class DeferredIndexes {
    private static final String CREATE_INDEX = "CREATE INDEX \"PUBLIC\".\"";
    /** How a table's comment starts when it holds the statements of indexes still to be made, one a line. */
    static final String LEFT_TO_MAKE = "Rapport: indexes still to be made after a bulk load\n";

    private final List<String> tables;
    private final List<String> statements;

    private DeferredIndexes(List<String> tables, List<String> statements) {
        this.tables = tables;
        this.statements = statements;
    }

    /** Drops the indexes of {@code tables} that can be made again as they were; each is a statement of its own (H2's DDL commits). */
    static DeferredIndexes drop(DSLContext dsl, List<Table<?>> tables) {
        return drop(dsl, tables, create -> true);
    }

    /**
     * Whether an index leads with something other than the client's id. A bulk load that writes
     * its clients in the order of their ids (version 7: in the order they were made) adds the
     * entries of an index led by the client's id at its end, where keeping it up to date costs
     * little; making it again would read the whole table back (the change log's and the
     * touchpoints' above all: most of the time spent making every index again after a demo load).
     */
    static boolean notLedByTheClient(String create) {
        return !create.contains("(\"CLIENT_ID\" ");
    }

    /** {@link #drop(DSLContext, List)} of the indexes whose statement ({@code CREATE INDEX}) {@code which} accepts. */
    static DeferredIndexes drop(DSLContext dsl, List<Table<?>> tables, java.util.function.Predicate<String> which) {
        Set<String> names = tables.stream().map(table -> table.getName().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String[]> droppable = dsl.fetch("SELECT i.TABLE_NAME, i.INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                        + " WHERE i.INDEX_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX' AND NOT i.IS_GENERATED"
                        + " AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                        + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME) ORDER BY i.TABLE_NAME, i.INDEX_NAME")
                .stream().filter(row -> names.contains(row.get(0, String.class)))
                .map(row -> new String[] {row.get(0, String.class), row.get(1, String.class)}).toList();
        Map<String, String> created = dsl.fetch("SCRIPT NODATA NOPASSWORDS NOSETTINGS").stream().map(row -> row.get(0, String.class))
                .filter(line -> line.startsWith(CREATE_INDEX))
                .collect(Collectors.toMap(DeferredIndexes::indexName, Function.identity()));
        Map<String, List<String>> byTable = new java.util.LinkedHashMap<>();
        for (String[] tableAndIndex : droppable) {
            String create = created.get(tableAndIndex[1]);
            // not made by SCRIPT: a name it writes otherwise (quotes in it), kept up to date as the rows go in, as before
            if (create != null && which.test(create)) {
                byTable.computeIfAbsent(tableAndIndex[0], table -> new ArrayList<>()).add(create.endsWith(";") ? create.substring(0, create.length() - 1) : create);
            }
        }
        List<String> statements = new ArrayList<>();
        byTable.forEach((table, creates) -> {
            dsl.execute("COMMENT ON TABLE \"PUBLIC\".\"" + table + "\" IS '" + (LEFT_TO_MAKE + String.join("\n", creates)).replace("'", "''") + "'");
            for (String create : creates) {
                dsl.execute("DROP INDEX \"PUBLIC\".\"" + indexName(create) + "\"");
            }
            statements.addAll(creates);
        });
        return new DeferredIndexes(byTable.keySet().stream().toList(), List.copyOf(statements));
    }

    /** Makes the dropped indexes again over the rows now in their tables. */
    void create(DSLContext dsl) {
        statements.forEach(dsl::execute);
        tables.forEach(table -> dsl.execute("COMMENT ON TABLE \"PUBLIC\".\"" + table + "\" IS NULL"));
    }

    /**
     * Makes the indexes a bulk load dropped and did not make again (its process was killed): each
     * as it was, over the rows it left. Returns how many were made; none when nothing was left.
     */
    static int makeLeftOver(DSLContext dsl) {
        int made = 0;
        for (org.jooq.Record table : dsl.fetch("SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND REMARKS IS NOT NULL")) {
            String remarks = table.get(1, String.class);
            if (!remarks.startsWith(LEFT_TO_MAKE)) {
                continue;
            }
            for (String create : remarks.substring(LEFT_TO_MAKE.length()).split("\n")) {
                if (create.startsWith("CREATE INDEX ")) {
                    // some may have been made, or not dropped yet, when the process ended
                    dsl.execute("CREATE INDEX IF NOT EXISTS " + create.substring("CREATE INDEX ".length()));
                    made++;
                }
            }
            dsl.execute("COMMENT ON TABLE \"PUBLIC\".\"" + table.get(0, String.class) + "\" IS NULL");
        }
        return made;
    }

    private static String indexName(String create) {
        return create.substring(CREATE_INDEX.length(), create.indexOf('"', CREATE_INDEX.length()));
    }

    int count() {
        return statements.size();
    }
}
