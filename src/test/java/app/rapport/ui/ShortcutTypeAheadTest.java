package app.rapport.ui;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
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

/**
 * Issue 20: keys typed right after a shortcut that opens a form land in the form's first field,
 * however fast they come (the form reads what it needs in the background before it shows), and
 * Esc on a list editor with typed text asks before throwing it away.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutTypeAheadTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.clients().save(ClientBuilder.named("Maria Okafor").build());
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() {
        hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void keysTypedRightAfterCtrlNAreTheNewClientsFirstName(FxRobot robot) {
        selectTheClient(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL).write("Zoe");
        waitUntil("the new client's first name to hold what was typed", () -> "Zoe".equals(text(robot, "#first-name")));
    }

    @Test
    void keysTypedRightAfterCtrlFOnTodayAreTheSearch(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil("Today to be in front", () -> robot.lookup("#today").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("Maria");
        waitUntil("the client search to hold what was typed", () -> "Maria".equals(text(robot, "#client-search")));
        assertThat(robot.lookup("#client-search").query().isFocused()).isTrue();
    }

    @Test
    void aNameTypedAfterCtrlFAndEnterOpensThatClientEvenBeforeTheSearchHasAnswered(FxRobot robot) {
        services.clients().save(ClientBuilder.named("Zofia Novak").build());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("Zofia").type(KeyCode.ENTER);
        waitUntil("Zofia's profile to open", () -> robot.lookup("#header-name").tryQuery()
                .map(node -> ((javafx.scene.control.Label) node).getText()).filter("Zofia Novak"::equals).isPresent());
    }

    @Test
    void keysTypedRightAfterCtrlShiftFAreWhatTheFollowUpIsAbout(FxRobot robot) {
        selectTheClient(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL).write("Send prices");
        waitUntil("the follow-up's reason to hold what was typed", () -> "Send prices".equals(text(robot, "#follow-up-reason")));
    }

    @Test
    void keysTypedRightAfterCtrlShiftRAreTheRefusalsSummary(FxRobot robot) {
        selectTheClient(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL).write("Too dear");
        waitUntil("the refusal's summary to hold what was typed", () -> "Too dear".equals(text(robot, "#opportunity-summary")));
    }

    @Test
    void escOnTheTemplatesEditorAsksOnlyWhenSomethingWasTyped(FxRobot robot) {
        robot.interact(() -> MainWindowAccess.menuItem(stage.getScene(), "templates-menu").fire());
        waitUntil("the templates editor to open", () -> robot.lookup("#template-name").tryQuery().isPresent());
        robot.clickOn("#template-name").write("Spring offer");
        robot.type(KeyCode.ESCAPE);
        waitUntil("Esc to ask before throwing the template away", () -> robot.lookup("#discard-keep-editing").tryQuery().isPresent());
        robot.clickOn("#discard-keep-editing");
        waitUntil("the question to close, the text kept", () -> robot.lookup("#discard-question").tryQuery().isEmpty());
        assertThat(text(robot, "#template-name")).isEqualTo("Spring offer");

        robot.interact(() -> ((TextInputControl) robot.lookup("#template-name").query()).clear());
        robot.clickOn("#template-name").type(KeyCode.ESCAPE);
        waitUntil("the editor to close at once when nothing is left typed", () -> robot.lookup("#template-name").tryQuery().isEmpty());
        assertThat(robot.lookup("#discard-question").tryQuery()).isEmpty();
    }

    private static void selectTheClient(FxRobot robot) {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show the client", () -> list.getItems().size() == 1);
        robot.clickOn("Maria Okafor");
        waitUntil("the client to be selected", () -> list.getSelectionModel().getSelectedItem() != null);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((TextInputControl) node).getText()).orElse(null);
    }
}
