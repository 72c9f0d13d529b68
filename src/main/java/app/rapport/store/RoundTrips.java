package app.rapport.store;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several statements sent to a team server together: PostgreSQL's driver sends the statements of
 * one text, separated by semicolons, in one message to the server and reads all their answers
 * back, so a desk waits for the server once instead of once per statement. On a busy server each
 * wait is a trip through the scheduler of both processes, which costs more than the statements
 * themselves. H2 runs in this process: there the statements simply run one after the other.
 */
final class RoundTrips {
    private RoundTrips() {
    }

    /** The rows of each query, in the order given; on a server, read in one round trip. */
    static List<Result<Record>> fetch(DSLContext dsl, List<? extends ResultQuery<? extends Record>> queries) {
        List<Result<Record>> results = new ArrayList<>(queries.size());
        if (!onServer(dsl) || queries.size() == 1) {
            for (ResultQuery<? extends Record> query : queries) {
                @SuppressWarnings("unchecked")
                Result<Record> result = (Result<Record>) dsl.fetch(query);
                results.add(result);
            }
            return results;
        }
        dsl.connection(connection -> {
            try (PreparedStatement statement = prepare(connection, queries.stream().map(query -> written(dsl, query)).toList())) {
                boolean rows = statement.execute();
                for (ResultQuery<? extends Record> query : queries) {
                    while (!rows) {
                        if (statement.getUpdateCount() == -1) {
                            throw new SQLException("The server answered fewer queries than were sent");
                        }
                        rows = statement.getMoreResults();
                    }
                    try (ResultSet answer = statement.getResultSet()) {
                        results.add(dsl.fetch(answer, query.fields()));
                    }
                    rows = statement.getMoreResults();
                }
            }
        });
        return results;
    }

    /** Runs the statements in order; on a server in one round trip. Their counts are not needed. */
    static void execute(DSLContext dsl, List<? extends Query> queries) {
        if (!onServer(dsl) || queries.size() == 1) {
            queries.forEach(dsl::execute);
            return;
        }
        dsl.connection(connection -> execute(connection, queries.stream().map(query -> written(dsl, query)).toList()));
    }

    /** A statement written without jOOQ: its text, with a {@code ?} for each of its values in order. */
    record Written(String sql, List<Object> values) {
    }

    /** {@code query} as jOOQ renders it for {@code dsl}'s server, with its values. */
    static Written written(DSLContext dsl, Query query) {
        return new Written(dsl.render(query), query.getBindValues());
    }

    /**
     * Runs the statements in order on {@code connection}, in one round trip (PostgreSQL only). An
     * error of any of them is raised here, and the server runs none after it.
     */
    static void execute(java.sql.Connection connection, List<Written> statements) throws SQLException {
        try (PreparedStatement statement = prepare(connection, statements)) {
            statement.execute();
            // read every answer, so an error of a later statement is raised here
            while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                // nothing to keep
            }
        }
    }

    static boolean onServer(DSLContext dsl) {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    private static PreparedStatement prepare(java.sql.Connection connection, List<Written> statements) throws SQLException {
        String sql = statements.stream().map(Written::sql).collect(Collectors.joining(";\n"));
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            int index = 1;
            for (Written written : statements) {
                for (Object value : written.values()) {
                    statement.setObject(index++, jdbcValue(value));
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * PostgreSQL's driver takes an instant as an offset date-time (H2 takes both). Made from the
     * instant's seconds, not by {@code OffsetDateTime.ofInstant}, which makes a new set of zone rules
     * for UTC each time: a bulk write binds two instants for each client.
     */
    static Object jdbcValue(Object value) {
        return value instanceof Instant instant
                ? OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC), ZoneOffset.UTC)
                : value;
    }
}
