package app.rapport.ui.messages;

import app.rapport.domain.ClientSummary;
import app.rapport.demo.DemoBusiness;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.styledScene;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The templates dialog shows its view model: the first template with its preview, and a refused save under its field. */
@ExtendWith(ApplicationExtension.class)
class TemplatesDialogTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Stage stage;
    private final List<String> reported = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SHOP, 12, 5, Progress.NONE);
        stage.setScene(styledScene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFirstTemplateIsPreviewedAndANamelessOneIsRefusedUnderItsName(FxRobot robot) {
        ClientSummary client = services.clients().firstPage(1).clients().get(0);
        MessageTemplate first = services.messages().templates().get(0);
        robot.interact(() -> TemplatesDialog.open(stage, services.messages(), FxTaskExecutor.daemonPool(),
                List.of(TemplatesViewModel.forClient(client)), reported::add));

        waitUntil("the templates dialog is open", () -> robot.lookup("#template-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#template-list").queryAs(ListView.class);
        TextField name = robot.lookup("#template-name").queryAs(TextField.class);
        TextArea preview = robot.lookup("#template-preview-body").queryAs(TextArea.class);
        waitUntil("the first template is selected and shown in the form",
                () -> list.getSelectionModel().getSelectedItem() != null && name.getText().equals(first.name()));
        waitUntil("the preview shows the first template", () -> !preview.getText().isBlank());
        assertThat(robot.lookup("#template-recipients").queryAs(ListView.class).getItems()).hasSize(1);

        robot.interact(() -> name.setText(""));
        robot.clickOn("#template-save");

        Label problem = robot.lookup("#template-name-problem").queryAs(Label.class);
        waitUntil("the name field says what is wrong", problem::isVisible);
        assertThat(problem.getText()).isEqualTo("Give the template a name.");
        assertThat(robot.lookup("#template-message").queryAs(Label.class).getText()).isEqualTo("Not saved: 1 problem.");
        assertThat(services.messages().find(first.id()).orElseThrow().name()).isEqualTo(first.name());
    }
}
