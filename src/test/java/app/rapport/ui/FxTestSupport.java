package app.rapport.ui;

import app.rapport.domain.ClientSummary;
import app.rapport.service.RapportServices;
import app.rapport.store.StoreLocation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the window tests each need: waiting for the window to catch up (saying what was awaited
 * when it never does), a store of their own in a temporary folder, and a scene that looks as the
 * app's does.
 */
public final class FxTestSupport {
    /** How long a test waits for the window before it gives up: generous, as the build machine is shared. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private FxTestSupport() {
    }

    /**
     * Waits until the condition holds, then until the FX thread has handled what is queued. The
     * condition is asked again and again; one that throws counts as not holding yet. On timeout
     * the test fails with {@code awaited} in the message, e.g. "the timeline shows the new call".
     */
    public static void waitUntil(String awaited, Callable<Boolean> condition) {
        waitUntil(awaited, PATIENCE, condition);
    }

    /** {@link #waitUntil(String, Callable)} for work known to take longer, such as loading a large demo. */
    public static void waitUntil(String awaited, Duration patience, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS, condition);
        } catch (TimeoutException e) {
            String waited = patience.toMillis() % 1000 == 0 ? patience.toSeconds() + " s" : patience.toMillis() + " ms";
            throw new AssertionError("Waited " + waited + " for " + awaited + ", but it never happened", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The node {@code query} finds, looked up on the FX thread. A lookup from the test's thread walks
     * the scene graph while the FX thread may be rebuilding part of it (a profile read again after
     * another desk's save), and can fail half way; on the FX thread the graph holds still.
     */
    public static <T extends javafx.scene.Node> T queryOnFx(FxRobot robot, String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).<T>query()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while looking up " + query, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("Could not look up " + query + ": " + e.getCause(), e.getCause());
        }
    }

    /** Clicks the node {@code query} finds, looked up on the FX thread ({@link #queryOnFx}). */
    public static void clickOnFx(FxRobot robot, String query) {
        robot.clickOn(FxTestSupport.<javafx.scene.Node>queryOnFx(robot, query));
    }

    /**
     * The clients' list once the window has made it: the Clients section is built after the
     * window's first frame, so on a busy machine a test can start before it exists.
     */
    public static ListView<ClientSummary> clientList(FxRobot robot) {
        waitUntil("the window to make the clients' list", () -> robot.lookup("#client-list").tryQuery().isPresent());
        return robot.lookup("#client-list").queryListView();
    }

    /** A new, empty store in a folder of its own below {@code folder} (a JUnit {@code @TempDir}), with its services. */
    public static RapportServices openStore(Path folder) {
        return RapportServices.open(newStoreLocation(folder));
    }

    /** Where a store of its own below {@code folder} goes, for a test that opens it itself (again, or with a password). */
    public static StoreLocation newStoreLocation(Path folder) {
        return StoreLocation.of(folder.resolve(UUID.randomUUID().toString()).toString());
    }

    /**
     * Hides every window but the test's own stage, on the FX thread, and waits for it: a form or
     * dialog left open would sit, modal, over the next test's window.
     */
    public static void hideEveryWindowBut(javafx.stage.Stage stage) {
        try {
            WaitForAsyncUtils.asyncFx(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
                    .filter(window -> window != stage).forEach(javafx.stage.Window::hide)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while closing the windows left open", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("Could not close the windows left open: " + e.getCause(), e.getCause());
        }
    }

    /** A scene of this size showing {@code root} in the app's light theme, with the app's stylesheet. */
    public static Scene styledScene(Parent root, double width, double height) {
        Theme.apply(false);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(FxTestSupport.class.getResource("/app/rapport/ui/rapport.css")).toExternalForm());
        return scene;
    }
}
