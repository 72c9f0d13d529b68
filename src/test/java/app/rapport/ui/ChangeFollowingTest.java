package app.rapport.ui;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.Touchpoint;
import app.rapport.demo.DemoBusiness;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayReason;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A touchpoint reaches the open screens through the change channel alone, whether another writer
 * than this window wrote it (here the service, as the command line or another desk would) or the
 * user logged it in the window's own form, whose save refreshes no screen.
 */
@ExtendWith(ApplicationExtension.class)
class ChangeFollowingTest {
    private static final int DEMO_CLIENTS = 120;

    @TempDir
    Path folder;

    private RapportServices services;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.demoData().load(DemoBusiness.SALON, DEMO_CLIENTS, 11, Progress.NONE);
        stage.setScene(MainWindowAccess.sceneOnToday(services, FxTaskExecutor.daemonPool()));
        stage.show();
    }

    @AfterEach
    void close() {
        FxTestSupport.hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void aTouchpointLoggedElsewhereUpdatesTodayTheListRowTheOpenTimelineAndTheDashboard(FxRobot robot) {
        TableView<TodayItem> today = robot.lookup("#today-queue").queryTableView();
        waitUntil("Today to list the clients to contact", () -> !today.getItems().isEmpty());
        // silence after a purchase, or a promise past its day: a call answers either
        TodayItem waiting = today.getItems().stream()
                .filter(item -> item.reason() == TodayReason.GHOSTED || item.reason() == TodayReason.FOLLOW_UP_OVERDUE).findFirst().orElseThrow();

        log(waiting.clientId(), "Called to ask how the new colour is holding up");

        waitUntil("Today to drop the reason the call answered", () -> today.getItems().stream()
                .noneMatch(item -> item.clientId().equals(waiting.clientId())
                        && (item.reason() == waiting.reason() || item.alsoReasons().contains(waiting.reason()))));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);
        ClientSummary chosen = list.getItems().get(0);
        robot.interact(() -> list.getSelectionModel().select(chosen));
        ListView<TimelineEntry> timeline = robot.lookup("#timeline-list").queryListView();
        waitUntil("the timeline to show the chosen client", () -> !timeline.getItems().isEmpty()
                || robot.lookup("#timeline-empty").tryQuery().isPresent());

        Instant at = log(chosen.id(), "Rang to book the winter trim");

        waitUntil("the timeline to show the touchpoint logged elsewhere", () -> timeline.getItems().stream()
                .anyMatch(entry -> entry.title().contains("winter trim") || String.valueOf(entry.detail()).contains("winter trim")));
        waitUntil("the list row to show the new last contact", () -> list.getItems().stream()
                .anyMatch(row -> row.id().equals(chosen.id()) && at.equals(row.lastTouchpointAt())));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil("the dashboard to chart the touchpoints per week", () -> callsThisWeek(robot) >= 0);
        double callsBefore = callsThisWeek(robot);
        log(chosen.id(), "Rang back about the trim time");
        waitUntil("the dashboard's calls this week to count the touchpoint logged elsewhere",
                () -> callsThisWeek(robot) == callsBefore + 1);
    }

    @Test
    void aTouchpointLoggedInTheWindowsFormUpdatesTodayTheListRowsDaysSinceTheOpenTimelineAndTheDashboard(FxRobot robot) {
        TableView<TodayItem> today = robot.lookup("#today-queue").queryTableView();
        waitUntil("Today to list the clients to contact", () -> !today.getItems().isEmpty());
        TodayItem waiting = today.getItems().stream()
                .filter(item -> item.reason() == TodayReason.GHOSTED || item.reason() == TodayReason.FOLLOW_UP_OVERDUE).findFirst().orElseThrow();
        robot.interact(() -> {
            today.getSelectionModel().select(waiting);
            today.requestFocus();
        });

        logInTheForm(robot, "Called to ask how the new colour is holding up");

        waitUntil("Today to drop the reason the call answered", () -> today.getItems().stream()
                .noneMatch(item -> item.clientId().equals(waiting.clientId())
                        && (item.reason() == waiting.reason() || item.alsoReasons().contains(waiting.reason()))));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show the demo clients", () -> list.getItems().size() == DEMO_CLIENTS);
        ClientSummary chosen = list.getItems().stream().filter(client -> client.lastTouchpointAt() != null
                && client.daysSinceLastTouchpoint(Instant.now(), java.time.ZoneId.systemDefault()) > 1).findFirst().orElseThrow();
        robot.interact(() -> {
            list.getSelectionModel().select(chosen);
            list.scrollTo(chosen);
        });
        waitUntil("the chosen client's profile to open", () -> chosen.displayName().equals(robot.lookup("#header-name").queryLabeled().getText()));
        robot.clickOn(robot.lookup(".tab").match(tab -> tab.lookup(".tab-label") instanceof Labeled label
                && "Timeline".equals(label.getText())).<Node>query());
        ListView<TimelineEntry> timeline = robot.lookup("#timeline-list").queryListView();
        waitUntil("the timeline to show the chosen client", () -> !timeline.getItems().isEmpty()
                || robot.lookup("#timeline-empty").tryQuery().isPresent());
        waitUntil("the chosen client's row to be drawn", () -> lastContactShown(robot, chosen) != null);
        assertThat(lastContactShown(robot, chosen)).isNotEqualTo("today");

        logInTheForm(robot, "Rang to book the winter trim");

        waitUntil("the open timeline to show the touchpoint logged in the form", () -> timeline.getItems().stream()
                .anyMatch(entry -> entry.title().contains("winter trim") || String.valueOf(entry.detail()).contains("winter trim")));
        waitUntil("the list row to say the last contact was today", () -> "today".equals(lastContactShown(robot, chosen)));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        waitUntil("the dashboard to chart the touchpoints per week", () -> touchpointsThisWeek(robot) >= 0);
        double before = touchpointsThisWeek(robot);
        logInTheForm(robot, "Rang back about the trim time");
        waitUntil("the dashboard's touchpoints this week to count the one logged in the form", () -> touchpointsThisWeek(robot) == before + 1);
    }

    /** Ctrl+L, a summary and Ctrl+Enter, as the user logs a touchpoint: the form is about the selected client (or Today's row). */
    private static void logInTheForm(FxRobot robot, String summary) {
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil("the log-touchpoint form to open", () -> robot.lookup("#log-summary").tryQuery().map(Node::isFocused).orElse(false));
        robot.write(summary);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the log-touchpoint form to save and close", () -> robot.lookup("#log-summary").tryQuery().isEmpty());
    }

    /** What the client list's row of {@code client} says of the last contact ("today", "3 days ago"); null while the row is not drawn. */
    private static String lastContactShown(FxRobot robot, ClientSummary client) {
        return robot.lookup("#client-list .list-cell").match(cell -> cell instanceof ListCell<?> row
                        && row.getItem() instanceof ClientSummary shown && shown.id().equals(client.id()))
                .tryQuery().flatMap(cell -> robot.from(cell).lookup(".client-last-contact").tryQuery())
                .map(label -> ((Labeled) label).getText()).orElse(null);
    }

    /** All touchpoints of this week on the dashboard's chart, read on the JavaFX thread; -1 while the chart is not there. */
    private static double touchpointsThisWeek(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#chart-touchpoints-per-week-by-channel").tryQuery()
                    .flatMap(card -> robot.from(card).lookup(".chart").tryQuery())
                    .map(chart -> ((XYChart<?, ?>) chart).getData().stream()
                            .filter(series -> !series.getData().isEmpty())
                            .mapToDouble(series -> {
                                XYChart.Data<?, ?> last = series.getData().get(series.getData().size() - 1);
                                Object value = last.getYValue() instanceof Number ? last.getYValue() : last.getXValue();
                                return ((Number) value).doubleValue();
                            }).sum())
                    .orElse(-1.0)).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not read the dashboard's chart", e);
        }
    }

    /**
     * The height of this week's bar of calls on the dashboard; -1 while the chart is not there. Read on
     * the JavaFX thread: the dashboard rebuilds its series there when a change arrives, and a read from
     * the test's thread could see a series half rebuilt.
     */
    private static double callsThisWeek(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#chart-touchpoints-per-week-by-channel").tryQuery()
                    .flatMap(card -> robot.from(card).lookup(".chart").tryQuery())
                    .map(chart -> ((XYChart<?, ?>) chart).getData().stream()
                            .filter(series -> "Calls".equals(series.getName()) || "Call".equals(series.getName()))
                            .filter(series -> !series.getData().isEmpty())
                            .mapToDouble(series -> {
                                XYChart.Data<?, ?> last = series.getData().get(series.getData().size() - 1);
                                Object value = last.getYValue() instanceof Number ? last.getYValue() : last.getXValue();
                                return ((Number) value).doubleValue();
                            }).findFirst().orElse(-1))
                    .orElse(-1.0)).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not read the dashboard's chart", e);
        }
    }

    private Instant log(java.util.UUID clientId, String summary) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        services.touchpoints().log(new Touchpoint(null, clientId, at, Channel.CALL, Direction.OUTBOUND, summary, "Spoke with them",
                Mood.HAPPY, null));
        return at;
    }
}
