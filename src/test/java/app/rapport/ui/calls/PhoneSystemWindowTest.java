package app.rapport.ui.calls;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.PhoneNumbers;
import app.rapport.service.FakeAsterisk;
import app.rapport.service.RapportServices;
import app.rapport.ui.FxTestSupport;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;

import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File > Phone system: the desk connects to its Asterisk server (a stand-in speaking the manager
 * protocol on loopback), and a call ringing the desk's extension brings up the caller in the window.
 */
@ExtendWith(ApplicationExtension.class)
class PhoneSystemWindowTest {
    @TempDir
    Path folder;

    private RapportServices services;
    private Stage stage;
    private Scene scene;
    private FakeAsterisk asterisk;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        asterisk = new FakeAsterisk("frontdesk", "ring-ring-2026");
        services = FxTestSupport.openStore(folder);
        services.contacts().changePhoneFormat("GB", PhoneNumbers.Style.NATIONAL);
        services.clients().save(ClientBuilder.person("Maria", "Okafor").phone("mobile", "+44 20 7946 0018").build());
        scene = MainWindowAccess.sceneOnToday(services, FxTaskExecutor.daemonPool());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        FxTestSupport.hideEveryWindowBut(stage);
        services.close();
        asterisk.close();
    }

    private void fill(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    void theDeskConnectsAndACallRingingItsExtensionBringsUpTheCaller(FxRobot robot) throws IOException {
        robot.interact(() -> MainWindowAccess.menuItem(scene, "phone-system-menu").fire());
        waitUntil("the phone system dialog", () -> robot.lookup("#phone-system-host").tryQuery().isPresent());
        fill(robot, "#phone-system-host", "127.0.0.1");
        fill(robot, "#phone-system-port", String.valueOf(asterisk.port()));
        fill(robot, "#phone-system-user", "frontdesk");
        fill(robot, "#phone-system-extension", "201");
        fill(robot, "#phone-system-secret", "wrong secret");
        robot.clickOn("Connect");
        waitUntil("the refusal", () -> robot.lookup("#phone-system-message").queryAs(Label.class).getText().contains("refused"));

        fill(robot, "#phone-system-secret", "ring-ring-2026");
        robot.clickOn("Connect");
        waitUntil("the status bar to say the desk listens", () -> "\u260E 201".equals(robot.lookup("#phone-system-status").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#phone-system-host").tryQuery()).as("the dialog closed once connected").isEmpty();

        asterisk.newState("PJSIP/201-00000007", "1733400100.7", "Ringing", "201", "020 7946 0018");

        waitUntil("the call bar naming Maria", () -> robot.lookup("#call-message").tryQuery()
                .map(label -> ((Label) label).getText().startsWith("Call from Maria Okafor")).orElse(false));
    }
}
