package app.rapport.ui;

import app.rapport.ui.task.FxTaskExecutor;
import app.rapport.ui.task.TaskExecutor;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Background work a test can hold back: work started while held waits until {@link #release()},
 * so the test can press Cancel before the work has begun, without racing it.
 */
public final class HeldBackgroundWork {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "held-background");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CountDownLatch gate;

    public TaskExecutor work() {
        return new FxTaskExecutor(this::execute);
    }

    /** Work started from now on waits. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    /** The waiting work runs, and new work runs at once. */
    public void release() {
        CountDownLatch held = gate;
        gate = null;
        if (held != null) {
            held.countDown();
        }
    }

    private void execute(Runnable runnable) {
        CountDownLatch held = gate;
        pool.execute(() -> {
            if (held != null) {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            runnable.run();
        });
    }
}
