package app.rapport.ui;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import app.rapport.service.TestClock;
import app.rapport.store.Passphrase;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static app.rapport.ui.FxTestSupport.clientList;
import static app.rapport.ui.FxTestSupport.hideEveryWindowBut;
import static app.rapport.ui.FxTestSupport.newStoreLocation;
import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22, point 3: the window of an encrypted store locks from the menu and when left untouched, hides the book, and opens again with the password. */
@ExtendWith(ApplicationExtension.class)
class WindowLockTest {
    private static final String PASSWORD = "violet hour at the pier";
    private static final String CLIENT = "Maria Okafor";

    @TempDir
    static Path folder;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final AtomicReference<RapportServices> current = new AtomicReference<>();
    private RapportServices opened;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = RapportServices.open(newStoreLocation(folder).withPassphrase(Passphrase.of(PASSWORD.toCharArray())), clock);
        opened.clients().save(ClientBuilder.named(CLIENT).build());
        opened.clients().save(ClientBuilder.named("Ada Stone").build());
        current.set(opened);
        UiPreferences preferences = TestPreferences.fresh();
        preferences.setLockAfter(Duration.ofMinutes(1));
        MainWindow window = new MainWindow(opened, FxTaskExecutor.daemonPool(), clock, preferences);
        window.setOnServicesChanged(current::set);
        window.startOn(Section.CLIENTS);
        stage.setScene(RapportApplication.scene(window, false));
        stage.show();
    }

    @AfterEach
    void close() {
        hideEveryWindowBut(stage);
        current.get().close();
    }

    @Test
    void ctrlShiftLClosesTheStoreHidesTheBookAndOnlyTheRightPasswordOpensItWhereTheUserWas(FxRobot robot) {
        selectOnTimeline(robot);
        assertThat(MainWindowAccess.menuItem(stage.getScene(), "lock-menu").getAccelerator())
                .isEqualTo(KeyCombination.keyCombination("Shortcut+Shift+L"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil("the window to show the password prompt", () -> robot.lookup("#locked-window").tryQuery().isPresent());
        assertNothingOfTheBookShows();
        waitUntil("the store to be closed while the window is locked", () -> isClosed(opened));

        robot.clickOn("#store-password").write("violet hour at the beach").type(KeyCode.ENTER);
        waitUntil("the prompt to say the password is wrong", () -> robot.lookup("#password-problem").queryLabeled().isVisible());
        assertThat(robot.lookup("#password-problem").queryLabeled().getText()).contains("password").contains("is not right");
        assertNothingOfTheBookShows();

        robot.clickOn("#store-password").write(PASSWORD).type(KeyCode.ENTER);
        waitUntil("the window to open the book again", () -> stage.getScene().getRoot() instanceof MainWindow);
        assertBackWhereTheUserWas(robot);
    }

    @Test
    void leftUntouchedForTheChosenTimeTheWindowLocksItselfAndClosesItsForms(FxRobot robot) {
        selectOnTimeline(robot);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("the log-touchpoint form to open", () -> robot.lookup("#log-touchpoint").tryQuery().isPresent());
        robot.write("Asked");

        clock.advance(Duration.ofSeconds(50));
        robot.write(" ok");
        clock.advance(Duration.ofSeconds(30));
        robot.interact(windowLock()::lockIfIdle);
        assertThat(stage.getScene().getRoot()).as("a key typed 30 s ago keeps the window open").isInstanceOf(MainWindow.class);

        clock.advance(Duration.ofSeconds(31));
        robot.interact(windowLock()::lockIfIdle);

        waitUntil("the untouched window to lock itself", () -> robot.lookup("#locked-window").tryQuery().isPresent());
        assertNothingOfTheBookShows();
        robot.clickOn("#store-password").write(PASSWORD).type(KeyCode.ENTER);
        waitUntil("the window to open the book again", () -> stage.getScene().getRoot() instanceof MainWindow);
        assertBackWhereTheUserWas(robot);
    }

    @Test
    void aStoreThatIsNotEncryptedHasNoLock() {
        RapportServices plain = FxTestSupport.openStore(folder);
        try {
            assertThat(new MainWindow(plain, FxTaskExecutor.daemonPool(), clock, TestPreferences.fresh()).windowLock()).isNull();
        } finally {
            plain.close();
        }
    }

    private WindowLock windowLock() {
        return ((MainWindow) stage.getScene().getRoot()).windowLock();
    }

    /** Maria Okafor selected in the client list, her timeline in front. */
    private void selectOnTimeline(FxRobot robot) {
        ListView<ClientSummary> list = clientList(robot);
        waitUntil("the client list to show both clients", () -> list.getItems().size() == 2);
        robot.clickOn(CLIENT);
        waitUntil("Maria Okafor's profile to open", () -> CLIENT.equals(robot.lookup("#header-name").queryLabeled().getText()));
        robot.clickOn(robot.lookup(".tab").match(tab -> tab.lookup(".tab-label") instanceof Labeled label
                && "Timeline".equals(label.getText())).<Node>query());
        waitUntil("the timeline to be in front", () -> "Timeline".equals(((MainWindow) stage.getScene().getRoot()).place().clientTab()));
    }

    private void assertBackWhereTheUserWas(FxRobot robot) {
        waitUntil("Maria Okafor to be selected again", () -> robot.lookup("#header-name").tryQuery()
                .map(name -> CLIENT.equals(((Labeled) name).getText())).orElse(false));
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        assertThat(window.place()).isEqualTo(new MainWindow.Place(Section.CLIENTS, window.place().client(), "Timeline"));
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("Unlocked");
        assertThat(current.get()).isNotSameAs(opened);
        assertThat(current.get().clients().any()).isTrue();
    }

    /** Only the password prompt is on screen: no other window, and no client's name or list in this one. */
    private void assertNothingOfTheBookShows() {
        Scene scene = stage.getScene();
        assertThat(Window.getWindows()).containsExactly(stage);
        List<String> texts = new ArrayList<>();
        collectTexts(scene.getRoot(), texts);
        assertThat(texts).noneMatch(text -> text.contains("Maria") || text.contains("Ada"));
        assertThat(scene.getRoot().lookupAll(".list-view")).isEmpty();
        assertThat(scene.getRoot().lookup("#store-password")).isNotNull();
    }

    private static void collectTexts(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, texts));
        }
    }

    private static boolean isClosed(RapportServices services) {
        try {
            services.clients().any();
            return false;
        } catch (RuntimeException closed) {
            return true;
        }
    }
}
