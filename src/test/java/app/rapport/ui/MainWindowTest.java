package app.rapport.ui;

import app.rapport.domain.ClientSummary;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final int DEMO_CLIENTS = 200;

    @TempDir
    static Path folder;

    private RapportServices services;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.MIXED, DEMO_CLIENTS, 3, Progress.NONE);
        stage.setScene(MainWindowAccess.scene(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void typingInTheSearchBoxNarrowsTheList(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);

        robot.clickOn("#client-search").write("an");

        List<ClientSummary> expected = services.clients().search("an", 1_000).clients();
        assertThat(expected.size()).isBetween(1, DEMO_CLIENTS - 1);
        waitUntil("the client list to show just the clients matching 'an'", () -> list.getItems().equals(expected));
        assertThat(robot.lookup("#result-count").queryAs(Label.class).getText()).contains(expected.size() + " of your clients match");

        robot.write("zzzz");
        waitUntil("the client list to empty for 'anzzzz'", list.getItems()::isEmpty);
        assertThat(((Label) list.getPlaceholder()).getText()).isEqualTo("No client matches your search.");
    }

    @Test
    void selectingAClientShowsTheirProfile(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);
        ClientSummary first = list.getItems().get(0);

        robot.clickOn("#client-search").type(javafx.scene.input.KeyCode.DOWN);

        waitUntil("the selected client's profile to open", () -> robot.lookup("#profile-greeting").tryQuery().isPresent());
        assertThat(robot.lookup("#header-name").queryAs(Label.class).getText()).isEqualTo(first.displayName());
    }

    @Test
    void enterInTheSearchOpensTheFirstClientFound(FxRobot robot) throws Exception {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show all the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);

        robot.clickOn("#client-search").write("an");
        List<ClientSummary> expected = services.clients().search("an", 1_000).clients();
        waitUntil("the client list to show just the clients matching 'an'", () -> list.getItems().equals(expected));
        robot.type(javafx.scene.input.KeyCode.ENTER);

        waitUntil("the first client found to open", () -> robot.lookup("#profile-greeting").tryQuery().isPresent());
        assertThat(robot.lookup("#header-name").queryAs(Label.class).getText()).isEqualTo(expected.get(0).displayName());
    }
}
