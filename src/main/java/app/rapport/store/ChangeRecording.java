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

    /**
     * The tables a client's derived state ({@link ClientStateRepository}) is made from; a mailing's
     * recipients say which touchpoints are not conversations.
     */
    static final Set<String> STATE_INPUTS = Set.of("client", "purchase", "touchpoint", "opportunity", "follow_up", "mailing_recipient");

    /** More changes than this are written in batches of their own ({@link #writeDrained}), not in one statement with the commit. */
    private static final int LOGGED_WITH_COMMIT_AT_MOST = 500;

    private final String author;
    private final java.time.Clock clock;
    private final Engine engine;
    private final List<PendingChange> changes = new ArrayList<>();
    /** Beside each change: the node and stamp it came from when it is another node's change being applied, else null. */
    private final List<ChangeLog.Stamp> stamps = new ArrayList<>();
    private ChangeLog.Stamp stamp;
    /** Stamps a server's capture trigger names by key ({@link #keyOf}): set beside the write instead of switched before it. */
    private final Map<String, ChangeLog.Stamp> keyed = new java.util.HashMap<>();
    /** How many changes this transaction wrote to the log already (a bulk load writes between its batches). */
    private long logged;
    private boolean muted;
    /** Where the changes drained last start in the log, read with them on a server; null when it must be read. */
    private ChangeLog.Start logStart;
    private long transaction = -1;
    private boolean notified;
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

    /**
     * Starts a recording that keeps nothing: a laptop's first copy of a team book writes rows that
     * are the server's, not changes of this store, and must not be sent back as if they were.
     */
    static ChangeRecording startMuted(java.time.Clock clock) {
        ChangeRecording recording = new ChangeRecording(Store.DEFAULT_AUTHOR, clock, Engine.H2);
        recording.muted = true;
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
        add(change, null);
    }

    /** As {@link #add(PendingChange)}; {@code stampKey}: the stamp the write applied ({@link #keyOf}), null for the one in force. */
    void add(PendingChange change, String stampKey) {
        if (muted) {
            return;
        }
        changes.add(change);
        stamps.add(stampKey == null ? stamp : keyed.get(stampKey));
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
        writeDrained(connection);
    }

    /**
     * {@link #writeTo} without first taking in what the triggers captured: for the end of a store
     * transaction, where {@link #clientsToDerive} took it in and only derived state (never
     * captured) was written since; on a server that saves a round trip on every write.
     */
    void writeDrained(java.sql.Connection connection) throws java.sql.SQLException {
        if (!changes.isEmpty()) {
            ChangeLog.write(connection, changes, stamps, author, clock.instant(), engine, logged, logStart);
            logStart = null;
            logged += changes.size();
            changes.clear();
            stamps.clear();
        }
    }

    /**
     * On a server, {@link #writeDrained} as one statement for the store to send with its commit,
     * or null: when nothing waits to be written, or when the log's start was not read with the
     * last drain (then {@link #writeDrained} writes it).
     */
    RoundTrips.Written logStatement() {
        if (changes.isEmpty() || logStart == null || changes.size() > LOGGED_WITH_COMMIT_AT_MOST) {
            return null;
        }
        transaction = logStart.transaction();
        RoundTrips.Written insert = ChangeLog.insertOnServer(changes, stamps, author, clock.instant(), logged, logStart);
        logStart = null;
        logged += changes.size();
        changes.clear();
        stamps.clear();
        return insert;
    }

    /** On PostgreSQL, takes in what its triggers captured so far; H2's trigger adds each change as it is made. */
    private void catchUp(java.sql.Connection connection) throws java.sql.SQLException {
        if (engine == Engine.POSTGRESQL) {
            PostgresCapture.drain(connection, this);
        }
    }

    /** Whether this recording wrote any change to the log (so the other desks have something to hear of). */
    boolean wroteToLog() {
        return logged > 0;
    }

    /** The server's number of the transaction whose changes {@link #logStatement} wrote last, -1 when none. */
    long transaction() {
        return transaction;
    }

    /** The other desks were told of this transaction's commit in its round trip. */
    void notified() {
        notified = true;
    }

    /** Whether the other desks were told already ({@link #notified}). */
    boolean wasNotified() {
        return notified;
    }

    /** Whether changes wait to be written to the log (after {@link #clientsToDerive} took in what was captured). */
    boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The clients whose derived state this transaction may have changed, and has not written itself. */
    Set<UUID> clientsToDerive(java.sql.Connection connection) throws java.sql.SQLException {
        if (engine == Engine.POSTGRESQL) {
            // only derived state, never captured, is written between here and writeDrained
            logStart = PostgresCapture.drainLast(connection, this);
        }
        Set<UUID> clients = new LinkedHashSet<>(stateInputsChanged);
        clients.removeAll(statesWritten);
        clients.removeAll(erased);
        return clients;
    }

    /**
     * Says that the changes this transaction makes from now on apply another node's change
     * ({@code stamp}: its origin, sequence there, hybrid time and author), or, with null, are this
     * store's own again. What was captured before is taken in first, so it keeps its own stamp.
     */
    void stamp(java.sql.Connection connection, ChangeLog.Stamp stamp) throws java.sql.SQLException {
        catchUp(connection);
        this.stamp = stamp;
    }

    /**
     * The key a server's capture trigger is given ({@code SET LOCAL rapport.stamp}) for the writes
     * that apply another node's change stamped {@code stamp}: what they capture carries it, so
     * switching needs no drain first ({@link #stamp}) and many writes can go in one JDBC batch.
     */
    String keyOf(ChangeLog.Stamp stamp) {
        String key = Integer.toString(keyed.size() + 1);
        keyed.put(key, stamp);
        return key;
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
     * and one change says only which client was erased (their id, no value), so a linked laptop or
     * its server erases them too and drops any edit of theirs that arrives later.
     */
    void erase(java.sql.Connection connection, UUID clientId) throws java.sql.SQLException {
        catchUp(connection);
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (clientId.equals(changes.get(i).clientId())) {
                changes.remove(i);
                stamps.remove(i);
            }
        }
        erased.add(clientId);
        add(new PendingChange("client", null, clientId, Operation.ERASE, Map.of()));
    }
}
