package app.rapport.store;

import org.jooq.Table;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_EMAIL;
import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;

/**
 * Hears, through {@link ChangeCapture}, every row written to a table the client search reads
 * (client, phones, emails, tags, follow-ups), so that {@link ClientSearchIndex} re-reads just those
 * clients instead of the whole book; the capture hears every writer: services, imports, merges, erasures.
 * <p>
 * Changes are numbered in one log for the JVM; an index remembers the last number it has seen.
 * The log keeps the latest {@link #REMEMBERED} changes; an index further behind (after a bulk
 * load) reads everything again. A change is logged when its row is written and once more when its
 * transaction ends, because an index that looks in between still reads the row as it was.
 */
public final class ClientChanges {
    static final int REMEMBERED = 1 << 15;
    /** The triggers of earlier releases, which {@link ChangeCapture} replaces. */
    static final String OLD_TRIGGER_PREFIX = "RAPPORT_SEARCH_";
    static final Set<Table<?>> WATCHED = Set.of(CLIENT, CLIENT_PHONE, CLIENT_EMAIL, CLIENT_TAG, FOLLOW_UP);

    private static final UUID[] LOG = new UUID[REMEMBERED];
    private static final ThreadLocal<Transaction> TRANSACTION = new ThreadLocal<>();
    private static long logged;

    private ClientChanges() {
    }

    /** A row of one of the {@link #WATCHED} tables about this client was written (by {@link ChangeCapture}). */
    static void changed(UUID clientId) {
        if (clientId == null) {
            return;
        }
        log(clientId);
        Transaction transaction = TRANSACTION.get();
        if (transaction != null) {
            transaction.touched(clientId);
        }
    }

    private static synchronized void log(UUID clientId) {
        LOG[(int) (logged % REMEMBERED)] = clientId;
        logged++;
    }

    /** So many clients changed (another desk's bulk load) that every index reads everything again. */
    static synchronized void everythingChanged() {
        logged += REMEMBERED + 1L;
    }

    /** How many changes were logged so far: where an index that has just read everything starts. */
    static synchronized long logged() {
        return logged;
    }

    /**
     * Adds the clients changed since change number {@code from} to {@code into} and returns the
     * number to ask from next time, or -1 when changes since then are no longer all in the log.
     */
    static synchronized long changedSince(long from, Collection<UUID> into) {
        if (from < logged - REMEMBERED) {
            return -1;
        }
        for (long number = from; number < logged; number++) {
            into.add(LOG[(int) (number % REMEMBERED)]);
        }
        return logged;
    }

    /** Store.inTransaction's start: changes on this thread are logged again when it ends. */
    static void transactionStarts() {
        Transaction transaction = TRANSACTION.get();
        if (transaction == null) {
            TRANSACTION.set(new Transaction());
        } else {
            transaction.depth++;
        }
    }

    /** Store.inTransaction's end, committed or not: the index reads these clients as they now are. */
    static void transactionEnds() {
        Transaction transaction = TRANSACTION.get();
        if (transaction == null) {
            return;
        }
        if (transaction.depth > 0) {
            transaction.depth--;
            return;
        }
        TRANSACTION.remove();
        if (transaction.tooMany) {
            everythingChanged();
        } else {
            transaction.touched.forEach(ClientChanges::log);
        }
    }

    private static final class Transaction {
        final Set<UUID> touched = new LinkedHashSet<>();
        int depth;
        boolean tooMany;

        void touched(UUID clientId) {
            if (tooMany) {
                return;
            }
            touched.add(clientId);
            if (touched.size() > REMEMBERED) {
                // a bulk load: every index reads everything again anyway
                tooMany = true;
                touched.clear();
            }
        }
    }
}
