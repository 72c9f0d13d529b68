package app.rapport.domain.change;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One write to one row of the client book, as the store recorded it in the transaction that made
 * it: the table ({@code entity}), the row's key, the client it belongs to (if any), what was
 * done, the columns that changed with their old and new values, who did it and when.
 * {@code seq} orders every change of a store.
 */
public record Change(long seq, String entity, String rowId, UUID clientId, Operation operation,
                     Map<String, ValueChange> columns, String author, Instant at) {

    public Change {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    /** What a change did to its row. A soft delete is a DELETE too; ERASE keeps nothing but the fact. */
    public enum Operation {
        INSERT, UPDATE, DELETE, RESTORE, ERASE
    }

    /** A column's value before and after; either is null where the row did not exist, or the value was empty. */
    public record ValueChange(Object before, Object after) {
    }

    public boolean touches(String column) {
        return columns.containsKey(column);
    }

    public Optional<UUID> client() {
        return Optional.ofNullable(clientId);
    }
}
