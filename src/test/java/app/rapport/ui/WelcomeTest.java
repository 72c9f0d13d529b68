package app.rapport.ui;

import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.control.Label;
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
import java.time.Duration;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A new user on an empty store is welcomed and can start empty or explore the demo. */
@ExtendWith(ApplicationExtension.class)
class WelcomeTest {
    @TempDir
    static Path folder;

    private RapportServices services;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        stage.setScene(MainWindowAccess.sceneOnToday(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void loadDemoDataOpensTodayOnTheNewBook(FxRobot robot) throws Exception {
        waitUntil("the welcome screen to offer the demo", () -> shown(robot, "#load-demo") != null);

        robot.clickOn(shown(robot, "#load-demo"));

        waitUntil("Today, the home screen, to appear once the demo is loaded", Duration.ofSeconds(60),
                () -> shown(robot, "#today-queue") != null);
        javafx.scene.control.TableView<?> today = (javafx.scene.control.TableView<?>) shown(robot, "#today-queue");
        waitUntil("Today to list whom to contact in the demo book", () -> !today.getItems().isEmpty());
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Loaded 500 demo clients with");
        assertThat(services.clients().count()).isEqualTo(MainWindow.DEMO_CLIENTS);
    }

    @Test
    void startEmptyShowsAnEmptyListThatSaysWhatToDo(FxRobot robot) throws Exception {
        waitUntil("the welcome screen to offer starting empty", () -> shown(robot, "#start-empty") != null);

        robot.clickOn(shown(robot, "#start-empty"));

        ListView<ClientSummary> list = clientList(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
        assertThat(((Label) list.getPlaceholder()).getText()).startsWith("No clients yet.");
    }

    /** The node in a window that is showing: the stage is shared between tests, so stale nodes may linger. */
    private static javafx.scene.Node shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }
}
