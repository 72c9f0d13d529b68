package app.rapport.ui.task;

/**
 * Runs each task and its callbacks at once, on the caller's thread: a view model under test has
 * its answer as soon as it asked, with no FX toolkit and nothing to wait for.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final Dispatcher dispatcher = new Dispatcher(Runnable::run, Runnable::run);

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        return dispatcher.execute(task);
    }

    @Override
    public void drop(TaskKey key) {
        dispatcher.drop(key);
    }
}
