package app.rapport.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The welcome screen offers importing contacts beside starting empty and the demo, and each button does its own thing. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {
    private final List<String> chosen = new ArrayList<>();
    private WelcomeView welcome;

    @Start
    void start(Stage stage) {
        welcome = new WelcomeView(() -> chosen.add("empty"), () -> chosen.add("import"), () -> chosen.add("demo"), () -> chosen.add("cancel"));
        stage.setScene(new Scene(welcome, 900, 600));
        stage.show();
    }

    @Test
    void importContactsSitsBetweenStartEmptyAndTheDemoAndOpensTheImport(FxRobot robot) {
        Button importButton = robot.lookup("#welcome-import").queryButton();
        assertThat(importButton.getText()).isEqualTo("Import contacts\u2026");
        assertThat(((HBox) importButton.getParent()).getChildren()).extracting(node -> node.getId())
                .containsExactly("start-empty", "welcome-import", "load-demo");

        robot.clickOn("#welcome-import");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chosen).containsExactly("import");
    }

    @Test
    void whileTheDemoLoadsImportIsOffNoLonger(FxRobot robot) {
        robot.interact(() -> welcome.showProgress(0.2, "Writing demo clients\u2026"));
        assertThat(robot.lookup("#welcome-import").queryButton().isDisabled()).isTrue();
        robot.interact(() -> welcome.showReady(""));
        assertThat(robot.lookup("#welcome-import").queryButton().isDisabled()).isFalse();
    }
}
