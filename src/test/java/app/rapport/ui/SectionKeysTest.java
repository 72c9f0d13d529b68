package app.rapport.ui;

import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
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

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Switching to the client list from the keyboard puts the cursor in its search box, ready to type. */
@ExtendWith(ApplicationExtension.class)
class SectionKeysTest {
    @TempDir
    static Path folder;

    private RapportServices services;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.MIXED, 30, 3, Progress.NONE);
        stage.setScene(MainWindowAccess.sceneOnToday(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void shortcutTwoOpensTheClientsWithTheCursorInTheSearchBox(FxRobot robot) throws Exception {
        waitUntil("the main window's sections to appear", () -> robot.lookup("#sections").tryQuery().isPresent());

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHORTCUT);

        waitUntil("the Clients shortcut to put the cursor in the client search box", () -> robot.lookup("#client-search").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("a");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#client-search").queryTextInputControl().getText()).isEqualTo("a");
    }
}
