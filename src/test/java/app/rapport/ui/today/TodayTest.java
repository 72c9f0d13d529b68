package app.rapport.ui.today;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Complexity;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayReason;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The home screen: a ghosted buyer is in Today, F5 opens their brief, logging the call takes them off. */
@ExtendWith(ApplicationExtension.class)
class TodayTest {
    private static final KeyCodeCombination LOG = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination TODAY = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);

    @TempDir
    static Path folder;

    private RapportServices services;
    private Stage stage;
    private UUID ghosted;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        Product kettle = services.purchases().saveProduct(new Product(null, "Kettle", "kitchen", Complexity.SIMPLE, BigDecimal.TEN));
        ghosted = person("Greta Quiet", null);
        services.purchases().save(new Purchase(null, ghosted, kettle.id(), null, LocalDate.now().minusDays(40), BigDecimal.TEN, null, null));
        person("Petra Prospect", null);
        stage.setScene(MainWindowAccess.sceneOnToday(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void aGhostedClientIsOnTodayF5OpensTheBriefAndLoggingTheCallTakesThemOff(FxRobot robot) throws Exception {
        waitUntil("the Today section to appear", () -> robot.lookup("#today-queue").tryQuery().isPresent());
        TableView<TodayItem> queue = robot.lookup("#today-queue").queryTableView();
        waitUntil("the queue to list Greta Quiet alone, selected", () -> queue.getItems().size() == 1 && queue.getSelectionModel().getSelectedItem() != null);
        TodayItem row = queue.getItems().get(0);
        assertThat(row.clientName()).isEqualTo("Greta Quiet");
        assertThat(row.reason()).isEqualTo(TodayReason.GHOSTED);
        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).isEqualTo("1 client to contact, 1 late");
        TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
        assertThat(sections.getSelectionModel().getSelectedItem().getId()).isEqualTo("section-today");

        robot.push(KeyCode.F5);

        waitUntil("F5 to switch to the Clients section", () -> "section-clients".equals(sections.getSelectionModel().getSelectedItem().getId()));
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the ghosted client to be selected in the client list", () -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().id().equals(ghosted));
        waitUntil("the brief to show", () -> shownText(robot, "#brief-type") != null);

        robot.push(LOG);
        waitUntil("the log-touchpoint form to open", () -> robot.lookup("#log-summary").tryQuery().isPresent());
        robot.clickOn("#log-summary");
        robot.write("Asked how the kettle is doing");
        robot.push(SAVE);
        waitUntil("the log-touchpoint form to close", () -> robot.lookup("#log-summary").tryQuery().isEmpty());

        robot.push(TODAY);
        waitUntil("Ctrl+1 to switch back to Today", () -> "section-today".equals(sections.getSelectionModel().getSelectedItem().getId()));
        waitUntil("the logged call to take the client off the queue", queue.getItems()::isEmpty);
        waitUntil("Today to say there is no one left to contact", () -> robot.lookup("#today-empty").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).isEqualTo("all caught up");
    }

    @Test
    void ctrlLOnARowLogsATouchpointForThatClient(FxRobot robot) throws Exception {
        waitUntil("the Today section to appear", () -> robot.lookup("#today-queue").tryQuery().isPresent());
        TableView<TodayItem> queue = robot.lookup("#today-queue").queryTableView();
        waitUntil("the queue to list Greta Quiet alone, selected", () -> queue.getItems().size() == 1 && queue.getSelectionModel().getSelectedItem() != null);
        robot.interact(queue::requestFocus);

        robot.push(LOG);
        waitUntil("the log-touchpoint form to open", () -> robot.lookup("#log-summary").tryQuery().isPresent());
        robot.clickOn("#log-summary");
        robot.write("Rang to say thank you");
        robot.push(SAVE);

        waitUntil("the logged call to take the client off the queue", queue.getItems()::isEmpty);
        assertThat(services.touchpoints().timeline(ghosted, java.util.Set.of(), java.util.Set.of()))
                .anySatisfy(entry -> assertThat(entry.detail()).contains("Rang to say thank you"));
    }

    private UUID person(String name, LocalDate birthday) {
        return services.clients().save(ClientBuilder.named(name).birthday(birthday).build()).id();
    }

    private static String shownText(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(Node::isVisible)
                .filter(node -> node.getScene() != null && node.getScene().getWindow().isShowing())
                .map(node -> ((Label) node).getText()).findFirst().orElse(null);
    }
}
