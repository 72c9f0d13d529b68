package app.rapport.ui.task;

/**
 * Runs each task and its callbacks at once, on the caller's thread: a view model under test has
 * its answer as soon as it asked, with no FX toolkit and nothing to wait for.
 */
public final class CurrentThreadTaskExecutor extends AbstractTaskExecutor {
    public CurrentThreadTaskExecutor() {
        super(Runnable::run, Runnable::run);
    }
}
