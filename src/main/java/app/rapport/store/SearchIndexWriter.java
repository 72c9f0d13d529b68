package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.store.jooq.tables.records.ClientSearchTokenRecord;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_SEARCH_TOKEN;
import static org.jooq.impl.DSL.selectOne;

/**
 * Writes the search tokens of many clients at once, in token order. Tokens of clients in load
 * order land all over the token index, and H2 rewrites every page it touches each time it saves:
 * a 100,000-client load then writes gigabytes. Sorted, the index is written front to back.
 */
public final class SearchIndexWriter {
    private static final int ROWS_PER_TRANSACTION = 100_000;

    private final List<ClientSearchTokenRecord> tokens = new ArrayList<>();

    public void add(Client client) {
        tokens.addAll(Rows.searchTokens(client));
    }

    /** Writes everything added so far, committing every {@value #ROWS_PER_TRANSACTION} rows. */
    public void writeTo(Store store) {
        tokens.sort(Comparator.comparing(ClientSearchTokenRecord::getToken).thenComparing(ClientSearchTokenRecord::getClientId));
        for (int from = 0; from < tokens.size(); from += ROWS_PER_TRANSACTION) {
            List<ClientSearchTokenRecord> slice = tokens.subList(from, Math.min(tokens.size(), from + ROWS_PER_TRANSACTION));
            store.inTransaction(dsl -> {
                BulkLoader.insertAll(dsl, slice);
                return null;
            });
        }
        tokens.clear();
    }

    /** Writes everything added so far, sorted, inside the caller's transaction (all or nothing). */
    public void writeWithin(DSLContext dsl) {
        tokens.sort(Comparator.comparing(ClientSearchTokenRecord::getToken).thenComparing(ClientSearchTokenRecord::getClientId));
        for (int from = 0; from < tokens.size(); from += ROWS_PER_TRANSACTION) {
            BulkLoader.insertAll(dsl, tokens.subList(from, Math.min(tokens.size(), from + ROWS_PER_TRANSACTION)));
        }
        tokens.clear();
    }

    /** Drops tokens written ahead for clients that a cancelled load never wrote. */
    public static void removeTokensOfMissingClients(Store store) {
        store.inTransaction(dsl -> dsl.deleteFrom(CLIENT_SEARCH_TOKEN)
                .whereNotExists(selectOne().from(CLIENT).where(CLIENT.ID.eq(CLIENT_SEARCH_TOKEN.CLIENT_ID)))
                .execute());
    }
}
