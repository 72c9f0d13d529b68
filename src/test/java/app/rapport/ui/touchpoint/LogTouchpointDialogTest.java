package app.rapport.ui.touchpoint;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.TimelineEntry;
import app.rapport.domain.TimelineKind;
import app.rapport.domain.Touchpoint;
import app.rapport.demo.DemoBusiness;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.ui.task.FxTaskExecutor;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.timeline.TimelineView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.openStore;
import static app.rapport.ui.FxTestSupport.styledScene;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Logging a touchpoint with the keyboard only, and a form that refuses an empty summary. */
@ExtendWith(ApplicationExtension.class)
class LogTouchpointDialogTest {
    private static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    @TempDir
    static Path folder;

    private RapportServices services;
    private TaskExecutor background;
    private Stage stage;
    private TimelineView timeline;
    private ClientSummary client;
    private final AtomicReference<Touchpoint> saved = new AtomicReference<>();
    private final AtomicInteger savedCalls = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = openStore(folder);
        services.demoData().load(DemoBusiness.MIXED, 30, 5, Progress.NONE);
        client = clientWhoseHistoryIsAllPast();
        background = FxTaskExecutor.daemonPool();
        timeline = new TimelineView(services.touchpoints(), background, services.clock());
        timeline.setClient(client.id());
        stage.setScene(styledScene(timeline, 760, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        hideEveryWindowBut(stage);
        services.close();
    }

    @Test
    void aTouchpointLoggedWithTheKeyboardAppearsAtTheTopOfTheTimeline(FxRobot robot) throws Exception {
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        waitUntil("the timeline to show the client's history", () -> !list.getItems().isEmpty());
        openDialog(robot);

        robot.write("Wants the longer warranty");
        robot.type(KeyCode.TAB);            // mood
        robot.type(KeyCode.DIGIT2);         // happy
        robot.push(SAVE);

        waitUntil("the touchpoint to be saved", () -> saved.get() != null);
        waitUntil("the log-touchpoint form to close", () -> robot.lookup("#log-summary").tryQuery().isEmpty());
        Touchpoint touchpoint = saved.get();
        assertThat(touchpoint.clientId()).isEqualTo(client.id());
        assertThat(touchpoint.summary()).isEqualTo("Wants the longer warranty");
        assertThat(touchpoint.mood()).isEqualTo(Mood.HAPPY);
        assertThat(savedCalls.get()).isEqualTo(1);

        waitUntil("the new touchpoint to top the timeline", () -> list.getItems().get(0).sourceId().equals(touchpoint.id()));
        TimelineEntry top = list.getItems().get(0);
        assertThat(top.kind()).isEqualTo(TimelineKind.TOUCHPOINT);
        assertThat(top.mood()).isEqualTo(Mood.HAPPY);
        assertThat(top.detail()).contains("Wants the longer warranty");
    }

    @Test
    void anEmptySummaryKeepsTheDialogOpenAndSavesNothing(FxRobot robot) throws Exception {
        int touchpointsBefore = touchpointCount();
        openDialog(robot);
        robot.type(KeyCode.TAB);            // mood
        robot.type(KeyCode.TAB);            // outcome
        robot.write("Promised a call back");

        robot.push(SAVE);

        waitUntil("the form to ask for a line about what was said", () -> robot.lookup("#log-summary-error").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#log-summary-error").queryAs(Label.class).getText()).isEqualTo("Write a line about what was said.");
        assertThat(robot.lookup("#log-summary").tryQuery()).isPresent();
        assertThat(robot.lookup("#log-outcome").queryAs(TextField.class).getText()).isEqualTo("Promised a call back");

        robot.clickOn("#log-save");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-summary").tryQuery()).isPresent();
        assertThat(saved.get()).isNull();
        assertThat(touchpointCount()).isEqualTo(touchpointsBefore);

        robot.push(KeyCode.ESCAPE);
        waitUntil("Esc to ask before throwing the outcome away", () -> robot.lookup("#discard-confirm").tryQuery().isPresent());
        robot.clickOn("#discard-confirm");

        waitUntil("Discard to close the log-touchpoint form", () -> robot.lookup("#log-summary").tryQuery().isEmpty());
        assertThat(saved.get()).isNull();
        assertThat(touchpointCount()).isEqualTo(touchpointsBefore);
    }

    @Test
    void anImpossibleDateIsRefusedWithAMessageAndKeptAsTyped(FxRobot robot) throws Exception {
        openDialog(robot);
        TextField date = robot.lookup("#log-date").lookup(".text-field").queryAs(TextField.class);
        DateTimeText text = new DateTimeText(app.rapport.ui.control.Formatting.current().locale());
        String impossible = text.format(java.time.LocalDate.of(2025, 2, 28)).replace("28", "30");
        robot.interact(() -> date.setText(impossible));
        robot.write("Dropped in");

        robot.push(SAVE);

        waitUntil("the form to say the date does not exist", () -> robot.lookup("#log-when-error").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#log-when-error").queryAs(Label.class).getText()).contains("February 2025 has no day 30");
        assertThat(date.getText()).isEqualTo(impossible);
        assertThat(robot.lookup("#log-summary").queryAs(TextArea.class).getText()).isEqualTo("Dropped in");
        assertThat(saved.get()).isNull();
    }

    @Test
    void withoutAClientTheFirstFieldFindsOneAsYouTypeAndSingleKeysPickTheRest(FxRobot robot) throws Exception {
        String firstWord = client.displayName().split(" ")[0];
        AtomicReference<LogTouchpointDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(LogTouchpointDialog.open(stage, services, background, null, saved::set)));
        waitUntil("the form to open with the cursor in its client field", () -> robot.lookup("#log-client").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#log-client").query().getScene().getWindow());

        robot.write(firstWord);

        waitUntil("the clients matching the typed name to drop down", () -> robot.lookup("#log-client-matches").tryQuery().map(list -> list.getScene().getWindow().isShowing()).orElse(false));
        ListView<ClientSummary> matches = robot.lookup("#log-client-matches").queryListView();
        waitUntil("the matches to include the client", () -> matches.getItems().contains(client));
        int index = matches.getItems().indexOf(client);
        for (int i = 0; i < index; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);

        TextField field = robot.lookup("#log-client").queryAs(TextField.class);
        waitUntil("Enter to put the chosen client in the field", () -> client.displayName().equals(field.getText()));
        assertThat(dialog.get().model().clientProperty().get()).isEqualTo(client);
        assertThat(matches.getScene().getWindow().isShowing()).as("the list of matches is closed").isFalse();

        robot.type(KeyCode.TAB).type(KeyCode.E);    // channel: email
        robot.type(KeyCode.TAB).type(KeyCode.I);    // direction: they reached us

        waitUntil("the key I to choose 'they reached us'", () -> dialog.get().model().directionProperty().get() == Direction.INBOUND);
        assertThat(dialog.get().model().channelProperty().get()).isEqualTo(Channel.EMAIL);
        assertThat(robot.lookup("#log-direction-inbound").queryAs(ToggleButton.class).isFocused()).isTrue();
        assertThat(saved.get()).isNull();
    }

    @Test
    void keysTypedBeforeTheDialogHasTheKeyboardLandInTheSummary(FxRobot robot) throws Exception {
        String typed = "Booked colour for Friday";
        AtomicReference<LogTouchpointDialog> dialog = new AtomicReference<>();
        // The shortcut opens the form and the next keys, typed at once, still reach the window
        // behind it, as they do while the system moves the keyboard to the new window.
        robot.interact(() -> {
            dialog.set(LogTouchpointDialog.open(stage, services, background, client, saved::set));
            Node behind = stage.getScene().getFocusOwner() != null ? stage.getScene().getFocusOwner() : stage.getScene().getRoot();
            for (char c : typed.toCharArray()) {
                KeyCode code = Character.isLetter(c) ? KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))) : KeyCode.SPACE;
                boolean shift = Character.isUpperCase(c);
                javafx.event.Event.fireEvent(behind, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false));
                javafx.event.Event.fireEvent(behind, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, shift, false, false, false));
                javafx.event.Event.fireEvent(behind, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, false, false, false));
            }
        });

        TextArea summary = robot.lookup("#log-summary").queryAs(TextArea.class);
        waitUntil("every key typed to be in the summary", () -> typed.equals(summary.getText()));
        assertThat(summary.isFocused()).isTrue();
    }

    @Test
    void altAndADigitPicksTheMoodWhileTypingAndTabGoesSummaryMoodOutcome(FxRobot robot) throws Exception {
        LogTouchpointDialog dialog = openDialog(robot);

        robot.write("Loved the cut, 2 more next month");
        robot.push(KeyCode.ALT, KeyCode.DIGIT3);

        waitUntil("Alt+3 to pick the third mood", () -> dialog.model().moodProperty().get() == Mood.values()[2]);
        assertThat(robot.lookup("#log-summary").queryAs(TextArea.class).getText()).isEqualTo("Loved the cut, 2 more next month");
        assertThat(robot.lookup("#log-mood-hint").queryAs(Label.class).getText()).startsWith("Alt+1\u20136");

        robot.type(KeyCode.TAB);
        waitUntil("Tab to move from the summary to the mood", () -> robot.lookup("#log-mood-" + Mood.values()[2].name().toLowerCase(java.util.Locale.ROOT))
                .queryAs(ToggleButton.class).isFocused());
        robot.type(KeyCode.TAB);
        waitUntil("the next Tab to move on to the outcome", () -> robot.lookup("#log-outcome").queryAs(TextField.class).isFocused());

        robot.push(KeyCode.ALT, KeyCode.DIGIT0);
        waitUntil("Alt+0 to clear the mood", () -> dialog.model().moodProperty().get() == null);
    }

    @Test
    void escOnTypedTextAsksFirstAndOnAnUntouchedFormClosesAtOnce(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.write("Asked about a fringe trim");

        robot.push(KeyCode.ESCAPE);
        waitUntil("Esc to ask before throwing the summary away", () -> robot.lookup("#discard-keep-editing").tryQuery().isPresent());
        robot.clickOn("#discard-keep-editing");

        waitUntil("the question to close", () -> robot.lookup("#discard-keep-editing").tryQuery().isEmpty());
        assertThat(robot.lookup("#log-summary").queryAs(TextArea.class).getText()).isEqualTo("Asked about a fringe trim");

        robot.interact(() -> robot.lookup("#log-summary").queryAs(TextArea.class).clear());
        robot.targetWindow(robot.lookup("#log-summary").query().getScene().getWindow());
        robot.push(KeyCode.ESCAPE);
        waitUntil("Esc on a form with nothing typed to close it", () -> robot.lookup("#log-summary").tryQuery().isEmpty());
        assertThat(robot.lookup("#discard-question").tryQuery()).isEmpty();
        assertThat(saved.get()).isNull();
    }

    @Test
    void theChannelStartsAsTheOneLastLoggedWith(FxRobot robot) throws Exception {
        LastChannel lastChannel = LastChannel.inMemory();
        AtomicReference<LogTouchpointDialog> first = new AtomicReference<>();
        robot.interact(() -> first.set(LogTouchpointDialog.open(stage, services, background, lastChannel, client, saved::set, o -> { })));
        waitUntil("the form to open", () -> robot.lookup("#log-summary").tryQuery().isPresent());
        Channel other = first.get().model().channelProperty().get() == Channel.MESSAGE ? Channel.VISIT : Channel.MESSAGE;
        robot.interact(() -> {
            first.get().model().channelProperty().set(other);
            first.get().model().summaryProperty().set("Confirmed Saturday");
            first.get().model().save();
        });
        waitUntil("the touchpoint to be saved", () -> saved.get() != null);

        AtomicReference<LogTouchpointDialog> next = new AtomicReference<>();
        robot.interact(() -> next.set(LogTouchpointDialog.open(stage, services, background, lastChannel, client, t -> { }, o -> { })));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(next.get().model().channelProperty().get()).isEqualTo(other);
    }

    private LogTouchpointDialog openDialog(FxRobot robot) throws Exception {
        AtomicReference<LogTouchpointDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(LogTouchpointDialog.open(stage, services, background, client, touchpoint -> {
            savedCalls.incrementAndGet();
            saved.set(touchpoint);
            timeline.refresh();
        })));
        waitUntil("the log-touchpoint form to open with the cursor in its summary", () -> robot.lookup("#log-summary").tryQuery().map(Node::isFocused).orElse(false));
        // Keys go to the dialog, as they would for a person looking at it.
        robot.targetWindow(robot.lookup("#log-summary").query().getScene().getWindow());
        return dialog.get();
    }

    private int touchpointCount() {
        return services.touchpoints().timeline(client.id(), Set.of(TimelineKind.TOUCHPOINT), Set.of()).size();
    }

    /** A client with history whose newest entry is safely in the past, so a new touchpoint goes on top. */
    private ClientSummary clientWhoseHistoryIsAllPast() {
        Instant cutoff = Instant.now().minus(Duration.ofHours(1));
        return services.clients().search("", 30).clients().stream()
                .filter(candidate -> {
                    List<TimelineEntry> entries = services.touchpoints().timeline(candidate.id(), Set.of(), Set.of());
                    return !entries.isEmpty() && entries.get(0).at().isBefore(cutoff);
                })
                .findFirst().orElseThrow();
    }
}
