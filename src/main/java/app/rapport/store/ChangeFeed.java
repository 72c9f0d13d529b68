package app.rapport.store;

import app.rapport.domain.change.Change;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the store's committed changes, in order, to whoever listens, on a thread of its own: the
 * tail of the change log, read after every commit. Reading the log (rather than passing on what
 * this process captured) means a listener hears every writer the log holds, in the log's order.
 * <p>
 * A commit of more than {@link #PAGE} changes (a bulk load) is heard as one {@link Batch} that is
 * not {@link Batch#complete() complete}: whoever shows data then reads it again as a whole.
 */
public final class ChangeFeed {
    static final int PAGE = 2_000;
    /** How soon changes held back behind a running transaction are looked for again, at first. */
    private static final long HELD_BACK_RETRY_MILLIS = 50;
    /** The longest wait for changes held back behind a transaction that ended without a word (it logged nothing). */
    private static final long HELD_BACK_RETRY_MAX_MILLIS = 800;
    /**
     * The log's tail is read at most this often. A quiet feed reads at once; a busy one (ten desks
     * on a team server hear fifty commits a second between them) takes what came in the meantime
     * in one read, instead of one read per commit at every desk, each of them a query on the
     * server competing with the desks' writes.
     */
    static final long MIN_READ_INTERVAL_MILLIS = 100;
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

    /** Changes committed together or in quick succession; {@code complete} is false when there were too many to list. */
    public record Batch(List<Change> changes, boolean complete, long lastSeq) {
    }

    private final Supplier<ChangeLog> log;
    private final List<Consumer<Batch>> listeners = new CopyOnWriteArrayList<>();
    private final Object signal = new Object();
    /** Held while the log's tail is read and handed on ({@link #whileNotReading}). */
    private final java.util.concurrent.locks.ReentrantLock reading = new java.util.concurrent.locks.ReentrantLock();
    private Thread reader;
    private long heard;
    private boolean pending;
    private volatile boolean stopped;

    ChangeFeed(Supplier<ChangeLog> log) {
        this.log = log;
    }

    /** Listens from now on; the returned handle stops listening. */
    public AutoCloseable listen(Consumer<Batch> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The number of the last change handed to listeners. */
    public synchronized long heard() {
        return heard;
    }

    void start(long lastSeq) {
        synchronized (this) {
            heard = lastSeq;
        }
        reader = new Thread(this::run, "rapport-change-feed");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Runs {@code work} while the log is not being read: dropping or making an index locks its
     * whole table, and a read that waited for it longer than H2's lock timeout would fail.
     */
    void whileNotReading(Runnable work) {
        reading.lock();
        try {
            work.run();
        } finally {
            reading.unlock();
        }
    }

    /** A transaction committed: the reader looks at the log's tail. */
    void committed() {
        synchronized (signal) {
            pending = true;
            signal.notifyAll();
        }
    }

    void stop() {
        stopped = true;
        committed();
        if (reader != null && reader != Thread.currentThread()) {
            try {
                reader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        boolean heldBack = false;
        long retryMillis = HELD_BACK_RETRY_MILLIS;
        long lastRead = System.nanoTime() - java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(MIN_READ_INTERVAL_MILLIS);
        while (!stopped) {
            synchronized (signal) {
                try {
                    if (heldBack) {
                        // what waits behind a transaction that ends without a word (it logged nothing) is read again soon
                        if (!pending && !stopped) {
                            signal.wait(retryMillis);
                        }
                    } else {
                        while (!pending && !stopped) {
                            signal.wait();
                        }
                    }
                    long sinceRead = System.nanoTime() - lastRead;
                    long rest = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(MIN_READ_INTERVAL_MILLIS) - sinceRead;
                    while (rest > 0 && !stopped) {
                        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(signal, rest);
                        rest = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(MIN_READ_INTERVAL_MILLIS) - (System.nanoTime() - lastRead);
                    }
                } catch (InterruptedException e) {
                    return;
                }
                pending = false;
            }
            if (!stopped) {
                lastRead = System.nanoTime();
                long before = heard();
                heldBack = readTail();
                // held back and nothing new: back off, so a transaction left open elsewhere is not polled for twenty times a second
                retryMillis = heard() != before ? HELD_BACK_RETRY_MILLIS : Math.min(HELD_BACK_RETRY_MAX_MILLIS, retryMillis * 2);
            }
        }
    }

    /**
     * Reads what was committed since the last change heard and hands it on; true when later
     * changes wait behind a transaction still running ({@link ChangeLog#committedAfter}).
     */
    private boolean readTail() {
        reading.lock();
        try {
            ChangeLog changes = log.get();
            long from = heard();
            ChangeLog.Committed committed = changes.committedAfter(from, org.jooq.impl.DSL.noCondition(), PAGE + 1);
            List<Change> page = committed.rows().stream().map(ChangeLog::change).toList();
            if (page.isEmpty()) {
                return committed.heldBack();
            }
            Batch batch = page.size() <= PAGE
                    ? new Batch(page, true, page.get(page.size() - 1).seq())
                    : new Batch(List.of(), false, changes.lastSeq());
            synchronized (this) {
                heard = batch.lastSeq();
            }
            for (Consumer<Batch> listener : listeners) {
                try {
                    listener.accept(batch);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A view could not follow a change", e);
                }
            }
            return committed.heldBack();
        } catch (RuntimeException e) {
            if (!stopped) {
                LOG.log(Level.WARNING, "Could not read the change log", e);
            }
            return false;
        } finally {
            reading.unlock();
        }
    }
}
