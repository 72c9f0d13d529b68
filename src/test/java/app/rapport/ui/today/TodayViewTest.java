package app.rapport.ui.today;

import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayQueue;
import app.rapport.domain.today.TodayReason;
import app.rapport.service.TodayService;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A queue longer than the screen shows: the most urgent rows, and every other client counted by reason beneath them. */
@ExtendWith(ApplicationExtension.class)
class TodayViewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @Start
    void start(Stage stage) {
        List<TodayItem> shown = List.of(
                item("Olga Overdue", TodayReason.FOLLOW_UP_OVERDUE, TODAY.minusDays(9)),
                item("Otto Overdue", TodayReason.FOLLOW_UP_OVERDUE, TODAY.minusDays(4)),
                item("Gina Ghosted", TodayReason.GHOSTED, TODAY.minusDays(40)));
        Map<TodayReason, Integer> counts = new EnumMap<>(TodayReason.class);
        counts.put(TodayReason.FOLLOW_UP_OVERDUE, 2);
        counts.put(TodayReason.GHOSTED, 1_500);
        counts.put(TodayReason.BIRTHDAY, 12);
        TodayService.Today today = new TodayService.Today(TODAY, new TodayQueue.Page(shown, counts, 1_502), List.of());
        TodayView view = new TodayView(new TodayViewModel(() -> today, FxTaskExecutor.daemonPool()),
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), id -> { }, item -> { });
        stage.setScene(new Scene(view, 1100, 600));
        stage.show();
        view.refresh();
    }

    @Test
    void theMostUrgentRowsAreShownAndTheRestAreCountedByReason(FxRobot robot) throws Exception {
        TableView<TodayItem> queue = robot.lookup("#today-queue").queryTableView();
        waitUntil("the queue to show the 3 most urgent rows", () -> queue.getItems().size() == 3);

        assertThat(robot.lookup("#today-summary").queryAs(Label.class).getText()).isEqualTo("1,514 clients to contact, 1,502 late");
        Label more = robot.lookup("#today-more").queryAs(Label.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(more.getText()).isEqualTo(
                "Showing the 3 most urgent. 1,511 more to contact after them: ghosted after a purchase 1,499 \u00b7 birthday 12.");
    }

    private static TodayItem item(String name, TodayReason reason, LocalDate due) {
        return new TodayItem(UUID.randomUUID(), name, reason, due, "why", List.of());
    }
}
