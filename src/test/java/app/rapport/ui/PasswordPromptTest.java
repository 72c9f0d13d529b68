package app.rapport.ui;

import app.rapport.service.RapportServices;
import app.rapport.store.Passphrase;
import app.rapport.store.StoreLocation;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import java.util.concurrent.atomic.AtomicReference;

import static app.rapport.ui.FxTestSupport.newStoreLocation;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PasswordPromptTest {
    @TempDir
    static Path folder;

    private final AtomicReference<RapportServices> opened = new AtomicReference<>();
    private RapportServices.Opener opener;

    @Start
    void start(Stage stage) {
        StoreLocation location = newStoreLocation(folder);
        RapportServices.open(location.withPassphrase(Passphrase.of("violet hour at the pier".toCharArray()))).close();
        opener = RapportServices.opener(location);
        TaskExecutor background = FxTaskExecutor.daemonPool();
        PasswordPrompt[] prompt = new PasswordPrompt[1];
        prompt[0] = new PasswordPrompt(opener.storeName(), password -> background.run(() -> opener.open(password), opened::set,
                failure -> prompt[0].failed(Messages.of(failure))));
        stage.setScene(new Scene(new StackPane(prompt[0]), 700, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndTheRightOneOpensTheStore(FxRobot robot) throws Exception {
        assertThat(opener.needsPassword()).isTrue();
        robot.clickOn("#store-password").write("violet hour at the beach").clickOn("#open-store");
        Label problem = robot.lookup("#password-problem").queryAs(Label.class);
        waitUntil("the prompt to say the password is wrong", problem::isVisible);
        assertThat(problem.getText()).contains("password").contains("is not right").contains("Nothing was opened or changed");
        assertThat(opened.get()).isNull();

        robot.clickOn("#store-password").write("violet hour at the pier").clickOn("#open-store");
        waitUntil("the right password to open the store", () -> opened.get() != null);
        assertThat(opened.get().isEncrypted()).isTrue();
    }
}
