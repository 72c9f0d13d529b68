package app.rapport.ui.team;

import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicReference;

import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Connect to a team server…: a server that is not there is said in one plain sentence, the
 * dialog stays open with what was typed (but not the password) and offers to try again.
 */
@ExtendWith(ApplicationExtension.class)
class TeamServerDialogTest {
    private final AtomicReference<RapportServices> connected = new AtomicReference<>();
    private TeamServerDialog dialog;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aServerThatIsDownIsSaidPlainlyAndCanBeTriedAgain(FxRobot robot) throws Exception {
        int nobodyListens;
        try (ServerSocket probe = new ServerSocket(0)) {
            nobodyListens = probe.getLocalPort(); // free once closed: nothing answers there
        }
        robot.interact(() -> dialog = TeamServerDialog.open(stage, "Connect to a team server", "Work on a shared book.", "Connect",
                FxTaskExecutor.daemonPool(),
                (location, user, password, progress) -> RapportServices.openTeamServer(location, user, password), connected::set));
        String location = "postgresql://127.0.0.1:" + nobodyListens + "/salon";
        robot.clickOn("#team-server-location").write(location);
        robot.clickOn("#team-server-user").write("ana");
        robot.clickOn("#team-server-password").write("not kept");
        Button connect = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().stream()
                .filter(type -> type != ButtonType.CANCEL).findFirst().orElseThrow());
        robot.clickOn(connect);

        waitUntil("the dialog to say the server cannot be reached", () -> dialog.message.getText().startsWith("Cannot reach"));
        assertThat(dialog.message.getText()).contains("127.0.0.1:" + nobodyListens).contains("Is PostgreSQL running there")
                .doesNotContain("Exception");
        assertThat(connect.getText()).isEqualTo("Try again");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(dialog.location.getText()).isEqualTo(location);
        assertThat(dialog.user.getText()).isEqualTo("ana");
        assertThat(dialog.password.getText()).as("the password is not kept, even in the form").isEmpty();
        assertThat(connected.get()).isNull();
        robot.interact(dialog::close);
    }
}
