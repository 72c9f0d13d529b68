package app.rapport.ui.dashboard;

import app.rapport.domain.dashboard.Chart;
import app.rapport.domain.dashboard.Slice;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.CurrentThreadTaskExecutor;
import app.rapport.ui.task.QueuedTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.rapport.ui.FxTestSupport.openStore;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's charts as the owner sees them come in, on a real store, with no FX toolkit. */
class DashboardViewModelTest {
    @TempDir
    Path folder;

    private RapportServices services;
    private final List<Slice> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        services = openStore(folder);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DashboardViewModel model(TaskExecutor executor) {
        return new DashboardViewModel(services.dashboard(), executor, opened::add);
    }

    @Test
    void aRefreshShowsEveryChartAndSaysWhatToDoWithThem() {
        services.demoData().load(DemoBusiness.SHOP, 20, 4, Progress.NONE);
        DashboardViewModel model = model(new CurrentThreadTaskExecutor());

        model.refresh();

        assertThat(model.charts()).isEqualTo(services.dashboard().charts());
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(DashboardViewModel.READY);
    }

    @Test
    void theOldChartsStayWhileNewOnesAreReadAndOnlyTheLatestReadIsShown() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        DashboardViewModel model = model(executor);
        model.refresh();
        executor.runAll();
        List<Chart> empty = List.copyOf(model.charts());

        model.refresh();
        services.demoData().load(DemoBusiness.SHOP, 20, 4, Progress.NONE);
        model.refresh();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo(DashboardViewModel.READING);
        assertThat(model.charts()).isEqualTo(empty);

        executor.runNewestFirst();

        assertThat(model.charts()).isEqualTo(services.dashboard().charts()).isNotEqualTo(empty);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aBarOpensTheClientsBehindIt() {
        services.demoData().load(DemoBusiness.SHOP, 20, 4, Progress.NONE);
        DashboardViewModel model = model(new CurrentThreadTaskExecutor());
        model.refresh();
        Slice slice = model.charts().get(0).series().get(0).bars().get(0).slice();

        model.open(slice);

        assertThat(opened).containsExactly(slice);
    }

    @Test
    void aStoreThatCannotBeReadIsAMessageNotACrash() {
        DashboardViewModel model = model(new CurrentThreadTaskExecutor());
        services.close();

        model.refresh();

        assertThat(model.statusProperty().get()).startsWith("Could not read the dashboard: ").doesNotContain("\tat ");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.charts()).isEmpty();
    }
}
