package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.SearchTokens;
import org.jooq.DSLContext;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

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

    private static final int STATEMENT_BATCH = 1_000;
    /** Plain pairs, not jOOQ records: a big import holds millions, and records cost several times the memory and time. */
    private final List<Token> tokens = new ArrayList<>();

    private record Token(String token, UUID clientId) {
        static final Comparator<Token> ORDER = Comparator.comparing(Token::token).thenComparing(Token::clientId);
    }

    public void add(Client client) {
        for (String token : SearchTokens.forClient(client)) {
            tokens.add(new Token(token, client.id()));
        }
    }

    /** Writes everything added so far, committing every {@value #ROWS_PER_TRANSACTION} rows. */
    public void writeTo(Store store) {
        sort();
        for (int from = 0; from < tokens.size(); from += ROWS_PER_TRANSACTION) {
            List<Token> slice = tokens.subList(from, Math.min(tokens.size(), from + ROWS_PER_TRANSACTION));
            store.inTransaction(dsl -> {
                insert(dsl, slice);
                return null;
            });
        }
        tokens.clear();
    }

    /** Writes everything added so far, sorted, inside the caller's transaction (all or nothing). */
    public void writeWithin(DSLContext dsl) {
        sort();
        insert(dsl, tokens);
        tokens.clear();
    }

    private void sort() {
        Token[] sorted = tokens.toArray(new Token[0]);
        Arrays.parallelSort(sorted, Token.ORDER);
        tokens.clear();
        tokens.addAll(Arrays.asList(sorted));
    }

    private static void insert(DSLContext dsl, List<Token> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = dsl.render(dsl.insertInto(CLIENT_SEARCH_TOKEN, CLIENT_SEARCH_TOKEN.TOKEN, CLIENT_SEARCH_TOKEN.CLIENT_ID).values((String) null, null));
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int batched = 0;
                for (Token row : rows) {
                    statement.setString(1, row.token());
                    statement.setObject(2, row.clientId());
                    statement.addBatch();
                    if (++batched % STATEMENT_BATCH == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
        });
    }

    /** Drops tokens written ahead for clients that a cancelled load never wrote. */
    public static void removeTokensOfMissingClients(Store store) {
        store.inTransaction(dsl -> dsl.deleteFrom(CLIENT_SEARCH_TOKEN)
                .whereNotExists(selectOne().from(CLIENT).where(CLIENT.ID.eq(CLIENT_SEARCH_TOKEN.CLIENT_ID)))
                .execute());
    }
}
