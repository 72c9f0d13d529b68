package app.rapport.ui.opportunities;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A refusal is as valuable as a sale: captured in seconds, kept on the client, closed from the list. */
@ExtendWith(ApplicationExtension.class)
class OpportunitiesTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, 20, 5, Progress.NONE);
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void aRefusalCapturedWithTheKeyboardIsKeptOnTheClient(FxRobot robot) throws Exception {
        ClientSummary client = selectClient(robot, 0);
        int before = services.opportunities().forClient(client.id()).size();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        TextField summary = focusedSummary(robot);
        robot.write("The extended warranty");
        robot.type(KeyCode.TAB);            // the reasons
        robot.type(KeyCode.DIGIT1);         // price
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil("the refusal to be saved on the client", () -> services.opportunities().forClient(client.id()).size() == before + 1);
        Opportunity saved = services.opportunities().forClient(client.id()).stream()
                .filter(o -> o.summary().equals("The extended warranty")).findFirst().orElseThrow();
        assertThat(saved.kind()).isEqualTo(OpportunityKind.REFUSAL);
        assertThat(saved.reasonCode()).isEqualTo("PRICE");
        assertThat(saved.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(saved.openedOn()).isEqualTo(LocalDate.now());
        waitUntil("the refusal form to close", () -> summary.getScene() == null || !summary.getScene().getWindow().isShowing());

        showOpportunitiesTab(robot);
        TableView<OpportunitiesView.Row> table = table(robot);
        waitUntil("the Opportunities tab to list the refusal", () -> table.getItems().stream().anyMatch(row -> row.opportunity().id().equals(saved.id())));
        OpportunitiesView.Row row = table.getItems().stream().filter(r -> r.opportunity().id().equals(saved.id())).findFirst().orElseThrow();
        assertThat(row.reason()).isEqualTo("Price");
    }

    @Test
    void otherWithoutWordsIsRefusedBesideTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        ClientSummary client = selectClient(robot, 1);
        int before = services.opportunities().forClient(client.id()).size();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        focusedSummary(robot);
        robot.write("A second dryer");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT6);         // other
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil("the form to ask for the reason in words", () -> shown(robot, "#opportunity-reason-text-problem").map(Node::isVisible).orElse(false));
        assertThat(((Label) shown(robot, "#opportunity-reason-text-problem").orElseThrow()).getText())
                .isEqualTo("Say in a few words why they said no.");
        assertThat(services.opportunities().forClient(client.id())).hasSize(before);
        TextField words = (TextField) shown(robot, "#opportunity-reason-text").orElseThrow();
        waitUntil("the cursor to move to the reason in words", words::isFocused);
        assertThat(((TextField) shown(robot, "#opportunity-summary").orElseThrow()).getText()).isEqualTo("A second dryer");

        robot.write("Their old one still works");
        robot.type(KeyCode.ENTER);

        waitUntil("the refusal to be saved on the client", () -> services.opportunities().forClient(client.id()).size() == before + 1);
        assertThat(services.opportunities().forClient(client.id())).anySatisfy(o -> {
            assertThat(o.reasonCode()).isEqualTo("OTHER");
            assertThat(o.reasonText()).isEqualTo("Their old one still works");
        });
    }

    @Test
    void aReasonTypedUnderOtherJoinsTheListAndIsChosen(FxRobot robot) throws Exception {
        ClientSummary client = selectClient(robot, 4);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        focusedSummary(robot);
        robot.write("A standing appointment");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT6);         // other
        robot.type(KeyCode.TAB);            // in their words
        robot.write("Moving house");

        robot.clickOn("#opportunity-add-reason");

        waitUntil("'Moving house' to join the refusal reasons", () -> services.opportunities().refusalReasons().stream().anyMatch(r -> r.label().equals("Moving house")));
        String code = services.opportunities().refusalReasons().stream().filter(r -> r.label().equals("Moving house"))
                .findFirst().orElseThrow().code();
        waitUntil("the new reason to be chosen in the form", () -> shown(robot, "#opportunity-reason-" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .map(node -> ((javafx.scene.control.ToggleButton) node).isSelected()).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil("the refusal to be saved with the new reason", () -> services.opportunities().forClient(client.id()).stream()
                .anyMatch(o -> o.summary().equals("A standing appointment") && code.equals(o.reasonCode())));
    }

    @Test
    void markingOneWonChangesItInTheStoreAndUndoPutsItBack(FxRobot robot) throws Exception {
        ClientSummary client = clients(robot).get(2);
        Opportunity idea = services.opportunities().save(new Opportunity(null, client.id(), OpportunityKind.UPSELL, null, null,
                null, null, "Matching conditioner", null, null));
        selectClient(robot, 2);
        showOpportunitiesTab(robot);
        TableView<OpportunitiesView.Row> table = table(robot);
        waitUntil("the Opportunities tab to list the upsell idea", () -> table.getItems().stream().anyMatch(row -> row.opportunity().id().equals(idea.id())));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(row -> row.opportunity().id().equals(idea.id())).findFirst().orElseThrow()));

        robot.clickOn("#opportunity-won");

        waitUntil("the idea to be stored as won", () -> status(client, idea) == OpportunityStatus.WON);
        Opportunity won = find(client, idea);
        assertThat(won.closedOn()).isEqualTo(LocalDate.now());
        waitUntil("the table to show the idea as won", () -> table.getItems().stream().anyMatch(row -> row.opportunity().id().equals(idea.id())
                && row.opportunity().status() == OpportunityStatus.WON));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil("Undo to store the idea as open again", () -> status(client, idea) == OpportunityStatus.OPEN);
        assertThat(find(client, idea).closedOn()).isNull();
    }

    @Test
    void whileLoggingATouchpointARefusalIsCapturedAndTheTouchpointKeepsWhatWasTyped(FxRobot robot) throws Exception {
        ClientSummary client = selectClient(robot, 3);
        int before = services.opportunities().forClient(client.id()).size();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("the log-touchpoint form to open with the cursor in its summary", () -> shown(robot, "#log-summary").map(Node::isFocused).orElse(false));
        robot.targetWindow(shown(robot, "#log-summary").orElseThrow().getScene().getWindow());
        robot.write("Talked about the summer offers");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        focusedSummary(robot);
        robot.write("The summer package");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DIGIT2);         // not the right time
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitUntil("the refusal to be saved on the client", () -> services.opportunities().forClient(client.id()).size() == before + 1);
        assertThat(services.opportunities().forClient(client.id())).anySatisfy(o -> {
            assertThat(o.summary()).isEqualTo("The summer package");
            assertThat(o.reasonCode()).isEqualTo("TIMING");
        });
        waitUntil("the log-touchpoint form to say the refusal was saved", () -> ((Label) shown(robot, "#log-opportunity-note").orElseThrow()).getText().startsWith("Refusal saved"));
        assertThat(((TextArea) shown(robot, "#log-summary").orElseThrow()).getText()).isEqualTo("Talked about the summer offers");
    }

    private OpportunityStatus status(ClientSummary client, Opportunity opportunity) {
        return find(client, opportunity).status();
    }

    private Opportunity find(ClientSummary client, Opportunity opportunity) {
        return services.opportunities().forClient(client.id()).stream()
                .filter(o -> o.id().equals(opportunity.id())).findFirst().orElseThrow();
    }

    private static List<ClientSummary> clients(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all 20 demo clients", () -> list.getItems().size() == 20);
        return List.copyOf(list.getItems());
    }

    private static ClientSummary selectClient(FxRobot robot, int index) throws Exception {
        ClientSummary client = clients(robot).get(index);
        ListView<ClientSummary> list = clientList(robot);
        robot.interact(() -> list.getSelectionModel().select(client));
        waitUntil("the chosen client's profile to open", () -> robot.lookup("#header-name").queryAs(Label.class).getText().equals(client.displayName()));
        return client;
    }

    private static TextField focusedSummary(FxRobot robot) throws Exception {
        waitUntil("the refusal form to open with the cursor in its summary", () -> shown(robot, "#opportunity-summary").map(Node::isFocused).orElse(false));
        TextField summary = (TextField) shown(robot, "#opportunity-summary").orElseThrow();
        // Keys go to the dialog, as they would for a person looking at it.
        robot.targetWindow(summary.getScene().getWindow());
        return summary;
    }

    private static void showOpportunitiesTab(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .filter(pane -> pane.getTabs().stream().anyMatch(tab -> "Opportunities".equals(tab.getText())))
                .findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "Opportunities".equals(tab.getText())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<OpportunitiesView.Row> table(FxRobot robot) {
        return (TableView<OpportunitiesView.Row>) robot.lookup("#opportunities-table").query();
    }

    private static Optional<Node> shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(node -> node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing())
                .findFirst();
    }
}
