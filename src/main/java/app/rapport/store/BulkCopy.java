package app.rapport.store;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies a book's tables between a store file (H2) and a team server (PostgreSQL), in either
 * direction ({@code publish} one way, a laptop's {@code link} the other), and checksums them.
 * <p>
 * Rows are read once, with plain JDBC in the Java types jOOQ gives the table's fields, and the
 * source's row count and checksum are summed while they stream past; rows go into PostgreSQL
 * through its {@code COPY ... FROM STDIN} and into H2 through one prepared insert run in batches.
 * Row by row through jOOQ's multi-row inserts this took 966 s for a 100,000-client book.
 * <p>
 * The checksum of a table is the sum of a SHA-256 digest of each row's values written out alike on
 * both databases (instants in UTC, decimals without trailing zeros), so it does not depend on the
 * order either database returns rows in.
 */
final class BulkCopy {
    /** Rows a result set fetches at a time, and rows inserted per batch or sent per piece of a COPY. */
    private static final int ROWS_AT_A_TIME = 5_000;
    private static final HexFormat HEX = HexFormat.of();

    private BulkCopy() {
    }

    /** What a table holds, or what went by while it was copied: its rows and the sum of their digests. */
    record Sum(long rows, long checksum) {
    }

    /**
     * Copies the rows of {@code table} that meet {@code which} from {@code from} into {@code to} (in the transactions
     * each is in) and returns the rows read and their checksum.
     */
    static Sum copy(DSLContext from, DSLContext to, Table<?> table, Condition which) {
        return copy(from, to, table, which, false);
    }

    /**
     * As {@link #copy(DSLContext, DSLContext, Table, Condition)} into a store file, committing
     * each batch as it goes in, on a connection of its own: a table of millions of rows is never
     * one transaction's undo log. What a copy cut midway leaves behind is the caller's to remove
     * (a laptop's first link starts its file afresh).
     */
    static Sum copyCommittingEachBatch(DSLContext from, DSLContext to, Table<?> table, Condition which) {
        if (to.dialect().family() == SQLDialect.POSTGRES) {
            throw new IllegalArgumentException("Batches are committed one by one only into a store file");
        }
        return to.connectionResult(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Sum sum = copy(from, to.configuration().derive(new org.jooq.impl.DefaultConnectionProvider(connection)).dsl(), table, which, true);
                connection.commit();
                return sum;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        });
    }

    private static Sum copy(DSLContext from, DSLContext to, Table<?> table, Condition which, boolean commitEachBatch) {
        List<Field<?>> fields = List.of(table.fields());
        boolean intoServer = to.dialect().family() == SQLDialect.POSTGRES;
        String insertedColumns = columns(to, fields);
        String into = name(to, table);
        return from.connectionResult(source -> to.connectionResult(target -> {
            try (RowWriter writer = intoServer ? new CopyWriter(target, into, insertedColumns)
                    : new InsertWriter(target, into, insertedColumns, fields.size(), commitEachBatch)) {
                return read(source, "SELECT " + columns(from, fields) + " FROM " + name(from, table) + where(from, which), fields, writer);
            }
        }));
    }

    /** The rows of {@code table} in {@code dsl} that meet {@code which}, and their checksum. */
    static Sum sum(DSLContext dsl, Table<?> table, Condition which) {
        List<Field<?>> fields = List.of(table.fields());
        String select = "SELECT " + columns(dsl, fields) + " FROM " + name(dsl, table) + where(dsl, which);
        return dsl.connectionResult(connection -> read(connection, select, fields, null));
    }

    /** The WHERE clause of the rows that meet {@code which}, with its values written in; none for every row. */
    private static String where(DSLContext dsl, Condition which) {
        return which.equals(DSL.noCondition()) ? "" : " WHERE " + dsl.renderInlined(which);
    }

    private static Sum read(Connection connection, String selectAll, List<Field<?>> fields, RowWriter writer) throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        long checksum = 0;
        Object[] values = new Object[fields.size()];
        try (PreparedStatement select = connection.prepareStatement(selectAll)) {
            select.setFetchSize(ROWS_AT_A_TIME); // PostgreSQL streams only outside autocommit: a copy is always in a transaction
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(result, i + 1, fields.get(i).getType());
                        sha.update(canonical(values[i]).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1f);
                    }
                    checksum += ByteBuffer.wrap(sha.digest()).getLong();
                    rows++;
                    if (writer != null) {
                        writer.write(values);
                    }
                }
            }
        }
        return new Sum(rows, checksum);
    }

    /** A column's value as jOOQ would give it to the field: instants as {@link Instant}, the rest as the field's type. */
    private static Object value(ResultSet result, int column, Class<?> type) throws SQLException {
        if (type == Instant.class) {
            OffsetDateTime time = result.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }
        return result.getObject(column, type);
    }

    /** A value written out the same whichever database it was read from. */
    private static String canonical(Object value) {
        if (value == null) {
            return "\u2400";
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    private interface RowWriter extends AutoCloseable {
        void write(Object[] values) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    /** Rows into PostgreSQL through {@code COPY ... FROM STDIN} in its text format, sent a few thousand rows at a time. */
    private static final class CopyWriter implements RowWriter {
        private final CopyIn copy;
        private final StringBuilder pending = new StringBuilder(1 << 20);
        private int pendingRows;

        CopyWriter(Connection connection, String table, String columns) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        }

        @Override
        public void write(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    pending.append('\t');
                }
                appendCopyText(pending, values[i]);
            }
            pending.append('\n');
            if (++pendingRows == ROWS_AT_A_TIME) {
                send();
            }
        }

        private void send() throws SQLException {
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            pending.setLength(0);
            pendingRows = 0;
        }

        @Override
        public void close() throws SQLException {
            try {
                send();
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy(); // a copy cut short leaves nothing, and the connection usable for the rollback
                }
            }
        }

        /** A value as COPY's text format takes it: \N for null, and backslash, tab and line breaks escaped. */
        private static void appendCopyText(StringBuilder out, Object value) {
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof byte[] bytes) {
                out.append("\\\\x").append(HEX.formatHex(bytes));
            } else if (value instanceof BigDecimal decimal) {
                out.append(decimal.toPlainString());
            } else if (value instanceof String text) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    switch (c) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(c);
                    }
                }
            } else {
                out.append(value); // numbers, booleans, UUIDs, dates and instants (ISO 8601 in UTC) read back as they were
            }
        }
    }

    /** Rows into H2 through one prepared insert, executed in batches. */
    private static final class InsertWriter implements RowWriter {
        private final Connection connection;
        private final PreparedStatement insert;
        private final boolean commitEachBatch;
        private int pendingRows;

        InsertWriter(Connection connection, String table, String columns, int count, boolean commitEachBatch) throws SQLException {
            String marks = String.join(", ", java.util.Collections.nCopies(count, "?"));
            this.connection = connection;
            this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")");
            this.commitEachBatch = commitEachBatch;
        }

        @Override
        public void write(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                insert.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
            }
            insert.addBatch();
            if (++pendingRows == ROWS_AT_A_TIME) {
                insert.executeBatch();
                pendingRows = 0;
                if (commitEachBatch) {
                    connection.commit();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try (insert) {
                if (pendingRows > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** The columns as {@code dsl}'s database spells them (H2 upper case, PostgreSQL lower; quoted, as some are key words). */
    private static String columns(DSLContext dsl, List<Field<?>> fields) {
        return fields.stream().map(field -> dsl.render(field.getUnqualifiedName())).collect(Collectors.joining(", "));
    }

    private static String name(DSLContext dsl, Table<?> table) {
        return dsl.render(table.getUnqualifiedName());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
