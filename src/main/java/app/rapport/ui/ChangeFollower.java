package app.rapport.ui;

import app.rapport.service.ChangeService;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Keeps open screens up to date from the one channel every change comes through
 * ({@link ChangeService#subscribe}): each screen says which changes concern what it shows, and is
 * read again, on the FX thread, when such a change is committed by any writer. Changes committed
 * in a burst (a save that writes several tables, an import) cause one refresh per screen.
 *
 * <p>The window makes one follower and hands it to each screen; each screen's {@code followChanges}
 * says what concerns it, so no screen refreshes another.
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

    /**
     * Changes about the client {@code shownClient} gives (none while it gives null) to one of
     * {@code entities} (to anything about them, when none are named).
     */
    public static Predicate<ChangeService.Batch> about(Supplier<UUID> shownClient, String... entities) {
        return batch -> {
            UUID client = shownClient.get();
            return client != null && batch.concerns(client) && (entities.length == 0 || batch.touchesAny(entities));
        };
    }

    /**
     * Changes to one of {@code entities} while {@code shown} says the screen is on view (a hidden
     * section reads itself again as it is shown).
     */
    public static Predicate<ChangeService.Batch> whileShown(BooleanSupplier shown, String... entities) {
        return batch -> shown.getAsBoolean() && batch.touchesAny(entities);
    }

    /** What each client's state (Today's queue, the dashboard's counts) is worked out from. */
    public static final String[] CLIENT_STATE_TABLES = {"client", "purchase", "touchpoint", "opportunity", "follow_up", "setting", "product"};

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

    /** Stops listening; a burst already heard refreshes nothing more. Call on the FX thread. */
    @Override
    public void close() {
        followers.clear();
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop following the change bus", e);
        }
    }
}
