package app.rapport.ui.people;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.TimelineEntry;
import app.rapport.service.RapportServices;
import app.rapport.ui.FxTestSupport;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.control.MenuItem;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The desk remembers who works at it, and what it writes from then on carries that person's name. */
@ExtendWith(ApplicationExtension.class)
class WorkingAsTest {
    @TempDir
    static Path folder;

    private final AtomicReference<String> remembered = new AtomicReference<>("bo");
    private RapportServices services;
    private Client anna;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.people().add("Ana");
        services.people().add("Bo");
        anna = services.clients().save(ClientBuilder.person("Anna", "Berg").build());
        WorkingAs workingAs = new WorkingAs(services.people(), FxTaskExecutor.daemonPool(), remembered::get, remembered::set,
                services::workAs, message -> { });
        stage.setScene(FxTestSupport.styledScene(new StackPane(workingAs), 400, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void theRememberedPersonWorksHereUntilAnotherIsChosen(FxRobot robot) {
        WorkingAs workingAs = robot.lookup("#working-as").queryAs(WorkingAs.class);
        waitUntil("the desk to work as the remembered person", () -> workingAs.getText().equals("Working as Bo"));
        assertThat(services.people().workingNow()).isEqualTo("Bo");

        robot.clickOn(workingAs);
        MenuItem ana = workingAs.getItems().stream().filter(item -> "Ana".equals(item.getText())).findFirst().orElseThrow();
        robot.interact(ana::fire);

        waitUntil("the button to say Ana works here", () -> workingAs.getText().equals("Working as Ana"));
        assertThat(remembered.get()).as("remembered on this computer").isEqualTo("Ana");
        services.notes().add(anna.id(), "Prefers mornings", false);
        assertThat(services.touchpoints().timeline(anna.id(), Set.of(), Set.of())).extracting(TimelineEntry::byline)
                .containsExactly("Ana added a note");
    }
}
