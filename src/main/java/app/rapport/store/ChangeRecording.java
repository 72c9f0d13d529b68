package app.rapport.store;

import app.rapport.domain.change.Change.Operation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The changes captured so far by the transaction running on this thread ({@link Store#inTransaction}).
 * A store transaction started inside another one is a transaction of its own (its own connection),
 * so recordings stack; the trigger adds to the innermost.
 */
final class ChangeRecording {
    private static final ThreadLocal<Deque<ChangeRecording>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

    /** The tables a client's derived state ({@link ClientStateRepository}) is made from. */
    static final Set<String> STATE_INPUTS = Set.of("client", "purchase", "touchpoint", "opportunity", "follow_up");

    private final String author;
    private final java.time.Clock clock;
    private final List<PendingChange> changes = new ArrayList<>();
    private final Set<UUID> stateInputsChanged = new LinkedHashSet<>();
    private final Set<UUID> statesWritten = new LinkedHashSet<>();
    private final Set<UUID> erased = new LinkedHashSet<>();

    private ChangeRecording(String author, java.time.Clock clock) {
        this.author = author;
        this.clock = clock;
    }

    static ChangeRecording current() {
        return RUNNING.get().peek();
    }

    static ChangeRecording start(String author, java.time.Clock clock) {
        ChangeRecording recording = new ChangeRecording(author, clock);
        RUNNING.get().push(recording);
        return recording;
    }

    /** Ends the recording started last on this thread; committed or not, it records no more. */
    void end() {
        Deque<ChangeRecording> running = RUNNING.get();
        running.remove(this);
        if (running.isEmpty()) {
            RUNNING.remove();
        }
    }

    void add(PendingChange change) {
        changes.add(change);
        if (change.clientId() != null && STATE_INPUTS.contains(change.entity())) {
            stateInputsChanged.add(change.clientId());
        }
    }

    /**
     * Writes the changes captured so far to the log on the transaction's connection, and forgets
     * them: a bulk load calls this between its batches, so memory holds one batch at a time.
     */
    void writeTo(java.sql.Connection connection) throws java.sql.SQLException {
        if (!changes.isEmpty()) {
            ChangeLog.write(connection, changes, author, clock.instant());
            changes.clear();
        }
    }

    /** The clients whose derived state this transaction may have changed, and has not written itself. */
    Set<UUID> clientsToDerive() {
        Set<UUID> clients = new LinkedHashSet<>(stateInputsChanged);
        clients.removeAll(statesWritten);
        clients.removeAll(erased);
        return clients;
    }

    /** The zone of the store's clock: the days a client's derived state counts in. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** A bulk load wrote this client's state itself, from the rows it wrote. */
    void stateWritten(UUID clientId) {
        statesWritten.add(clientId);
    }

    /**
     * The client is being erased for good: what this transaction captured about them is dropped,
     * and one change says only that a client was erased.
     */
    void erase(UUID clientId) {
        changes.removeIf(change -> clientId.equals(change.clientId()));
        erased.add(clientId);
        changes.add(new PendingChange("client", null, null, Operation.ERASE, Map.of()));
    }
}
