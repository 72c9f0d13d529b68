package app.rapport.ui.team;

import app.rapport.service.RapportServices;
import app.rapport.ui.TestPreferences;
import app.rapport.ui.UiPreferences;
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
import java.util.prefs.Preferences;
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
        UiPreferences preferences = TestPreferences.fresh();
        robot.interact(() -> dialog = TeamServerDialog.open(stage, "Connect to a team server", "Work on a shared book.", "Connect",
                FxTaskExecutor.daemonPool(), preferences,
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
        assertThat(preferences.teamServerLocation()).as("a location that did not work is not remembered").isEmpty();
        robot.interact(dialog::close);
    }

    @Test
    void theLocationAndUserThatWorkedAreFilledInNextTimeAndThePasswordIsNeverKept(FxRobot robot) throws Exception {
        Preferences node = Preferences.userRoot().node("app/rapport/test/" + java.util.UUID.randomUUID());
        UiPreferences preferences = new UiPreferences(node);
        AtomicReference<String> typedPassword = new AtomicReference<>();
        TeamServerDialog.Work<String> connect = (location, user, password, progress) -> {
            typedPassword.set(new String(password));
            return location;
        };
        AtomicReference<String> done = new AtomicReference<>();
        robot.interact(() -> dialog = TeamServerDialog.open(stage, "Connect to a team server", "Work on a shared book.", "Connect",
                FxTaskExecutor.daemonPool(), preferences, connect, done::set));
        robot.clickOn("#team-server-location").write("postgresql://bookshop-pc/salon");
        robot.clickOn("#team-server-user").write("ana");
        robot.clickOn("#team-server-password").write("s3cret-Salon");
        robot.clickOn(actButton());
        waitUntil("the connection to be made", () -> done.get() != null);
        assertThat(typedPassword.get()).isEqualTo("s3cret-Salon");

        robot.interact(() -> dialog = TeamServerDialog.open(stage, "Connect to a team server", "Work on a shared book.", "Connect",
                FxTaskExecutor.daemonPool(), preferences, connect, done::set));
        assertThat(dialog.location.getText()).isEqualTo("postgresql://bookshop-pc/salon");
        assertThat(dialog.user.getText()).isEqualTo("ana");
        assertThat(dialog.password.getText()).isEmpty();
        waitUntil("the password field to have the focus", dialog.password::isFocused);
        assertThat(node.keys()).isNotEmpty().allSatisfy(key -> assertThat(node.get(key, "")).as("what is kept for " + key)
                .doesNotContain("s3cret"));
        robot.interact(dialog::close);
        node.removeNode();
    }

    @Test
    void cancelWhileMovingStopsTheWorkAndSaysSoInTheDialog(FxRobot robot) throws Exception {
        AtomicReference<Object> done = new AtomicReference<>();
        TeamServerDialog.StoppableWork<String> move = (location, user, password, progress, stopAsked) -> {
            progress.accept("Step 3 of 56: Copying client");
            while (!stopAsked.getAsBoolean()) {
                Thread.yield();
            }
            throw new java.util.concurrent.CancellationException("Publishing cancelled; the server's database was left empty.");
        };
        robot.interact(() -> dialog = TeamServerDialog.openStoppable(stage, "Move to a team server", "Copy this book.", "Move",
                FxTaskExecutor.daemonPool(), TestPreferences.fresh(), move, done::set));
        robot.clickOn("#team-server-location").write("postgresql://bookshop-pc/salon");
        robot.clickOn(actButton());
        waitUntil("the move to show its step", () -> dialog.message.getText().startsWith("Step 3 of 56"));

        robot.clickOn("#team-server-cancel");

        waitUntil("the dialog to say the move stopped", () -> dialog.message.getText().startsWith("Publishing cancelled"));
        assertThat(dialog.isShowing()).as("it stays open to say so").isTrue();
        assertThat(done.get()).isNull();
        robot.clickOn("#team-server-cancel");
        waitUntil("Cancel to close the dialog once nothing runs", () -> !dialog.isShowing());
    }

    private Button actButton() {
        return (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().stream()
                .filter(type -> type != ButtonType.CANCEL).findFirst().orElseThrow());
    }
}
