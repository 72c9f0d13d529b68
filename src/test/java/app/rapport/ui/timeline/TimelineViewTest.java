package app.rapport.ui.timeline;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.TimelinePage;
import app.rapport.domain.Touchpoint;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.service.TouchpointService;
import app.rapport.ui.task.FxTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.styledScene;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The timeline of a demo client: newest first, filters that hide, the client's mood shown, a page at a time. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final int DEMO_CLIENTS = 40;
    private static final int PAGE = TouchpointService.TIMELINE_PAGE_SIZE;

    @TempDir
    static Path folder;

    private RapportServices services;
    private TaskExecutor background;
    private StackPane root;
    private TimelineView timeline;
    private ClientSummary client;

    @Start
    void start(Stage stage) {
        services = openStore(folder);
        services.demoData().load(DemoBusiness.MIXED, DEMO_CLIENTS, 3, Progress.NONE);
        client = clientWithNotesAndMoods();
        background = FxTaskExecutor.daemonPool();
        timeline = new TimelineView(services.touchpoints(), background, services.clock());
        root = new StackPane(timeline);
        stage.setScene(styledScene(root, 760, 640));
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

        waitUntil("the timeline to show the client's entries", () -> list.getItems().equals(expected));
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
        waitUntil("the timeline to show the client's notes", () -> list.getItems().stream().anyMatch(entry -> entry.kind() == TimelineKind.NOTE));
        int before = list.getItems().size();

        robot.clickOn("#timeline-kind-note");

        List<TimelineEntry> withoutNotes = services.touchpoints().timeline(client.id(),
                EnumSet.complementOf(EnumSet.of(TimelineKind.NOTE)), Set.of());
        waitUntil("the notes to leave the timeline", () -> list.getItems().equals(withoutNotes));
        assertThat(list.getItems()).isNotEmpty().noneMatch(entry -> entry.kind() == TimelineKind.NOTE);
        assertThat(list.getItems()).hasSizeLessThan(before);

        robot.clickOn("#timeline-kind-note");

        waitUntil("the notes to come back", () -> list.getItems().size() == before);
    }

    @Test
    void aTouchpointWithAMoodShowsTheMood(FxRobot robot) throws Exception {
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        robot.interact(() -> timeline.setClient(client.id()));
        waitUntil("the timeline to show the client's entries", () -> !list.getItems().isEmpty());
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
                Channel.CALL, Mood.HAPPY, UUID.randomUUID(), app.rapport.domain.ConversationType.DECISION_MAKING);
        TimelineEntry unrecorded = new TimelineEntry(TimelineKind.TOUCHPOINT, at.minusSeconds(86_400), "Email \u00b7 inbound",
                "Asked about delivery", Channel.EMAIL, null, UUID.randomUUID());
        TimelineView two = new TimelineView(new TimelineViewModel((clientId, kinds, channels, limit) -> new TimelinePage(List.of(decided, unrecorded), false),
                background), services.clock());
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
        TimelineView empty = new TimelineView(new TimelineViewModel((clientId, kinds, channels, limit) -> new TimelinePage(List.of(), false), background), services.clock());
        robot.interact(() -> root.getChildren().setAll(empty));

        robot.interact(() -> empty.setClient(UUID.randomUUID()));

        waitUntil("the empty timeline to say nothing has happened yet", () -> placeholder(robot).equals("Nothing has happened with this client yet."));
        robot.clickOn("#timeline-channel-email");
        waitUntil("the filtered timeline to say nothing matches the filters", () -> placeholder(robot).equals("Nothing matches these filters."));
        robot.clickOn("#timeline-show-all");
        waitUntil("Show all to say again that nothing has happened yet", () -> placeholder(robot).equals("Nothing has happened with this client yet."));
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
        // All of them at once, as if the page were that big: the list itself must cope.
        TimelineView big = new TimelineView(new TimelineViewModel((clientId, kinds, asked, limit) -> new TimelinePage(many, false),
                background), services.clock());
        robot.interact(() -> root.getChildren().setAll(big));

        robot.interact(() -> big.setClient(UUID.randomUUID()));

        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        waitUntil("the timeline to hold all 5,000 entries", () -> list.getItems().size() == 5_000);
        robot.interact(() -> list.scrollTo(2_500));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".timeline-cell").queryAll()).hasSizeLessThan(60);
        assertThat(cellShowing(robot, many.get(2_500))).isNotNull();
    }

    @Test
    void aBusyClientOpensWithThePageOfNewestEntriesAndShowsOlderOnesOnRequest(FxRobot robot) throws Exception {
        UUID busy = clientWithTouchpoints(PAGE + 25);
        List<TimelineEntry> all = services.touchpoints().timeline(busy, Set.of(), Set.of());
        assertThat(all).hasSizeGreaterThan(PAGE);
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();

        robot.interact(() -> timeline.setClient(busy));

        waitUntil("the timeline to show the newest page of entries", () -> list.getItems().equals(all.subList(0, PAGE)));
        Button older = robot.lookup("#timeline-show-older").queryButton();
        assertThat(older.isVisible()).isTrue();
        assertThat(older.getText()).isEqualTo("Show older entries");
        assertThat(robot.lookup("#timeline-count").queryAs(Label.class).getText()).isEqualTo("Newest " + PAGE + " entries");

        robot.clickOn(older);

        waitUntil("Show older entries to show every entry", () -> list.getItems().equals(all));
        assertThat(older.isVisible()).isFalse();
        assertThat(robot.lookup("#timeline-count").queryAs(Label.class).getText()).isEqualTo(all.size() + " entries");
        // The first older entry is where the eye and the keyboard carry on.
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(PAGE);
        assertThat(list.isFocused()).isTrue();
        assertThat(texts(cellShowing(robot, list.getItems().get(PAGE)))).contains(all.get(PAGE).detail());
        assertThat(cellShowing(robot, list.getItems().get(PAGE - 1))).as("the last entry seen before").isNotNull();
    }

    @Test
    void theKeyboardShowsOlderEntriesAndOtherFiltersStartAgainFromOnePage(FxRobot robot) throws Exception {
        UUID busy = clientWithTouchpoints(PAGE + PAGE / 2);
        List<TimelineEntry> all = services.touchpoints().timeline(busy, Set.of(), Set.of());
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        robot.interact(() -> timeline.setClient(busy));
        waitUntil("the timeline to show one page of entries", () -> list.getItems().size() == PAGE);
        Button older = robot.lookup("#timeline-show-older").queryButton();

        robot.interact(older::requestFocus);
        robot.type(KeyCode.SPACE);

        waitUntil("Space on Show older entries to show every entry", () -> list.getItems().equals(all));
        robot.clickOn("#timeline-channel-email");

        TimelinePage withoutEmail = services.touchpoints().timelinePage(busy, Set.of(),
                EnumSet.complementOf(EnumSet.of(Channel.EMAIL)), PAGE);
        assertThat(withoutEmail.hasOlder()).isTrue();
        waitUntil("the email filter to start again from one page", () -> list.getItems().equals(withoutEmail.entries()));
        assertThat(older.isVisible()).isTrue();

        robot.interact(() -> timeline.setClient(client.id()));

        waitUntil("the other client's entries to show, emails still hidden", () -> list.getItems().equals(services.touchpoints().timeline(client.id(), Set.of(),
                EnumSet.complementOf(EnumSet.of(Channel.EMAIL)))));
        assertThat(older.isVisible()).as("a client with less than a page has nothing older").isFalse();
    }

    @Test
    void olderEntriesThatArriveAfterTheFiltersChangedAreNotShown(FxRobot robot) throws Exception {
        List<TimelineEntry> many = touchpointsEveryHour(30);
        CountDownLatch olderAnswer = new CountDownLatch(1);
        TimelineView paged = new TimelineView(new TimelineViewModel((clientId, kinds, channels, limit) -> {
            if (limit > 10) {
                await(olderAnswer);
            }
            return TimelinePage.firstOf(many.stream().filter(entry -> channels.isEmpty() || channels.contains(entry.channel())).toList(),
                    limit);
        }, background, 10), services.clock());
        robot.interact(() -> root.getChildren().setAll(paged));
        robot.interact(() -> paged.setClient(UUID.randomUUID()));
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        waitUntil("the timeline to show the first page of 10", () -> list.getItems().equals(many.subList(0, 10)));

        robot.clickOn("#timeline-show-older");
        waitUntil("the Show older button to say it is loading", () -> robot.lookup("#timeline-show-older").queryButton().getText().equals("Loading older entries\u2026"));
        robot.clickOn("#timeline-channel-call");
        List<TimelineEntry> noCalls = many.stream().filter(entry -> entry.channel() != Channel.CALL).limit(10).toList();
        waitUntil("the call filter to show the first page without calls", () -> list.getItems().equals(noCalls));
        olderAnswer.countDown();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).isEqualTo(noCalls);
        assertThat(robot.lookup("#timeline-show-older").queryButton().getText()).isEqualTo("Show older entries");
    }

    @Test
    void aClientWithLessThanAPageHasNoShowOlderButton(FxRobot robot) throws Exception {
        List<TimelineEntry> expected = services.touchpoints().timeline(client.id(), Set.of(), Set.of());
        assertThat(expected).hasSizeLessThan(PAGE);
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();

        robot.interact(() -> timeline.setClient(client.id()));

        waitUntil("the timeline to show the client's entries", () -> list.getItems().equals(expected));
        assertThat(robot.lookup("#timeline-show-older").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#timeline-show-older").queryButton().isManaged()).isFalse();
    }

    /** A new client with this many touchpoints, one a day going back from yesterday. */
    private UUID clientWithTouchpoints(int count) {
        Client saved = services.clients().save(ClientBuilder.named("Maja Lind").build());
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        Channel[] channels = Channel.values();
        for (int i = 0; i < count; i++) {
            services.touchpoints().log(new Touchpoint(null, saved.id(), yesterday.minus(i, ChronoUnit.DAYS), channels[i % channels.length],
                    Direction.INBOUND, "Visit number " + i, null, null, null));
        }
        return saved.id();
    }

    private static List<TimelineEntry> touchpointsEveryHour(int count) {
        List<TimelineEntry> entries = new ArrayList<>();
        Instant start = Instant.parse("2025-06-01T10:00:00Z");
        Channel[] channels = Channel.values();
        for (int i = 0; i < count; i++) {
            entries.add(new TimelineEntry(TimelineKind.TOUCHPOINT, start.minusSeconds(3_600L * i), "Call \u00b7 outbound",
                    "Touchpoint number " + i, channels[i % channels.length], null, UUID.randomUUID()));
        }
        return entries;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        waitUntil("a visible cell to show the entry", () -> robot.lookup(".timeline-cell").queryAll().stream()
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
}
