package app.rapport.ui.playbook;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.ClientSummary;
import app.rapport.service.PlaybookService;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner writes a rule in the form, not in JSON: conditions picked from a list, talking points
 * with the client's facts offered after "{", the JSON tab and the form showing the same rule, and
 * the preview saying what the rule does to a chosen client's brief before anything is saved.
 */
@ExtendWith(ApplicationExtension.class)
class PlaybookFormTest {
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
    void aRuleWrittenInTheFormIsTheRuleInTheJsonTab(FxRobot robot) {
        openPlaybook(robot);
        robot.interact(() -> robot.lookup("#playbook-new").queryButton().fire());
        TextArea conditions = robot.lookup("#playbook-conditions").queryAs(TextArea.class);
        TextArea suggestion = robot.lookup("#playbook-suggestion").queryAs(TextArea.class);

        @SuppressWarnings("unchecked")
        ComboBox<String> addCondition = robot.lookup("#rule-form-add-condition").queryAs(ComboBox.class);
        robot.interact(() -> addCondition.setValue("openComplaint"));
        assertThat(PlaybookService.readRulePart(conditions.getText())).isEqualTo(Map.of("openComplaint", true));
        assertThat(addCondition.getItems()).doesNotContain("openComplaint");

        robot.interact(() -> robot.lookup("#rule-form-add-talking-point").queryButton().fire());
        TextField point = robot.lookup("#rule-form-talking-point").queryAs(TextField.class);
        List<String> facts = app.rapport.domain.brief.BriefEngine.vocabulary().placeholders().stream().sorted().toList();
        assertThat(RuleForm.completions("Ask {GREE", facts)).containsExactly("Ask {greeting}");
        assertThat(RuleForm.completions("Ask {lastP", facts)).contains("Ask {lastPurchase}", "Ask {lastPurchaseDate}");
        assertThat(RuleForm.completions("Ask {greeting} now", facts)).isEmpty();
        robot.interact(() -> point.setText("Ask {greeting} how the colour has settled"));
        assertThat(PlaybookService.readRulePart(suggestion.getText()))
                .containsEntry("talkingPoints", List.of("Ask {greeting} how the colour has settled"));

        // The JSON tab writes what the form has no control for; the form shows the rest and keeps it.
        robot.interact(() -> suggestion.setText("{\"goal\": \"settle it\", \"talkingPoints\": [\"first\", {\"text\": \"second\", \"intent\": \"sell\"}],"
                + " \"welcome\": [\"care\"]}"));
        TextField goal = robot.lookup("#rule-form-goal").queryAs(TextField.class);
        assertThat(goal.getText()).isEqualTo("settle it");
        assertThat(robot.lookup("#rule-form-talking-point").queryAllAs(TextField.class)).extracting(TextField::getText)
                .containsExactly("first", "second");
        assertThat(robot.lookup("#rule-form-suggestion-notice").queryAs(Label.class).getText()).contains("welcome");
        robot.interact(() -> goal.setText("settle the complaint"));
        Map<String, Object> written = PlaybookService.readRulePart(suggestion.getText());
        assertThat(written).containsEntry("goal", "settle the complaint").containsEntry("welcome", List.of("care"))
                .containsEntry("talkingPoints", List.of("first", Map.of("text", "second", "intent", "sell")));

        // JSON that does not read leaves the form as it was and says so.
        robot.interact(() -> conditions.setText("{\"openComplaint\": "));
        assertThat(robot.lookup("#rule-form-conditions-notice").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#rule-form-condition-openComplaint").tryQuery()).isPresent();
    }

    @Test
    void thePreviewSaysWhatTheEditedRuleDoesToAClientsBrief(FxRobot robot) {
        openPlaybook(robot);
        robot.interact(() -> robot.lookup("#playbook-new").queryButton().fire());
        robot.interact(() -> {
            robot.lookup("#playbook-title").queryAs(TextField.class).setText("Every client, first");
            robot.lookup("#playbook-code").queryAs(TextField.class).setText("owner.first");
            robot.lookup("#playbook-priority").queryAs(TextField.class).setText("1000");
            robot.lookup("#playbook-role").queryAs(javafx.scene.control.ChoiceBox.class).setValue(app.rapport.domain.brief.RuleRole.SITUATION);
            robot.lookup("#playbook-conditions").queryAs(TextArea.class).setText("{\"doNotContact\": true}");
            robot.lookup("#playbook-suggestion").queryAs(TextArea.class).setText("{\"goal\": \"say hello from the preview\"}");
        });
        ClientSummary someone = services.clients().search("", 1).clients().get(0);
        TextField client = robot.lookup("#playbook-preview-client").queryAs(TextField.class);
        robot.clickOn(client).write(someone.displayName().substring(0, 4));
        waitForCompletions(robot);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        Label verdict = robot.lookup("#playbook-preview-verdict").queryAs(Label.class);
        waitUntil("the preview to say the rule's condition does not hold", () -> verdict.getText().contains("does not apply"));
        assertThat(verdict.getText()).contains("Asked not to be called");

        robot.clickOn(robot.lookup("#rule-form-condition-doNotContact .button").queryButton());
        TextArea conditions = robot.lookup("#playbook-conditions").queryAs(TextArea.class);
        waitUntil("the removed condition to leave the rule's conditions", () -> PlaybookService.readRulePart(conditions.getText()).isEmpty());
        waitUntil("the preview to show the rule owning the call", () -> verdict.getText().contains("owns the call"));
        assertThat(robot.lookup("#playbook-preview-brief").lookup((Node node) -> node instanceof Label label
                && label.getText() != null && label.getText().contains("say hello from the preview")).tryQuery()).isPresent();
        assertThat(services.playbook().find("owner.first")).isEmpty();
    }

    private void openPlaybook(FxRobot robot) {
        robot.interact(() -> MainWindowAccess.menuItem(scene, "playbook-menu").fire());
        waitUntil("the playbook window to open", () -> robot.lookup("#playbook-table").tryQuery().isPresent());
        waitUntil("the rules to be listed", () -> !robot.lookup("#playbook-table").queryTableView().getItems().isEmpty());
    }

    /** The list of completions ControlsFX shows in a popup window under the field being typed in. */
    private static ListView<?> waitForCompletions(FxRobot robot) {
        waitUntil("completions to be offered", () -> completions().isPresent());
        return completions().orElseThrow();
    }

    private static Optional<ListView<?>> completions() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window instanceof javafx.stage.PopupWindow && window.getScene() != null) {
                Optional<ListView<?>> list = window.getScene().getRoot().lookupAll(".list-view").stream()
                        .<ListView<?>>map(node -> (ListView<?>) node).filter(view -> !view.getItems().isEmpty()).findFirst();
                if (list.isPresent()) {
                    return list;
                }
            }
        }
        return Optional.empty();
    }
}
