package app.rapport.ui.task;

import javafx.application.Platform;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs work on background threads and every callback on the FX thread, so the window never waits for the store. */
public final class FxTaskExecutor extends AbstractTaskExecutor {
    /** Work runs on {@code worker}'s threads. */
    public FxTaskExecutor(Executor worker) {
        super(worker, Platform::runLater);
    }

    /** A small pool of daemon threads, enough for a desktop app on two cores. */
    public static FxTaskExecutor daemonPool() {
        ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "rapport-background");
            thread.setDaemon(true);
            return thread;
        });
        return new FxTaskExecutor(pool);
    }
}
