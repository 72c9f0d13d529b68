package app.rapport.ui.today;

import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayReason;
import app.rapport.service.TodayService;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import app.rapport.ui.control.DesktopLinks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The Today queue, loaded in the background; only the latest load is shown. */
public final class TodayViewModel {
    private final Supplier<TodayService.Today> queue;
    private final TaskExecutor background;
    private final ObservableList<TodayItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Map<TodayReason, Integer>> counts = new ReadOnlyObjectWrapper<>(this, "counts", Map.of());
    private int late;
    private Map<TodayReason, Integer> notShownByReason = Map.of();
    private final TaskKey queueKey = new TaskKey("today's queue");
    private long loadedInMillis;

    public TodayViewModel(TodayService today, TaskExecutor background) {
        this(today::queue, background);
    }

    TodayViewModel(Supplier<TodayService.Today> queue, TaskExecutor background) {
        this.queue = queue;
        this.background = background;
    }

    /** The ways to reach a row's client from the desktop. */
    public enum Way {
        CALL, MESSAGE, MAIL
    }

    /** What opens the desktop's app for a way of reaching someone: null when it did, else why not (the tests' stand-in). */
    public interface Links {
        String open(Way way, String who, String address);

        Links DESKTOP = (way, who, address) -> switch (way) {
            case CALL -> DesktopLinks.call(who, address);
            case MESSAGE -> DesktopLinks.message(who, address);
            case MAIL -> DesktopLinks.mail(who, address);
        };
    }

    /**
     * Opens the desktop's app to call, text or email the row's client, and tells {@code report}
     * what happened, naming the client: where the computer has no app for it, what to do instead.
     */
    public void reach(TodayItem item, Way way, Links links, Consumer<String> report) {
        String address = way == Way.MAIL ? item.reach().email() : item.reach().phone();
        String who = item.clientName();
        if (address == null) {
            report.accept(who + " has no " + (way == Way.MAIL ? "email address" : "phone number") + " in your book.");
            return;
        }
        background.run(() -> links.open(way, who, address), problem -> report.accept(problem != null ? problem : switch (way) {
            case CALL -> "Calling " + who + " on " + address;
            case MESSAGE -> "Texting " + who + " on " + address;
            case MAIL -> "Writing to " + who + " at " + address;
        }), failure -> report.accept("Could not reach " + who + ": " + Messages.of(failure)));
    }

    public ObservableList<TodayItem> items() {
        return items;
    }

    /** The day the queue is for. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * How many clients the whole queue holds under each reason (their most urgent one), shown or
     * not; the rows are only the most urgent of them ({@link TodayService#SHOWN}).
     */
    public ReadOnlyObjectProperty<Map<TodayReason, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Every client in the queue, shown or not. */
    public int total() {
        return counts.get().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Clients in the queue whose reason was due before today, shown or not. */
    public int late() {
        return late;
    }

    /** The clients beyond the rows, counted by reason, most urgent first. */
    public Map<TodayReason, Integer> notShownByReason() {
        return notShownByReason;
    }

    /** Why the queue could not be loaded, or settings that could not be read; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** How long the last load took, from asking to having the rows. */
    public long loadedInMillis() {
        return loadedInMillis;
    }

    /** Loads the queue again; {@code then} runs on the FX thread once the rows are in. */
    public void refresh(Runnable then) {
        long started = System.nanoTime();
        loading.set(true);
        background.execute(BackgroundTask.of(queue::get).keyed(queueKey).onSuccess(today -> {
            loadedInMillis = (System.nanoTime() - started) / 1_000_000;
            day.set(today.day());
            late = today.late();
            notShownByReason = today.notShownByReason();
            counts.set(today.counts());
            items.setAll(today.items());
            problem.set(String.join(" ", today.warnings()));
            loading.set(false);
            then.run();
        }).onFailure(failure -> {
            loading.set(false);
            problem.set("Could not load Today: " + Messages.of(failure));
        }));
    }
}
