package app.rapport.ui.brief;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.brief.Brief;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
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
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Before a call: select the client, press F5, read what happened last time and what to talk about. */
@ExtendWith(ApplicationExtension.class)
class PrepareCallTest {
    @TempDir
    static Path folder;

    private RapportServices services;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, 40, 21, Progress.NONE);
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void f5ShowsThePriorTouchpointAndTheSuggestedConversation(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all 40 demo clients", () -> list.getItems().size() == 40);
        ClientSummary contacted = list.getItems().stream().filter(client -> client.lastTouchpointAt() != null).findFirst().orElseThrow();
        Brief expected = services.briefs().brief(contacted.id()).orElseThrow();

        robot.interact(() -> list.getSelectionModel().select(contacted));
        robot.press(KeyCode.F5).release(KeyCode.F5);

        waitUntil("F5 to show the brief with the suggested kind of conversation", () -> shownText(robot, "#brief-type") != null
                && shownText(robot, "#brief-type").equals(BriefView.typeLabel(expected.conversation().type())));
        assertThat(shownText(robot, "#brief-prior-summary")).isEqualTo(expected.priorTouchpoint().summary());
        assertThat(shownText(robot, "#brief-opener")).contains(expected.greetingName());
        assertThat(shownText(robot, "#brief-why-this-call")).isEqualTo("Why this call: " + expected.conversation().owner().text());
        // Rule codes are for the playbook's author: shown only when asked for.
        assertThat(robot.lookup(".brief-why").queryAll()).isEmpty();
        robot.clickOn("#brief-details");
        waitUntil("Details to show the rule behind each line", () -> !robot.lookup(".brief-why").queryAll().isEmpty());
        assertThat(robot.lookup(".brief-why").queryAll()).extracting(node -> ((Label) node).getText())
                .contains("rule: " + expected.conversation().owner().rule());
    }

    private static String shownText(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(Node::isVisible)
                .filter(node -> node.getScene() != null && node.getScene().getWindow().isShowing())
                .map(node -> ((Label) node).getText()).findFirst().orElse(null);
    }
}
