package app.rapport.store;

import app.rapport.domain.change.Change.Operation;

import java.util.Map;
import java.util.UUID;

/** A captured write not yet in the change log: each changed column's {before, after}; null for an insert, whose values are the row's. */
record PendingChange(String entity, String rowId, UUID clientId, Operation operation, Map<String, Object[]> columns) {
}
