package app.rapport.ui.segments;

import app.rapport.domain.ClientSummary;
import app.rapport.domain.brief.Phase;
import app.rapport.demo.DemoBusiness;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.MainWindowAccess;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
import java.text.NumberFormat;
import java.util.Set;

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The owner builds a segment, watches its count follow the criteria, saves it and shows it in the client list. */
@ExtendWith(ApplicationExtension.class)
class SegmentDialogTest {
    @TempDir
    static Path folder;

    private RapportServices services;
    private Scene scene;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SHOP, 60, 3, Progress.NONE);
        scene = MainWindowAccess.scene(services, FxTaskExecutor.daemonPool());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void tickingAPhaseCountsItsClientsAndTheSavedSegmentLimitsTheClientList(FxRobot robot) throws Exception {
        waitUntil("the client list to appear", () -> robot.lookup("#client-list").tryQuery().isPresent());
        robot.interact(() -> MainWindowAccess.menuItem(scene, "segments-menu").fire());
        waitUntil("the segments window to open", () -> robot.lookup("#segment-count").tryQuery().isPresent());
        Label count = robot.lookup("#segment-count").queryAs(Label.class);
        int everyone = services.clients().count();
        waitUntil("the segments window to list every saved segment", () -> robot.lookup("#segment-list").queryAs(ListView.class).getItems().size() == services.segments().segments().size());
        robot.clickOn("#segment-new");
        waitUntil("a new segment to count everyone", () -> count.getText().equals(everyone + " clients match (no criteria: everyone)"));

        SegmentCriteria mature = SegmentCriteria.EVERYONE.withPhases(Set.of(Phase.MATURE));
        int expected = services.segments().count(mature);
        assertThat(expected).isBetween(1, everyone - 1);
        assertThat(robot.lookup("#segment-phase-honeymoon-at-risk").queryAs(CheckBox.class).getText()).isEqualTo("Honeymoon at risk");
        robot.clickOn("#segment-phase-mature");
        waitUntil("the count to follow the ticked phase", () -> count.getText().equals(NumberFormat.getIntegerInstance().format(expected) + " clients match"));

        robot.clickOn("#segment-name").write("Grown-up clients");
        robot.clickOn("#segment-save");
        waitUntil("the segment to be saved", () -> services.segments().findByName("grown-up clients").isPresent());
        assertThat(services.segments().findByName("Grown-up clients").orElseThrow().segment().criteria()).isEqualTo(mature);

        robot.clickOn("#segment-show");
        @SuppressWarnings("unchecked")
        ListView<ClientSummary> clients = robot.lookup("#client-list").queryAs(ListView.class);
        waitUntil("the client list to show just the segment's clients", () -> clients.getItems().size() == expected);
        assertThat(robot.lookup("#result-count").queryAs(Label.class).getText()).endsWith("in \u201cGrown-up clients\u201d");
    }

    @Test
    void aNumberOfDaysThatIsNotANumberIsMarkedAndNotSaved(FxRobot robot) throws Exception {
        waitUntil("the client list to appear", () -> robot.lookup("#client-list").tryQuery().isPresent());
        robot.interact(() -> MainWindowAccess.menuItem(scene, "segments-menu").fire());
        waitUntil("the segments window to open", () -> robot.lookup("#segment-silent-days").tryQuery().isPresent());
        waitUntil("the segments window to list every saved segment", () -> robot.lookup("#segment-list").queryAs(ListView.class).getItems().size() == services.segments().segments().size());
        robot.clickOn("#segment-new");
        robot.clickOn("#segment-name").write("Quiet ones");
        robot.interact(() -> robot.lookup("#segment-silent-days").queryAs(TextField.class).setText("ninety"));
        Label problem = robot.lookup("#segment-silentForDays-problem").queryAs(Label.class);
        waitUntil("the form to say 'ninety' is not a number of days", problem::isVisible);
        assertThat(problem.getText()).isEqualTo("\u201cninety\u201d is not a number of days.");
        robot.clickOn("#segment-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#segment-message-text").queryAs(Label.class).getText()).isEqualTo("Not saved: fix the fields marked in red.");
        assertThat(services.segments().findByName("Quiet ones")).isEmpty();
        assertThat(robot.lookup("#segment-phase-mature").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}
