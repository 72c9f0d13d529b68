package app.rapport.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs work off the FX thread: the work runs in the background and its
 * callbacks on the FX thread ({@link FxTaskExecutor}), or everything at once on the caller's
 * thread ({@link CurrentThreadTaskExecutor}, for tests). Submit from the FX thread.
 *
 * <p>Stale answers are dropped here, not by each view: a task {@linkplain BackgroundTask#keyed
 * keyed} like an earlier one that is still running supersedes it, and the earlier one's callbacks
 * never run.
 */
public interface TaskExecutor {
    /** Starts {@code task} (once only) and returns it, to cancel it or follow its progress. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /**
     * Drops the task last submitted under {@code key}, if it has not answered yet: its work is told
     * it is cancelled and its callbacks never run. For when the question itself went away (the
     * client was deselected), with no new one to ask.
     */
    void drop(TaskKey key);

    /**
     * From now on, every task's failure is also handed to {@code witness} (in the background, before
     * the task's own failure callback runs): the window keeps them in its error log this way.
     */
    void witnessFailures(Consumer<Throwable> witness);

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    default <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        execute(BackgroundTask.<T>of(work).onSuccess(onSuccess).onFailure(onFailure));
    }
}
