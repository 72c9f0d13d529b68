package app.rapport.ui.task;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * What every {@link TaskExecutor} does, given where the work runs and where its callbacks run:
 * starts tasks, keeps the latest task of each {@link TaskKey}, and delivers only answers that are
 * still wanted. Callbacks are checked where they run, so a task superseded from the FX thread before
 * its answer is delivered there never answers.
 */
public abstract class AbstractTaskExecutor implements TaskExecutor {
    private final Executor worker;
    private final Executor callbacks;
    private final Map<TaskKey, BackgroundTask<?>> latest = new ConcurrentHashMap<>();
    private volatile java.util.function.Consumer<Throwable> failureWitness = failure -> { };

    /** Work runs on {@code worker}, callbacks on {@code callbacks}. */
    protected AbstractTaskExecutor(Executor worker, Executor callbacks) {
        this.worker = worker;
        this.callbacks = callbacks;
    }

    @Override
    public final <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.start(callbacks);
        TaskKey key = task.key();
        if (key != null) {
            BackgroundTask<?> superseded = latest.put(key, task);
            if (superseded != null) {
                superseded.drop();
            }
        }
        Runnable running = task.onRunning();
        if (running != null) {
            callbacks.execute(() -> {
                if (!task.isDropped()) {
                    running.run();
                }
            });
        }
        worker.execute(() -> {
            if (task.isDropped()) {
                return;
            }
            try {
                T result = task.call();
                answer(task, () -> task.succeeded(result));
            } catch (Exception | Error failure) {
                failureWitness.accept(failure);
                answer(task, () -> task.failed(failure));
            }
        });
        return task;
    }

    private void answer(BackgroundTask<?> task, Runnable callback) {
        callbacks.execute(() -> {
            if (task.isDropped()) {
                return;
            }
            if (task.key() != null) {
                latest.remove(task.key(), task);
            }
            callback.run();
        });
    }

    @Override
    public final void witnessFailures(java.util.function.Consumer<Throwable> witness) {
        failureWitness = java.util.Objects.requireNonNull(witness);
    }

    @Override
    public final void drop(TaskKey key) {
        BackgroundTask<?> dropped = latest.remove(key);
        if (dropped != null) {
            dropped.drop();
        }
    }
}
