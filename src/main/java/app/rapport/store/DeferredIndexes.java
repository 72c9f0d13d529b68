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
 */
final class DeferredIndexes {
    private static final String CREATE_INDEX = "CREATE INDEX \"PUBLIC\".\"";

    private final List<String> statements;

    private DeferredIndexes(List<String> statements) {
        this.statements = statements;
    }

    /** Drops the indexes of {@code tables} that can be made again as they were; each is a statement of its own (H2's DDL commits). */
    static DeferredIndexes drop(DSLContext dsl, List<Table<?>> tables) {
        Set<String> names = tables.stream().map(table -> table.getName().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> droppable = dsl.fetch("SELECT i.TABLE_NAME, i.INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                        + " WHERE i.INDEX_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX' AND NOT i.IS_GENERATED"
                        + " AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                        + " WHERE c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME) ORDER BY i.TABLE_NAME, i.INDEX_NAME")
                .stream().filter(row -> names.contains(row.get(0, String.class))).map(row -> row.get(1, String.class)).toList();
        Map<String, String> created = dsl.fetch("SCRIPT NODATA NOPASSWORDS NOSETTINGS").stream().map(row -> row.get(0, String.class))
                .filter(line -> line.startsWith(CREATE_INDEX))
                .collect(Collectors.toMap(line -> line.substring(CREATE_INDEX.length(), line.indexOf('"', CREATE_INDEX.length())), Function.identity()));
        List<String> statements = new ArrayList<>();
        for (String index : droppable) {
            String create = created.get(index);
            if (create == null) {
                continue; // a name SCRIPT writes otherwise (quotes in it): kept up to date as the rows go in, as before
            }
            dsl.execute("DROP INDEX \"PUBLIC\".\"" + index + "\"");
            statements.add(create.endsWith(";") ? create.substring(0, create.length() - 1) : create);
        }
        return new DeferredIndexes(List.copyOf(statements));
    }

    /** Makes the dropped indexes again over the rows now in their tables. */
    void create(DSLContext dsl) {
        statements.forEach(dsl::execute);
    }

    int count() {
        return statements.size();
    }
}
