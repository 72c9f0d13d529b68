package app.rapport.ui;

import app.rapport.service.RapportServices;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The JavaFX application. The store is opened in the background while the window shows that it
 * is opening; a store that cannot be opened gets a clear message, never a stack trace.
 */
public final class RapportApplication extends Application {
    private static volatile RapportServices.Opener servicesOpener;
    private static volatile Consumer<MainWindow> mainWindowWatcher = window -> { };
    private static volatile CompletableFuture<Opened> openingEarly;

    private volatile RapportServices services;
    private Stage stage;
    private UiPreferences preferences;

    /**
     * Opens the window on the store that {@code opener} opens (asking for its password first
     * when it is encrypted), and returns when the window closes.
     */
    public static void launch(RapportServices.Opener opener) {
        launch(opener, window -> { });
    }

    /**
     * Like {@link #launch(RapportServices.Opener)}, handing each main window to {@code onMainWindow}
     * as it appears (the benchmarks watch it through this).
     */
    public static void launch(RapportServices.Opener opener, Consumer<MainWindow> onMainWindow) {
        servicesOpener = Objects.requireNonNull(opener);
        mainWindowWatcher = Objects.requireNonNull(onMainWindow);
        // The store opens, and the window's first screen is read, while JavaFX starts: on a big
        // store each takes a good part of a second. A new store waits for the window instead
        // (it opens in a blink): a window that cannot open, with no display, leaves no empty store behind.
        openingEarly = opener.needsPassword() || !opener.storeExists() ? null : CompletableFuture.supplyAsync(() -> Opened.read(opener.open()), work -> {
            Thread thread = new Thread(work, "rapport-open");
            thread.setDaemon(true);
            thread.start();
        });
        Application.launch(RapportApplication.class);
    }

    /**
     * The app's icon in the sizes window managers ask for (title bar, task switcher, dock); the
     * build copies them from assets/icon, where the installers take theirs.
     */
    public static List<Image> icons() {
        return List.of(16, 24, 32, 48, 64, 128, 256).stream()
                .map(size -> new Image(Objects.requireNonNull(RapportApplication.class.getResource("icon/rapport-" + size + ".png"),
                        "icon " + size).toExternalForm()))
                .toList();
    }

    /** The look shared by the app and its tests. */
    public static Scene scene(javafx.scene.Parent root, boolean dark) {
        Theme.apply(dark);
        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().add(Objects.requireNonNull(RapportApplication.class.getResource("rapport.css")).toExternalForm());
        return scene;
    }

    /** An open store, with what the window shows first when it was read along with it (else null). */
    private record Opened(RapportServices services, MainWindow.FirstScreen firstScreen) {
        static Opened read(RapportServices services) {
            try {
                return new Opened(services, MainWindow.FirstScreen.read(services, true));
            } catch (RuntimeException e) {
                // The window reads it again, and says what is wrong if it still fails.
                return new Opened(services, null);
            }
        }
    }

    @Override
    public void start(Stage stage) {
        Label opening = new Label("Opening your clients\u2026");
        VBox waiting = new VBox(12, opening);
        waiting.setAlignment(Pos.CENTER);
        // Most stores open in a blink; a spinner only for those that take a while.
        PauseTransition slowOpening = new PauseTransition(Duration.seconds(0.6));
        slowOpening.setOnFinished(event -> {
            if (stage.getScene().getRoot() == waiting) {
                waiting.getChildren().add(0, new ProgressIndicator());
            }
        });
        slowOpening.play();
        this.stage = stage;
        preferences = UiPreferences.forUser();
        stage.setTitle("Rapport");
        stage.getIcons().setAll(icons());
        stage.setScene(scene(waiting, preferences.darkTheme()));
        preferences.restore(stage);
        stage.show();

        TaskExecutor background = FxTaskExecutor.daemonPool();
        background.witnessFailures(failure -> {
            RapportServices current = services;
            if (current != null) {
                current.errorLog().record("window", failure);
            }
        });
        RapportServices.Opener opener = servicesOpener;
        if (opener.needsPassword()) {
            PasswordPrompt[] prompt = new PasswordPrompt[1];
            prompt[0] = new PasswordPrompt(opener.storeName(), password -> background.run(() -> Opened.read(opener.open(password)),
                    opened -> showMain(opened, background), failure -> prompt[0].failed(Messages.of(failure))));
            stage.getScene().setRoot(new VBox(prompt[0]));
            ((VBox) stage.getScene().getRoot()).setAlignment(Pos.CENTER);
        } else {
            CompletableFuture<Opened> storeOpening = openingEarly != null ? openingEarly : CompletableFuture.completedFuture(null);
            background.run(() -> {
                try {
                    Opened early = storeOpening.join();
                    return early != null ? early : Opened.read(opener.open());
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }, opened -> showMain(opened, background), failure -> stage.getScene().setRoot(cannotOpen(failure)));
        }
    }

    private void showMain(Opened opened, TaskExecutor background) {
        services = opened.services();
        stage.setTitle("Rapport \u2014 " + services.storeName());
        MainWindow window = new MainWindow(services, background, services.clock(), preferences, opened.firstScreen());
        window.setOnServicesChanged(replaced -> services = replaced);
        stage.getScene().setRoot(window);
        mainWindowWatcher.accept(window);
        window.backUpIfDue();
    }

    @Override
    public void stop() {
        if (stage != null) {
            preferences.remember(stage);
        }
        if (services != null) {
            services.close();
        }
    }

    private static VBox cannotOpen(Throwable failure) {
        Label title = new Label("Rapport could not open your store");
        title.getStyleClass().add("title-3");
        title.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        Label message = new Label(Messages.of(failure));
        message.setId("open-error");
        message.setWrapText(true);
        message.setMaxWidth(560);
        Button quit = new Button("Quit");
        quit.setDefaultButton(true);
        quit.setOnAction(event -> Platform.exit());
        VBox box = new VBox(16, title, message, quit);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
