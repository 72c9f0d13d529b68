package app.rapport.service;

import app.rapport.domain.change.Change;
import app.rapport.store.ChangeLog;
import app.rapport.store.Store;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The one channel every change comes through: the log of what was written (for the command line
 * and, later, a syncing laptop) and, as they commit, the changes handed to whoever shows data.
 */
public final class ChangeService {
    private final Store store;

    ChangeService(Store store) {
        this.store = store;
    }

    /** Changes committed together, in order; {@code complete} is false when there were too many to list (a bulk load). */
    public record Batch(List<Change> changes, boolean complete) {
        /** Whether a view showing {@code clientId} (or everything, when it is null) must read again. */
        public boolean concerns(UUID clientId) {
            return !complete || changes.stream().anyMatch(change -> clientId == null || clientId.equals(change.clientId()));
        }

        /** Whether any change is to one of these tables (e.g. "touchpoint"), or there were too many to tell. */
        public boolean touchesAny(String... entities) {
            return !complete || changes.stream().anyMatch(change -> List.of(entities).contains(change.entity()));
        }
    }

    /**
     * Calls {@code listener} with every batch of changes committed from now on, on the change
     * feed's own thread, in order; close the returned handle to stop.
     */
    public AutoCloseable subscribe(Consumer<Batch> listener) {
        return store.changeFeed().listen(batch -> listener.accept(new Batch(batch.changes(), batch.complete())));
    }

    /** Changes after {@code afterSeq}, oldest first, at most {@code limit}; only one client's when {@code clientId} is given. */
    public List<Change> since(long afterSeq, UUID clientId, int limit) {
        return new ChangeLog(store.dsl()).since(afterSeq, clientId, limit);
    }

    /** The number of the newest change. */
    public long lastSeq() {
        return new ChangeLog(store.dsl()).lastSeq();
    }
}
