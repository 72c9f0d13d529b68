package app.rapport.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link TaskExecutor} for plain tests in which work waits until the test runs it, in the order
 * the test chooses, so answers can come back late or out of order; callbacks run on the test's
 * thread as the work ends.
 */
public final class QueuedTaskExecutor extends AbstractTaskExecutor {
    private final List<Runnable> waiting;

    public QueuedTaskExecutor() {
        this(new ArrayList<>());
    }

    private QueuedTaskExecutor(List<Runnable> waiting) {
        super(waiting::add, Runnable::run);
        this.waiting = waiting;
    }

    /** How much work waits to run. */
    public int waiting() {
        return waiting.size();
    }

    /** Runs the work submitted {@code index}-th among the waiting (0 the oldest). */
    public void run(int index) {
        waiting.remove(index).run();
    }

    /** Runs the newest waiting work first, then the rest, newest to oldest. */
    public void runNewestFirst() {
        while (!waiting.isEmpty()) {
            run(waiting.size() - 1);
        }
    }

    /** Runs all waiting work (and work it submits), oldest first. */
    public void runAll() {
        while (!waiting.isEmpty()) {
            run(0);
        }
    }
}
