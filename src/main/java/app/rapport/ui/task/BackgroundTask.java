package app.rapport.ui.task;

import app.rapport.service.Progress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}, with what to do on the FX thread when it starts
 * ({@link #onRunning}), when it answers ({@link #onSuccess}) and when it fails ({@link #onFailure}:
 * show {@code Messages.of(failure)}, never a stack trace).
 *
 * <p>Work made {@linkplain #withProgress with progress} reports a message and a fraction, which
 * {@link #messageProperty()} and {@link #progressProperty()} show on the FX thread, and learns of
 * {@link #cancel()}. A cancel is a request: the work stops at its next step, usually by throwing a
 * {@link java.util.concurrent.CancellationException} whose message says what was left undone, and
 * that (or the answer, when the work was already past its point of no return) is delivered as
 * usual.
 *
 * <p>A stale answer is another matter: a task {@linkplain #keyed keyed} like a later one is
 * dropped by the executor, and none of its callbacks run.
 */
public final class BackgroundTask<T> {
    /** {@link #progressProperty()} while the work has not said how far it is. */
    public static final double INDETERMINATE = -1;

    /** Work that reports its progress and checks whether it was cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final Work<? extends T> work;
    private TaskKey key;
    private Runnable onRunning;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", INDETERMINATE);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable", true);
    private final AtomicReference<Step> unshownStep = new AtomicReference<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Executor ui;
    private volatile boolean cancelled;
    private volatile boolean pastReturn;
    private final Object returnLock = new Object();
    private volatile boolean dropped;

    private BackgroundTask(Work<? extends T> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** Work that needs no progress. */
    public static <T> BackgroundTask<T> of(Callable<? extends T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(progress -> work.call());
    }

    /** Work handed a {@link Progress} to report to and to learn of a cancel from. */
    public static <T> BackgroundTask<T> withProgress(Work<? extends T> work) {
        return new BackgroundTask<>(work);
    }

    /** Only the latest task under {@code key} answers; see {@link TaskKey}. */
    public BackgroundTask<T> keyed(TaskKey key) {
        this.key = key;
        return this;
    }

    /** Runs on the FX thread before the work starts. */
    public BackgroundTask<T> onRunning(Runnable callback) {
        this.onRunning = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs on the FX thread with the work's answer. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs on the FX thread with what the work threw. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    /**
     * Asks the work to stop at its next step. Past the work's point of no return it is too late,
     * and this returns false.
     */
    public boolean cancel() {
        // decided under the lock the work passes its point of no return under: a cancel is either seen or refused, never lost
        synchronized (returnLock) {
            if (pastReturn) {
                return false;
            }
            cancelled = true;
            return true;
        }
    }

    /** Whether {@link #cancel()} was asked for (or the task was dropped). */
    public boolean isCancelled() {
        return cancelled || dropped;
    }

    /** What the work says it is doing; empty until it says. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How far the work is, from 0 to 1, or {@link #INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** False once the work is past its point of no return: it finishes even when cancelled. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    // ---- for the executor -----------------------------------------------------------------------

    TaskKey key() {
        return key;
    }

    /** Marks the task started, delivering its callbacks through {@code callbacks}. */
    void start(Executor callbacks) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A background task runs once");
        }
        this.ui = callbacks;
    }

    void drop() {
        dropped = true;
    }

    boolean isDropped() {
        return dropped;
    }

    /** What to run when the work starts, or null: nothing to tell the FX thread. */
    Runnable onRunning() {
        return onRunning;
    }

    T call() throws Exception {
        return work.call(reporter);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable failure) {
        onFailure.accept(failure);
    }

    private record Step(double fraction, String message) {
    }

    private final Progress reporter = new Progress() {
        @Override
        public void update(long done, long total, String text) {
            // Work may report far faster than a screen shows; only the latest step waits to be shown.
            if (unshownStep.getAndSet(new Step(total > 0 ? Math.min(1, (double) done / total) : INDETERMINATE, text)) == null) {
                ui.execute(BackgroundTask.this::showStep);
            }
        }

        @Override
        public boolean isCancelled() {
            return BackgroundTask.this.isCancelled();
        }

        @Override
        public void pointOfNoReturn() {
            synchronized (returnLock) {
                pastReturn = true;
            }
            ui.execute(() -> cancellable.set(false));
        }
    };

    private void showStep() {
        Step step = unshownStep.getAndSet(null);
        if (step != null && !dropped) {
            progress.set(step.fraction());
            message.set(step.message() == null ? "" : step.message());
        }
    }
}
