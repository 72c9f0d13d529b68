package app.rapport.ui;

import app.rapport.domain.Address;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
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

import static app.rapport.ui.FxTestSupport.clickOnFx;
import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.queryOnFx;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Adding, editing and deleting clients in the window, as a receptionist would. */
@ExtendWith(ApplicationExtension.class)
class ClientEditingTest {
    private static final int DEMO_CLIENTS = 60;

    @TempDir
    static Path folder;

    private RapportServices services;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, DEMO_CLIENTS, 11, Progress.NONE);
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewClientWithTwoPhonesIsSavedAndSelected(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = list(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil("the new-client form to open", () -> robot.lookup("#first-name").tryQuery().isPresent());
        robot.clickOn("#first-name").write("Imogen");
        robot.clickOn("#last-name").write("Quartermaine");
        robot.clickOn("#phone-0").write("07700 900555");
        robot.clickOn("#add-phone");
        robot.clickOn("#phone-1").write("0117 496 0000");
        robot.clickOn("#save-client");

        waitUntil("the client list to show the new client", () -> list.getItems().size() == DEMO_CLIENTS + 1);
        waitUntil("the saved client to be selected in the list", () -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().displayName().equals("Imogen Quartermaine"));
        Client saved = services.clients().profile(list.getSelectionModel().getSelectedItem().id()).orElseThrow().client();
        assertThat(saved.phones()).extracting(phone -> phone.value()).containsExactly("07700 900555", "0117 496 0000");
        assertThat(services.clients().search("4960000", 10).clients()).extracting(ClientSummary::displayName)
                .containsExactly("Imogen Quartermaine");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Client added: Imogen Quartermaine");
    }

    @Test
    void aBadEmailKeepsTheFormOpenWithAMessageAndSavesNothing(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = list(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil("the new-client form to open", () -> robot.lookup("#first-name").tryQuery().isPresent());
        robot.clickOn("#first-name").write("Theo");
        robot.clickOn("#email-0").write("theo@");
        robot.clickOn("#save-client");

        waitUntil("the form to say what is wrong with the email", () -> robot.lookup("#problem-emails").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#problem-emails").queryAs(Label.class).getText()).contains("theo@");
        assertThat(robot.lookup("#first-name").tryQuery()).isPresent();
        assertThat(services.clients().count()).isEqualTo(DEMO_CLIENTS);
    }

    @Test
    void aFieldsMessageShowsWhenLeftAndGoesAsSoonAsItIsFixed(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = list(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil("the new-client form to open", () -> robot.lookup("#first-name").tryQuery().isPresent());
        robot.clickOn("#first-name").write("Theo");
        robot.clickOn("#email-0").write("theo@");
        Label emailProblem = robot.lookup("#problem-emails").queryAs(Label.class);
        assertThat(emailProblem.isVisible()).as("no message while still typing the email").isFalse();

        robot.clickOn("#last-name");

        waitUntil("leaving the email to say what is wrong with it", emailProblem::isVisible);
        assertThat(emailProblem.getText()).contains("theo@");
        assertThat(robot.lookup("#problem-displayName").queryAs(Label.class).isVisible()).as("fields not visited stay quiet").isFalse();
        assertThat(robot.lookup("#form-problems").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#email-0").write("example.com");

        waitUntil("the message to go as soon as the email is right", () -> !emailProblem.isVisible());
        assertThat(services.clients().count()).isEqualTo(DEMO_CLIENTS);
    }

    @Test
    void editingANameUpdatesTheList(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = list(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);
        robot.clickOn("#client-search").type(KeyCode.DOWN);
        ClientSummary first = list.getItems().get(0);
        waitUntil("the first client's profile to open", () -> robot.lookup("#profile-greeting").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil("the edit form to open", () -> robot.lookup("#display-name").tryQuery().isPresent());
        robot.doubleClickOn("#display-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Zebedee Renamed");
        robot.clickOn("#save-client");

        waitUntil("the client list to show the new name", () -> list.getItems().stream().anyMatch(client -> client.displayName().equals("Zebedee Renamed")));
        assertThat(list.getItems()).extracting(ClientSummary::id).contains(first.id());
        assertThat(list.getItems()).noneMatch(client -> client.id().equals(first.id()) && client.displayName().equals(first.displayName()));
        waitUntil("the saved client to be selected in the list", () -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().id().equals(first.id()));
    }

    @Test
    void theNoToMailingsIsShownOnTheProfileFormAndChangedThere(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = list(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);
        robot.clickOn("#client-search").type(KeyCode.DOWN);
        ClientSummary first = list.getItems().get(0);
        services.mailings().setNoMailings(first.id(), true);
        waitUntil("the first client's profile to open", () -> robot.lookup("#profile-greeting").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil("the edit form to open", () -> robot.lookup("#no-mailings").tryQuery().isPresent());
        CheckBox noMailings = robot.lookup("#no-mailings").queryAs(CheckBox.class);
        waitUntil("the form to show that they said no to mailings", () -> noMailings.isSelected() && !noMailings.isDisabled());

        // The box sits low in a scrolling form: reached as a keyboard user reaches it, then ticked off with Space.
        robot.interact(noMailings::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(noMailings.isSelected()).isFalse();
        robot.clickOn("#save-client");

        waitUntil("the form to close once saved", () -> robot.lookup("#no-mailings").tryQuery().isEmpty());
        assertThat(services.clients().refusesMailings(first.id())).as("they may be sent mailings again").isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil("the edit form to open again", () -> robot.lookup("#no-mailings").tryQuery().isPresent());
        CheckBox again = robot.lookup("#no-mailings").queryAs(CheckBox.class);
        waitUntil("the form to read the flag", () -> !again.isDisabled());
        assertThat(again.isSelected()).isFalse();
        robot.interact(again::requestFocus);
        robot.type(KeyCode.SPACE);
        robot.clickOn("#save-client");

        waitUntil("the no to mailings to be saved", () -> services.clients().refusesMailings(first.id()));
    }

    @Test
    void aDeletedClientComesBackWithUndo(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = list(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);
        robot.clickOn("#client-search").type(KeyCode.DOWN);
        ClientSummary first = list.getItems().get(0);
        waitUntil("the first client's profile to offer Delete", () -> robot.lookup("#delete-client").tryQuery().isPresent());

        robot.clickOn("#delete-client");

        waitUntil("the deleted client to leave the list", () -> list.getItems().size() == DEMO_CLIENTS - 1);
        assertThat(list.getItems()).extracting(ClientSummary::id).doesNotContain(first.id());
        assertThat(services.clients().trash()).extracting(ClientSummary::id).containsExactly(first.id());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil("Undo to bring the deleted client back to the list", () -> list.getItems().size() == DEMO_CLIENTS);
        assertThat(list.getItems()).extracting(ClientSummary::id).contains(first.id());
        assertThat(services.clients().trash()).isEmpty();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Undone: Deleted " + first.displayName());
    }

    @Test
    void savingOverAnotherDesksNewerEditOpensTheConflictDialogAndSavesTheChoicesMade(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = list(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);
        robot.clickOn("#client-search").type(KeyCode.DOWN);
        ClientSummary first = list.getItems().get(0);
        waitUntil("the first client's profile to open", () -> robot.lookup("#profile-greeting").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil("the edit form to open", () -> robot.lookup("#city").tryQuery().isPresent());
        robot.doubleClickOn("#city").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Fremantle");

        // Meanwhile Ana, at another desk, saves the same client.
        Client read = services.clients().profile(first.id()).orElseThrow().client();
        String thisDesk = services.workingAs();
        services.workAs("Ana");
        services.clients().save(ClientBuilder.from(read).address(new Address(read.address().street(), read.address().postalCode(),
                "Subiaco", read.address().region(), read.address().country())).source("Instagram").addressAs("Mr T").build());
        services.workAs(thisDesk);
        // Ana's save makes the window read the profile again behind the form: from here on, lookups run on the FX thread.
        clickOnFx(robot, "#save-client");

        waitUntil("the conflict dialog to open", () -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        DialogPane conflict = queryOnFx(robot, "#conflict-dialog");
        assertThat(conflict.getHeaderText()).startsWith("Ana changed " + first.displayName() + " at ");
        RadioButton keepMyCity = queryOnFx(robot, "#address-mine");
        assertThat(keepMyCity.getText()).contains("Fremantle");
        assertThat(FxTestSupport.<RadioButton>queryOnFx(robot, "#address-theirs").getText()).contains("Subiaco");
        assertThat(keepMyCity.isSelected()).as("a field changed at this desk starts on mine").isTrue();
        assertThat(FxTestSupport.<RadioButton>queryOnFx(robot, "#addressAs-theirs").isSelected())
                .as("a field only Ana changed starts on theirs").isTrue();
        clickOnFx(robot, "#addressAs-mine");
        clickOnFx(robot, "#save-conflict-choices");

        waitUntil("the merged profile to be saved", () -> "Fremantle".equals(services.clients().profile(first.id()).orElseThrow().client().address().city()));
        Client saved = services.clients().profile(first.id()).orElseThrow().client();
        assertThat(saved.source()).isEqualTo("Instagram");
        assertThat(saved.addressAs()).as("chosen: mine").isEqualTo(read.addressAs());
        assertThat(saved.version()).isEqualTo(read.version() + 2);
    }

    private static ListView<ClientSummary> list(FxRobot robot) throws Exception {
        return clientList(robot);
    }
}
