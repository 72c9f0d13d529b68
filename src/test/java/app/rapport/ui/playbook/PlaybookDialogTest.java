package app.rapport.ui.playbook;

import java.util.List;
import app.rapport.domain.brief.RuleRole;
import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The owner opens the playbook, switches a rule off and rewords another. */
@ExtendWith(ApplicationExtension.class)
class PlaybookDialogTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Scene scene;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, 20, 7, Progress.NONE);
        scene = MainWindowAccess.scene(services, FxTaskExecutor.daemonPool());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void untickingARuleSwitchesItOffAndAnEditedTitleIsSaved(FxRobot robot) throws Exception {
        robot.interact(() -> MainWindowAccess.menuItem(scene, "playbook-menu").fire());
        waitUntil("the playbook window to open", () -> robot.lookup("#playbook-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#playbook-table").queryAs(TableView.class);
        waitUntil("the playbook table to list every rule", () -> table.getItems().size() == services.playbook().list().size());
        PlaybookEntry first = services.playbook().list().get(0);
        assertThat(first.enabled()).isTrue();

        CheckBoxTableCell<?, ?> tick = robot.lookup(".check-box-table-cell").queryAll().stream()
                .map(node -> (CheckBoxTableCell<?, ?>) node).filter(cell -> cell.getIndex() == 0).findFirst().orElseThrow();
        robot.clickOn(tick.getGraphic());
        waitUntil("the unticked rule to be stored as off", () -> !services.playbook().find(first.code()).orElseThrow().enabled());
        assertThat(robot.lookup("#playbook-message").queryAs(Label.class).getText()).isEqualTo(first.code() + " is off.");

        robot.interact(() -> table.getSelectionModel().select(1));
        PlaybookEntry second = services.playbook().list().get(1);
        TextField title = robot.lookup("#playbook-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo(second.title());
        robot.interact(() -> title.setText("Reworded by the owner"));
        robot.clickOn("#playbook-save");
        waitUntil("the reworded title to be saved", () -> services.playbook().find(second.code()).orElseThrow().title().equals("Reworded by the owner"));
        assertThat(services.playbook().find(second.code()).orElseThrow().builtIn()).isTrue();

        TextArea conditions = robot.lookup("#playbook-conditions").queryAs(TextArea.class);
        robot.interact(() -> conditions.setText("{\"phase\": "));
        robot.clickOn("#playbook-save");
        Label problem = robot.lookup("#playbook-conditions-problem").queryAs(Label.class);
        waitUntil("the form to say the conditions are not a JSON object", problem::isVisible);
        assertThat(problem.getText()).startsWith("Not a JSON object");
        assertThat(services.playbook().find(second.code()).orElseThrow().conditions()).isEqualTo(second.conditions());
    }

    @Test
    void aSituationMovesUpTheOrderAndTheOwnerChoosesTheFieldsEveryBriefShows(FxRobot robot) throws Exception {
        robot.interact(() -> MainWindowAccess.menuItem(scene, "playbook-menu").fire());
        waitUntil("the playbook window to open", () -> robot.lookup("#playbook-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#playbook-table").queryAs(TableView.class);
        waitUntil("the playbook table to list every rule", () -> table.getItems().size() == services.playbook().list().size());
        List<PlaybookEntry> situations = services.playbook().list().stream().filter(rule -> rule.role() == RuleRole.SITUATION).toList();
        PlaybookEntry second = situations.get(1);
        int row = services.playbook().list().indexOf(second);

        // Situations are the most urgent rules, so they head the table: the row is on screen.
        javafx.scene.Node cell = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(node -> ((javafx.scene.control.TableRow<?>) node).getIndex() == row).findFirst().orElseThrow();
        robot.clickOn(cell);
        waitUntil("the clicked situation to be selected", () -> table.getSelectionModel().getSelectedIndex() == row);
        assertThat(robot.lookup("#playbook-role").queryAs(javafx.scene.control.ChoiceBox.class).getValue()).isEqualTo(RuleRole.SITUATION);
        assertThat(robot.lookup("#playbook-because").queryAs(TextField.class).getText()).isEqualTo(second.because());
        robot.interact(() -> robot.lookup("#playbook-move-up").queryButton().fire());
        waitUntil("the window to say the situation moved to first place", () -> robot.lookup("#playbook-message").queryAs(Label.class).getText().contains("situation 1 of"));
        waitUntil("the moved situation to be stored first", () -> services.playbook().list().stream().filter(rule -> rule.role() == RuleRole.SITUATION).findFirst()
                .orElseThrow().code().equals(second.code()));

        TextField fields = robot.lookup("#playbook-shown-fields").queryAs(TextField.class);
        robot.interact(() -> fields.setText("Allergies, , Loyalty card, Allergies"));
        robot.interact(() -> robot.lookup("#playbook-save-shown-fields").queryButton().fire());
        waitUntil("the chosen fields to be saved without blanks and repeats", () -> services.playbook().fieldsShownInBrief().equals(List.of("Allergies", "Loyalty card")));
        waitUntil("the field to show the fields as saved", () -> fields.getText().equals("Allergies, Loyalty card"));
    }
}
