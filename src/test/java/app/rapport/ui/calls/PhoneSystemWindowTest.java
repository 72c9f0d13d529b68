package app.rapport.ui.calls;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.PhoneNumbers;
import app.rapport.service.FakeAsterisk;
import app.rapport.service.RapportServices;
import app.rapport.ui.FxTestSupport;
import app.rapport.ui.MainWindow;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.RapportApplication;
import app.rapport.ui.TestPreferences;
import app.rapport.store.Passphrase;
import javafx.scene.input.KeyCode;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
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

    /** File > Phone system, the server's address, port, user and extension typed in, and {@code secret}; then Connect. */
    private void connect(FxRobot robot, String secret) {
        robot.interact(() -> MainWindowAccess.menuItem(stage.getScene(), "phone-system-menu").fire());
        waitUntil("the phone system dialog", () -> robot.lookup("#phone-system-host").tryQuery().isPresent());
        fill(robot, "#phone-system-host", "127.0.0.1");
        fill(robot, "#phone-system-port", String.valueOf(asterisk.port()));
        fill(robot, "#phone-system-user", "frontdesk");
        fill(robot, "#phone-system-extension", "201");
        fill(robot, "#phone-system-secret", secret);
        robot.clickOn("Connect");
    }

    @Test
    void theDeskConnectsAndACallRingingItsExtensionBringsUpTheCaller(FxRobot robot) throws IOException {
        connect(robot, "wrong secret");
        waitUntil("the refusal", () -> robot.lookup("#phone-system-message").queryAs(Label.class).getText().contains("refused"));

        fill(robot, "#phone-system-secret", "ring-ring-2026");
        robot.clickOn("Connect");
        waitUntil("the status bar to say the desk listens", () -> "\u260E 201".equals(robot.lookup("#phone-system-status").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#phone-system-host").tryQuery()).as("the dialog closed once connected").isEmpty();

        asterisk.newState("PJSIP/201-00000007", "1733400100.7", "Ringing", "201", "020 7946 0018");

        waitUntil("the call bar naming Maria", () -> callBarNames(robot, "Maria Okafor"));
    }

    @Test
    void anEncryptedStoresWindowLockedAndUnlockedStillHearsThePhone(FxRobot robot) throws IOException {
        String password = "copper kettle on the hob";
        RapportServices encrypted = RapportServices.open(FxTestSupport.newStoreLocation(folder)
                .withPassphrase(Passphrase.of(password.toCharArray())));
        AtomicReference<RapportServices> current = new AtomicReference<>(encrypted);
        try {
            encrypted.contacts().changePhoneFormat("GB", PhoneNumbers.Style.NATIONAL);
            encrypted.clients().save(ClientBuilder.person("Ade", "Bello").phone("home", "+44 1632 960555").build());
            robot.interact(() -> {
                MainWindow window = new MainWindow(encrypted, FxTaskExecutor.daemonPool(), Clock.systemDefaultZone(), TestPreferences.fresh());
                window.setOnServicesChanged(current::set);
                stage.setScene(RapportApplication.scene(window, false));
            });
            connect(robot, "ring-ring-2026");
            waitUntil("the desk to listen", () -> "\u260E 201".equals(robot.lookup("#phone-system-status").queryAs(Label.class).getText()));

            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
            waitUntil("the window to lock", () -> robot.lookup("#locked-window").tryQuery().isPresent());
            robot.clickOn("#store-password").write(password).type(KeyCode.ENTER);
            waitUntil("the window to open the book again", () -> stage.getScene().getRoot() instanceof MainWindow);

            assertThat(robot.lookup("#phone-system-status").queryAs(Label.class).getText()).as("still listening").isEqualTo("\u260E 201");
            asterisk.newState("PJSIP/201-00000009", "1733400200.9", "Ringing", "201", "01632 960555");
            waitUntil("the call bar of the unlocked window naming Ade", () -> callBarNames(robot, "Ade Bello"));
        } finally {
            FxTestSupport.hideEveryWindowBut(stage);
            current.get().close();
        }
    }

    private static boolean callBarNames(FxRobot robot, String name) {
        return robot.lookup("#call-message").tryQuery().map(label -> ((Label) label).getText().startsWith("Call from " + name)).orElse(false);
    }
}
