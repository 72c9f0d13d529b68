package app.rapport.ui.dashboard;

import app.rapport.domain.dashboard.Chart;
import app.rapport.domain.dashboard.Slice;
import app.rapport.service.DashboardService;
import app.rapport.ui.Messages;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The owner's dashboard: every chart, read again in the background on each refresh (the old
 * charts stay until the new ones are in, and only the latest read is shown), and the clients
 * behind a bar.
 */
public final class DashboardViewModel {
    static final String READING = "Reading your client book\u2026";
    static final String READY = "Click a bar to see its clients.";

    private final DashboardService dashboard;
    private final TaskExecutor background;
    private final Consumer<Slice> openSlice;
    private final TaskKey chartsKey = new TaskKey("dashboard charts");
    private final ObservableList<Chart> charts = FXCollections.observableArrayList();
    private final ObservableList<Chart> readOnlyCharts = FXCollections.unmodifiableObservableList(charts);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyLongWrapper loadedInMillis = new ReadOnlyLongWrapper(this, "loadedInMillis");

    /** {@code openSlice} lists the clients behind a bar. */
    public DashboardViewModel(DashboardService dashboard, TaskExecutor background, Consumer<Slice> openSlice) {
        this.dashboard = Objects.requireNonNull(dashboard);
        this.background = Objects.requireNonNull(background);
        this.openSlice = Objects.requireNonNull(openSlice);
    }

    public ObservableList<Chart> charts() {
        return readOnlyCharts;
    }

    /** True while the charts are read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the dashboard is doing, what to do with it, or why it could not be read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How long the latest read took. */
    public ReadOnlyLongProperty loadedInMillisProperty() {
        return loadedInMillis.getReadOnlyProperty();
    }

    /** Reads every chart again. */
    public void refresh() {
        loading.set(true);
        status.set(READING);
        long started = System.nanoTime();
        background.execute(BackgroundTask.of(dashboard::charts).keyed(chartsKey).onSuccess(read -> {
            charts.setAll(read);
            loading.set(false);
            status.set(READY);
            loadedInMillis.set((System.nanoTime() - started) / 1_000_000);
        }).onFailure(failure -> {
            loading.set(false);
            status.set("Could not read the dashboard: " + Messages.of(failure));
        }));
    }

    /** Shows the clients behind a bar. */
    public void open(Slice slice) {
        openSlice.accept(slice);
    }
}
