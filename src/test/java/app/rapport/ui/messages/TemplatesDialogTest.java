package app.rapport.ui.messages;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.demo.DemoBusiness;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

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
        services = RapportServices.open(StoreLocation.of(folder.resolve(UUID.randomUUID().toString()).toString()));
        services.demoData().load(DemoBusiness.SHOP, 12, 5, Progress.NONE);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFirstTemplateIsPreviewedAndANamelessOneIsRefusedUnderItsName(FxRobot robot) throws Exception {
        ClientSummary client = services.clients().firstPage(1).clients().get(0);
        MessageTemplate first = services.messages().templates().get(0);
        robot.interact(() -> TemplatesDialog.open(stage, services.messages(), FxTaskExecutor.daemonPool(),
                List.of(TemplatesViewModel.forClient(client)), reported::add));

        waitUntil(() -> robot.lookup("#template-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#template-list").queryAs(ListView.class);
        TextField name = robot.lookup("#template-name").queryAs(TextField.class);
        TextArea preview = robot.lookup("#template-preview-body").queryAs(TextArea.class);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null && name.getText().equals(first.name()));
        waitUntil(() -> !preview.getText().isBlank());
        assertThat(robot.lookup("#template-recipients").queryAs(ListView.class).getItems()).hasSize(1);

        robot.interact(() -> name.setText(""));
        robot.clickOn("#template-save");

        Label problem = robot.lookup("#template-name-problem").queryAs(Label.class);
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).isEqualTo("Give the template a name.");
        assertThat(robot.lookup("#template-message").queryAs(Label.class).getText()).isEqualTo("Not saved: 1 problem.");
        assertThat(services.messages().find(first.id()).orElseThrow().name()).isEqualTo(first.name());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
