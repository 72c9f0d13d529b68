package app.rapport.ui;

import app.rapport.domain.ClientSummary;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's first screen is read while JavaFX starts, so the window shows it as soon as it
 * exists, before any read of its own has run.
 */
@ExtendWith(ApplicationExtension.class)
class FirstScreenTest {
    private static final int DEMO_CLIENTS = 150;

    @TempDir
    static Path folder;

    private final HeldBackgroundWork held = new HeldBackgroundWork();
    private final List<RapportServices> opened = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        held.release();
        opened.forEach(RapportServices::close);
    }

    @Test
    void theFirstClientsAreListedBeforeTheWindowReadsAnything(FxRobot robot) throws Exception {
        RapportServices services = open();
        services.demoData().load(DemoBusiness.MIXED, DEMO_CLIENTS, 5, Progress.NONE);
        MainWindow.FirstScreen firstScreen = MainWindow.FirstScreen.read(services, true);
        held.hold();

        show(services, firstScreen);

        ListView<ClientSummary> list = clientList(robot);
        List<ClientSummary> shownFirst = List.copyOf(list.getItems());
        assertThat(shownFirst).hasSize(100).isEqualTo(firstScreen.firstClients().clients());
        assertThat(robot.lookup("#start-empty").tryQuery()).isEmpty();

        held.release();
        waitUntil("the released read to list every client", () -> list.getItems().size() == DEMO_CLIENTS);
        // The whole list keeps the first page's order: rows may join it, none jumps around.
        List<ClientSummary> whole = List.copyOf(list.getItems());
        assertThat(whole.stream().filter(shownFirst::contains).toList()).isEqualTo(shownFirst);
        assertThat(whole.subList(0, 100)).containsAll(shownFirst.subList(0, 90));
    }

    @Test
    void anEmptyStoreOpensOnTheWelcomeScreenAtOnce(FxRobot robot) {
        RapportServices services = open();
        MainWindow.FirstScreen firstScreen = MainWindow.FirstScreen.read(services, true);
        assertThat(firstScreen.anyClients()).isFalse();
        held.hold();

        show(services, firstScreen);

        assertThat(robot.lookup("#start-empty").tryQuery()).isPresent();
    }

    private RapportServices open() {
        RapportServices services = openStore(folder);
        opened.add(services);
        return services;
    }

    private void show(RapportServices services, MainWindow.FirstScreen firstScreen) {
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(services, held.work(), Clock.systemDefaultZone(), TestPreferences.fresh(), firstScreen);
            window.startOn(Section.CLIENTS);
            stage.setScene(RapportApplication.scene(window, false));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
