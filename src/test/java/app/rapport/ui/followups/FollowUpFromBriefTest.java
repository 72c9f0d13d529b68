package app.rapport.ui.followups;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.FollowUp;
import app.rapport.domain.brief.Brief;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** After reading the brief: one click turns its suggested next step into a dated follow-up. */
@ExtendWith(ApplicationExtension.class)
class FollowUpFromBriefTest {
    @TempDir
    static Path folder;

    private RapportServices services;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, 20, 5, Progress.NONE);
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theBriefsNextStepBecomesAFollowUpAWeekAhead(FxRobot robot) throws Exception {
        waitUntil("the client list to appear", () -> robot.lookup("#client-list").tryQuery().isPresent());
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all 20 demo clients", () -> list.getItems().size() == 20);
        ClientSummary client = list.getItems().get(0);
        Brief brief = services.briefs().brief(client.id()).orElseThrow();
        String nextStep = brief.conversation().nextStep().text();
        int before = services.followUps().forClient(client.id()).size();

        robot.interact(() -> list.getSelectionModel().select(client));
        waitUntil("the brief to offer a follow-up", () -> shown(robot, "#brief-follow-up").isPresent());
        robot.interact(() -> ((Button) shown(robot, "#brief-follow-up").orElseThrow()).fire());
        waitUntil("the follow-up form to open", () -> shown(robot, "#follow-up-reason").isPresent());
        assertThat(((TextArea) shown(robot, "#follow-up-reason").orElseThrow()).getText()).isEqualTo(nextStep);

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil("the follow-up to be saved", () -> services.followUps().forClient(client.id()).size() == before + 1);
        List<FollowUp> followUps = services.followUps().forClient(client.id());
        assertThat(followUps).anySatisfy(followUp -> {
            assertThat(followUp.reason()).isEqualTo(nextStep);
            assertThat(followUp.dueOn()).isEqualTo(LocalDate.now().plusDays(FollowUpDialog.DEFAULT_DAYS_AHEAD));
        });
        waitUntil("the follow-up form to close", () -> shown(robot, "#follow-up-reason").isEmpty());
    }

    @Test
    void aFollowUpWithoutAReasonIsRefusedWithAMessageAndNothingIsSaved(FxRobot robot) throws Exception {
        waitUntil("the client list to appear", () -> robot.lookup("#client-list").tryQuery().isPresent());
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all 20 demo clients", () -> list.getItems().size() == 20);
        ClientSummary client = list.getItems().get(1);
        int before = services.followUps().forClient(client.id()).size();
        robot.interact(() -> list.getSelectionModel().select(client));
        waitUntil("the brief to offer a follow-up", () -> shown(robot, "#brief-follow-up").isPresent());
        robot.interact(() -> ((Button) shown(robot, "#brief-follow-up").orElseThrow()).fire());
        waitUntil("the follow-up form to open", () -> shown(robot, "#follow-up-reason").isPresent());
        robot.interact(() -> ((TextArea) shown(robot, "#follow-up-reason").orElseThrow()).setText("  "));

        robot.interact(() -> ((Button) shown(robot, "#follow-up-save").orElseThrow()).fire());

        waitUntil("the form to say a reason is needed", () -> !((Label) shown(robot, "#follow-up-problem").orElseThrow()).getText().isEmpty());
        assertThat(((Label) shown(robot, "#follow-up-problem").orElseThrow()).getText()).contains("Say what to follow up on");
        assertThat(services.followUps().forClient(client.id())).hasSize(before);
    }

    private static Optional<Node> shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing())
                .findFirst();
    }
}
