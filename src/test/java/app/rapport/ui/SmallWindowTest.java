package app.rapport.ui;

import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import static app.rapport.ui.FxTestSupport.newStoreLocation;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A small laptop's 1024×640 window on the salon demo: the controls a person needs are whole, none cut off at an edge. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {
    @TempDir
    static Path folder;

    private RapportServices services;

    @Start
    void start(Stage stage) {
        services = RapportServices.open(newStoreLocation(folder));
        services.demoData().load(DemoBusiness.SALON, 40, 7, Progress.NONE);
        stage.setScene(MainWindowAccess.sceneOnToday(services, FxTaskExecutor.daemonPool()));
        stage.setWidth(1024);
        stage.setHeight(640);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void assertWhole(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        assertThat(node.isVisible()).as(query + " is shown").isTrue();
        Bounds shown = node.localToScene(node.getLayoutBounds());
        double width = node.getScene().getWidth();
        double height = node.getScene().getHeight();
        assertThat(shown.getMinX()).as(query + " starts inside the window").isGreaterThanOrEqualTo(0);
        assertThat(shown.getMaxX()).as(query + " ends inside the window (width " + width + ")").isLessThanOrEqualTo(width + 0.5);
        assertThat(shown.getMinY()).as(query + " top inside the window").isGreaterThanOrEqualTo(0);
        assertThat(shown.getMaxY()).as(query + " bottom inside the window (height " + height + ")").isLessThanOrEqualTo(height + 0.5);
    }

    @Test
    void todayTheClientHeaderAndTheSwotBoardFitA1024By640Window(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#today-queue").queryAs(TableView.class);
        waitUntil("Today to list the demo's clients to contact", Duration.ofSeconds(60), () -> !queue.getItems().isEmpty());
        assertWhole(robot, "#today-queue");
        TableCell<?, ?> why = robot.lookup(".table-cell").match(node -> node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && "today-why".equals(cell.getTableColumn().getId()) && cell.getText() != null).query();
        assertThat(why.getTooltip()).as("a Why cut at the edge can be read whole").isNotNull();
        assertThat(why.getTooltip().getText()).isEqualTo(why.getText());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil("the client list to show the demo's clients", () -> robot.lookup("#client-list").tryQuery()
                .map(list -> !((ListView<?>) list).getItems().isEmpty()).orElse(false));
        robot.interact(() -> robot.lookup("#client-list").queryAs(ListView.class).getSelectionModel().select(0));
        waitUntil("the client's header to show", () -> !robot.lookup("#header-name").queryLabeled().getText().isBlank());
        for (String button : new String[] {"#prepare-call", "#log-touchpoint", "#edit-client", "#delete-client"}) {
            assertWhole(robot, button);
            Button shown = robot.lookup(button).queryButton();
            assertThat(shown.getContentDisplay()).as(button + " shows its icon alone when narrow").isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(shown.getTooltip().getText()).as(button + " is named in its tooltip").startsWith(shown.getText());
        }
        assertWhole(robot, "#header-name");
        for (String filter : new String[] {"#client-search", "#client-sort", "#client-tag-filter", "#client-segment-filter",
                "#client-competitor-filter"}) {
            assertWhole(robot, filter);
        }

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil("the Competitors section to open on a map", () -> robot.lookup("#add-threat").tryQuery().map(Node::isVisible).orElse(false));
        for (String adder : new String[] {"#add-strength", "#add-weakness", "#add-opportunity", "#add-threat"}) {
            assertWhole(robot, adder);
        }
    }
}
