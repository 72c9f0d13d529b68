package app.rapport.ui.timeline;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Mood;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import app.rapport.ui.BackgroundWork;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline of a demo client: newest first, filters that hide, and the client's mood shown. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final int DEMO_CLIENTS = 40;

    @TempDir
    static Path folder;

    private RapportServices services;
    private BackgroundWork background;
    private StackPane root;
    private TimelineView timeline;
    private ClientSummary client;

    @Start
    void start(Stage stage) {
        services = RapportServices.open(StoreLocation.of(folder.resolve(UUID.randomUUID().toString()).toString()));
        services.demoData().load(DemoBusiness.MIXED, DEMO_CLIENTS, 3, Progress.NONE);
        client = clientWithNotesAndMoods();
        background = BackgroundWork.daemonPool();
        timeline = new TimelineView(services.touchpoints(), background);
        root = new StackPane(timeline);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(root, 760, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void openingAClientShowsTheirEntriesNewestFirst(FxRobot robot) throws Exception {
        List<TimelineEntry> expected = services.touchpoints().timeline(client.id(), Set.of(), Set.of());
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();

        robot.interact(() -> timeline.setClient(client.id()));

        waitUntil(() -> list.getItems().equals(expected));
        assertThat(list.getItems()).isSortedAccordingTo(Comparator.comparing(TimelineEntry::at).reversed());
        assertThat(list.getItems()).extracting(TimelineEntry::kind).contains(TimelineKind.TOUCHPOINT, TimelineKind.NOTE);
        assertThat(robot.lookup("#timeline-count").queryAs(Label.class).getText()).isEqualTo(expected.size() + " entries");
        ListCell<TimelineEntry> top = cellShowing(robot, list.getItems().get(0));
        assertThat(texts(top)).contains(list.getItems().get(0).title());
    }

    @Test
    void switchingOffNotesHidesTheNotes(FxRobot robot) throws Exception {
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        robot.interact(() -> timeline.setClient(client.id()));
        waitUntil(() -> list.getItems().stream().anyMatch(entry -> entry.kind() == TimelineKind.NOTE));
        int before = list.getItems().size();

        robot.clickOn("#timeline-kind-note");

        List<TimelineEntry> withoutNotes = services.touchpoints().timeline(client.id(),
                EnumSet.complementOf(EnumSet.of(TimelineKind.NOTE)), Set.of());
        waitUntil(() -> list.getItems().equals(withoutNotes));
        assertThat(list.getItems()).isNotEmpty().noneMatch(entry -> entry.kind() == TimelineKind.NOTE);
        assertThat(list.getItems()).hasSizeLessThan(before);

        robot.clickOn("#timeline-kind-note");

        waitUntil(() -> list.getItems().size() == before);
    }

    @Test
    void aTouchpointWithAMoodShowsTheMood(FxRobot robot) throws Exception {
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        robot.interact(() -> timeline.setClient(client.id()));
        waitUntil(() -> !list.getItems().isEmpty());
        TimelineEntry withMood = list.getItems().stream().filter(entry -> entry.mood() != null).findFirst().orElseThrow();
        robot.interact(() -> list.scrollTo(withMood));

        ListCell<TimelineEntry> cell = cellShowing(robot, withMood);

        Label mood = (Label) cell.lookup(".mood-chip");
        assertThat(mood.isVisible()).isTrue();
        assertThat(mood.getText()).isEqualTo(withMood.mood().label());
        assertThat(mood.getStyleClass()).contains(TimelineIcons.styleClass(withMood.mood()));
    }

    @Test
    void aTouchpointShowsTheKindOfConversationItWas(FxRobot robot) throws Exception {
        Instant at = Instant.parse("2026-03-02T10:00:00Z");
        TimelineEntry decided = new TimelineEntry(TimelineKind.TOUCHPOINT, at, "Call \u00b7 outbound", "Chose the bigger dryer",
                Channel.CALL, Mood.HAPPY, UUID.randomUUID(), app.rapport.domain.brief.ConversationType.DECISION_MAKING);
        TimelineEntry unrecorded = new TimelineEntry(TimelineKind.TOUCHPOINT, at.minusSeconds(86_400), "Email \u00b7 inbound",
                "Asked about delivery", Channel.EMAIL, null, UUID.randomUUID());
        TimelineView two = new TimelineView(new TimelineViewModel((clientId, kinds, channels) -> List.of(decided, unrecorded), background));
        robot.interact(() -> root.getChildren().setAll(two));

        robot.interact(() -> two.setClient(UUID.randomUUID()));

        Label chip = (Label) cellShowing(robot, decided).lookup(".conversation-chip");
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("Decision making");
        assertThat(cellShowing(robot, decided).getAccessibleText()).contains("Decision making conversation");
        assertThat(cellShowing(robot, unrecorded).lookup(".conversation-chip").isVisible()).isFalse();
    }

    @Test
    void anEmptyTimelineSaysWhy(FxRobot robot) throws Exception {
        TimelineView empty = new TimelineView(new TimelineViewModel((clientId, kinds, channels) -> List.of(), background));
        robot.interact(() -> root.getChildren().setAll(empty));

        robot.interact(() -> empty.setClient(UUID.randomUUID()));

        waitUntil(() -> placeholder(robot).equals("Nothing has happened with this client yet."));
        robot.clickOn("#timeline-channel-email");
        waitUntil(() -> placeholder(robot).equals("Nothing matches these filters."));
        robot.clickOn("#timeline-show-all");
        waitUntil(() -> placeholder(robot).equals("Nothing has happened with this client yet."));
        assertThat(empty.model().channelShownProperty(Channel.EMAIL).get()).isTrue();
    }

    @Test
    void fiveThousandEntriesAreShownWithAFewCells(FxRobot robot) throws Exception {
        List<TimelineEntry> many = new ArrayList<>();
        Instant start = Instant.parse("2025-06-01T10:00:00Z");
        Mood[] moods = Mood.values();
        Channel[] channels = Channel.values();
        for (int i = 0; i < 5_000; i++) {
            many.add(new TimelineEntry(TimelineKind.TOUCHPOINT, start.minusSeconds(3_600L * i), "Call \u00b7 outbound",
                    "Touchpoint number " + i + " with a detail long enough to wrap onto a second line in a narrow window.",
                    channels[i % channels.length], moods[i % moods.length], UUID.randomUUID()));
        }
        TimelineView big = new TimelineView(new TimelineViewModel((clientId, kinds, asked) -> many, background));
        robot.interact(() -> root.getChildren().setAll(big));

        robot.interact(() -> big.setClient(UUID.randomUUID()));

        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        waitUntil(() -> list.getItems().size() == 5_000);
        robot.interact(() -> list.scrollTo(2_500));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".timeline-cell").queryAll()).hasSizeLessThan(60);
        assertThat(cellShowing(robot, many.get(2_500))).isNotNull();
    }

    private ClientSummary clientWithNotesAndMoods() {
        return services.clients().search("", DEMO_CLIENTS).clients().stream()
                .filter(candidate -> {
                    List<TimelineEntry> entries = services.touchpoints().timeline(candidate.id(), Set.of(), Set.of());
                    return entries.stream().anyMatch(entry -> entry.kind() == TimelineKind.NOTE)
                            && entries.stream().anyMatch(entry -> entry.mood() != null);
                })
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ListCell<TimelineEntry> cellShowing(FxRobot robot, TimelineEntry entry) throws Exception {
        waitUntil(() -> robot.lookup(".timeline-cell").queryAll().stream()
                .anyMatch(node -> ((ListCell<TimelineEntry>) node).getItem() == entry && node.isVisible()));
        return robot.lookup(".timeline-cell").queryAll().stream()
                .map(node -> (ListCell<TimelineEntry>) node)
                .filter(cell -> cell.getItem() == entry && cell.isVisible())
                .findFirst().orElseThrow();
    }

    private static List<String> texts(Node cell) {
        return cell.lookupAll(".label").stream().map(node -> ((Label) node).getText()).toList();
    }

    private static String placeholder(FxRobot robot) {
        return robot.lookup("#timeline-empty").queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
