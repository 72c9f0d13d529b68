package app.rapport.ui;

import app.rapport.domain.ClientSummary;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The status bar says whom (or what) a message is about, not just that something happened. */
@ExtendWith(ApplicationExtension.class)
class StatusMessagesTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, 20, 7, Progress.NONE);
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void aTouchpointSavedSaysForWhom(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to fill", () -> !list.getItems().isEmpty());
        robot.clickOn("#client-search").type(KeyCode.DOWN);
        waitUntil("the first client to be selected", () -> list.getSelectionModel().getSelectedItem() != null);
        String name = list.getSelectionModel().getSelectedItem().displayName();
        Label status = robot.lookup("#status").queryAs(Label.class);

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("the log-touchpoint form to open", () -> robot.lookup("#log-summary").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#log-summary").query().getScene().getWindow());
        robot.write("Booked a trim for Friday");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil("the status to say whom the touchpoint was for", () -> status.getText().equals("Touchpoint saved for " + name));

    }
}
