package app.rapport.ui;

import app.rapport.service.RapportServices;
import app.rapport.ui.task.TaskExecutor;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The lock of an encrypted store's window, for a computer others sit down at: File → Lock
 * (Ctrl+Shift+L), or the window left untouched for the time this desk chose, closes the store and
 * leaves nothing in the window but the password prompt (the forms and dialogs close too). The
 * password opens the store again, where the user was.
 *
 * <p>The prompt is a pane in the window, not a dialog, and the store is closed and opened again in
 * the background: the window keeps answering while it locks and unlocks.
 */
final class WindowLock {
    /** How often the window asks itself whether it sat untouched for long enough. */
    private static final javafx.util.Duration IDLE_CHECK_EVERY = javafx.util.Duration.seconds(10);
    private static final List<Duration> IDLE_CHOICES = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1));

    private final MainWindow window;
    private final TaskExecutor background;
    private final Clock clock;
    private final UiPreferences preferences;
    private final Timeline idleCheck = new Timeline(new KeyFrame(IDLE_CHECK_EVERY, event -> lockIfIdle()));
    private final EventHandler<InputEvent> touched = event -> lastTouched = now();
    private final ListChangeListener<Window> windowsOpened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(opened -> opened.addEventFilter(InputEvent.ANY, touched));
        }
    };
    private Instant lastTouched;
    private boolean watching;
    private boolean locked;

    WindowLock(MainWindow window, TaskExecutor background, Clock clock, UiPreferences preferences) {
        this.window = window;
        this.background = background;
        this.clock = clock;
        this.preferences = preferences;
        idleCheck.setCycleCount(Timeline.INDEFINITE);
    }

    /** File → Lock, and the choice of how long the window may sit untouched before it locks. */
    List<MenuItem> menuItems() {
        MenuItem lockNow = new MenuItem("Lock");
        lockNow.setId("lock-menu");
        lockNow.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        lockNow.setOnAction(event -> lock());
        Menu whenAway = new Menu("Lock when away");
        whenAway.setId("lock-after-menu");
        ToggleGroup choice = new ToggleGroup();
        TreeSet<Duration> choices = new TreeSet<>(IDLE_CHOICES);
        if (!preferences.lockAfter().isZero()) {
            choices.add(preferences.lockAfter()); // a time chosen elsewhere stays on the list
        }
        for (Duration idle : choices) {
            whenAway.getItems().add(idleChoice(choice, "After " + minutes(idle), idle));
        }
        whenAway.getItems().add(idleChoice(choice, "Never", Duration.ZERO));
        return List.of(lockNow, whenAway);
    }

    private RadioMenuItem idleChoice(ToggleGroup group, String text, Duration idle) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId("lock-after-" + idle.toMinutes());
        item.setToggleGroup(group);
        item.setSelected(idle.equals(preferences.lockAfter()));
        item.setOnAction(event -> {
            preferences.setLockAfter(idle);
            lastTouched = now();
            window.report(idle.isZero() ? "The window no longer locks by itself"
                    : "The window locks itself after " + minutes(idle) + " untouched");
        });
        return item;
    }

    private static String minutes(Duration idle) {
        long minutes = idle.toMinutes();
        if (minutes % 60 == 0) {
            return minutes == 60 ? "1 hour" : minutes / 60 + " hours";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** Starts counting untouched time once the window is on screen: any key, click or mouse move in any of the app's windows resets it. */
    void watch() {
        if (watching || locked) {
            return;
        }
        watching = true;
        lastTouched = now();
        Window.getWindows().forEach(open -> open.addEventFilter(InputEvent.ANY, touched));
        Window.getWindows().addListener(windowsOpened);
        idleCheck.play();
    }

    private void stopWatching() {
        watching = false;
        idleCheck.stop();
        Window.getWindows().removeListener(windowsOpened);
        Window.getWindows().forEach(open -> open.removeEventFilter(InputEvent.ANY, touched));
    }

    /**
     * Locks when nobody touched the app for the chosen time. The window asks every few seconds;
     * a test asks after moving its clock.
     */
    void lockIfIdle() {
        if (window.getScene() == null) {
            stopWatching(); // a restore or encryption put another window in its place
            return;
        }
        Duration idle = preferences.lockAfter();
        if (watching && !idle.isZero() && !now().isBefore(lastTouched.plus(idle))) {
            lock();
        }
    }

    /** Closes the store and leaves only the password prompt in the window; the right password brings back the place the user was at. */
    void lock() {
        Scene scene = window.getScene();
        if (locked || scene == null) {
            return;
        }
        locked = true;
        stopWatching();
        MainWindow.Place place = window.place();
        RapportServices open = window.services();
        RapportServices.Opener opener = open.reopener();
        Window stage = scene.getWindow();
        // Forms and lists in windows of their own would show the book over the prompt.
        List.copyOf(Window.getWindows()).stream().filter(other -> other != stage).forEach(Window::hide);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        PasswordPrompt[] prompt = new PasswordPrompt[1];
        prompt[0] = PasswordPrompt.unlocking(open.storeName(), password -> background.run(() -> {
            closed.join();
            return opener.open(password);
        }, reopened -> scene.setRoot(window.reopenedOn(reopened, place)), failure -> prompt[0].failed(Messages.of(failure))));
        StackPane lockedScreen = new StackPane(prompt[0]);
        lockedScreen.setId("locked-window");
        scene.setRoot(lockedScreen);
        background.run(() -> {
            open.close();
            return open;
        }, done -> closed.complete(null), failure -> closed.complete(null));
    }

    private Instant now() {
        return clock.instant();
    }
}
