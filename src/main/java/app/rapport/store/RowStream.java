package app.rapport.store;

import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a query's rows straight from JDBC, one at a time: for tens of thousands of rows, building
 * jOOQ's records costs as much as H2's reading them.
 */
final class RowStream {
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private RowStream() {
    }

    /** An instant column of the current row (PostgreSQL's driver reads instants as offset date-times only). */
    static java.time.Instant instant(ResultSet row, int column) throws SQLException {
        java.time.OffsetDateTime time = row.getObject(column, java.time.OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** Hands each row of {@code query} to {@code reader}; {@code what} names the data in the error, e.g. "the dashboard's data". */
    static void forEach(ResultQuery<?> query, String what, RowReader reader) {
        try (ResultSet rows = query.fetchResultSet()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not read " + what + ": " + e.getMessage(), e);
        }
    }
}
