package app.rapport.ui;

import app.rapport.service.ChangeService;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Keeps open screens up to date from the one channel every change comes through
 * ({@link ChangeService#subscribe}): each screen says which changes concern what it shows, and is
 * read again, on the FX thread, when such a change is committed by any writer. Changes committed
 * in a burst (a save that writes several tables, an import) cause one refresh per screen.
 */
public final class ChangeFollower implements AutoCloseable {
    private record Follower(Predicate<ChangeService.Batch> concerns, Runnable refresh) {
    }

    private final List<Follower> followers = new ArrayList<>();
    private final ConcurrentLinkedQueue<ChangeService.Batch> heard = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AutoCloseable subscription;

    public ChangeFollower(ChangeService changes) {
        subscription = changes.subscribe(batch -> {
            heard.add(batch);
            if (scheduled.compareAndSet(false, true)) {
                Platform.runLater(this::deliver);
            }
        });
    }

    /** Runs {@code refresh} (on the FX thread) whenever committed changes satisfy {@code concerns}; call on the FX thread. */
    public void follow(Predicate<ChangeService.Batch> concerns, Runnable refresh) {
        followers.add(new Follower(concerns, refresh));
    }

    private void deliver() {
        scheduled.set(false);
        List<ChangeService.Batch> batches = new ArrayList<>();
        for (ChangeService.Batch batch = heard.poll(); batch != null; batch = heard.poll()) {
            batches.add(batch);
        }
        for (Follower follower : List.copyOf(followers)) {
            if (batches.stream().anyMatch(follower.concerns())) {
                follower.refresh().run();
            }
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
