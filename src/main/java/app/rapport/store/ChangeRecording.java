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
    private final Engine engine;
    private final List<PendingChange> changes = new ArrayList<>();
    private final Set<UUID> stateInputsChanged = new LinkedHashSet<>();
    private final Set<UUID> statesWritten = new LinkedHashSet<>();
    private final Set<UUID> erased = new LinkedHashSet<>();

    private ChangeRecording(String author, java.time.Clock clock, Engine engine) {
        this.author = author;
        this.clock = clock;
        this.engine = engine;
    }

    static ChangeRecording current() {
        return RUNNING.get().peek();
    }

    /**
     * Who the transaction running on this thread writes as: what a new touchpoint, note, purchase
     * or opportunity records as its author. Null outside a store transaction, and for the default
     * author of a store used by one person: "me logged a call" would tell nobody anything.
     */
    static String currentAuthor() {
        ChangeRecording recording = current();
        return recording == null || Store.DEFAULT_AUTHOR.equals(recording.author) ? null : recording.author;
    }

    static ChangeRecording start(String author, java.time.Clock clock, Engine engine) {
        ChangeRecording recording = new ChangeRecording(author, clock, engine);
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
        catchUp(connection);
        if (!changes.isEmpty()) {
            ChangeLog.write(connection, changes, author, clock.instant(), engine);
            changes.clear();
        }
    }

    /** On PostgreSQL, takes in what its triggers captured so far; H2's trigger adds each change as it is made. */
    private void catchUp(java.sql.Connection connection) throws java.sql.SQLException {
        if (engine == Engine.POSTGRESQL) {
            PostgresCapture.drain(connection, this);
        }
    }

    /** Whether changes wait to be written to the log (after {@link #clientsToDerive} took in what was captured). */
    boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The clients whose derived state this transaction may have changed, and has not written itself. */
    Set<UUID> clientsToDerive(java.sql.Connection connection) throws java.sql.SQLException {
        catchUp(connection);
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
    void erase(java.sql.Connection connection, UUID clientId) throws java.sql.SQLException {
        catchUp(connection);
        changes.removeIf(change -> clientId.equals(change.clientId()));
        erased.add(clientId);
        changes.add(new PendingChange("client", null, null, Operation.ERASE, Map.of()));
    }
}
