package app.rapport.ui;

import javafx.application.Platform;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs store work off the FX thread and hands the result back on it, so the window never waits
 * for the database.
 */
public final class BackgroundWork {
    private final Executor executor;

    public BackgroundWork(Executor executor) {
        this.executor = executor;
    }

    /** A small pool of daemon threads, enough for a desktop app on two cores. */
    public static BackgroundWork daemonPool() {
        ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "rapport-background");
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundWork(pool);
    }

    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    public void execute(Runnable runnable) {
        executor.execute(runnable);
    }
}
