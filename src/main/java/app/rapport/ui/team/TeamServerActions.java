package app.rapport.ui.team;

import app.rapport.ui.UiPreferences;
import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import app.rapport.service.TeamService;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The File menu's way to a team server: connect to a book there, or move this file's book there (publish). */
public final class TeamServerActions {
    private final Supplier<RapportServices> services;
    private final TaskExecutor background;
    private final Supplier<Window> window;
    private final Consumer<RapportServices.Replaced> storeReplaced;
    private final UiPreferences preferences;

    /** {@code storeReplaced} takes the services over the server's book once connected (the window moves to them). */
    public TeamServerActions(Supplier<RapportServices> services, TaskExecutor background, Supplier<Window> window,
                             UiPreferences preferences, Consumer<RapportServices.Replaced> storeReplaced) {
        this.preferences = preferences;
        this.services = services;
        this.background = background;
        this.window = window;
        this.storeReplaced = storeReplaced;
    }

    public MenuItem connectItem() {
        MenuItem item = new MenuItem("Connect to a team server\u2026");
        item.setId("connect-team-server-menu");
        item.setOnAction(event -> connect());
        return item;
    }

    public MenuItem moveItem() {
        MenuItem item = new MenuItem("Move to a team server\u2026");
        item.setId("move-team-server-menu");
        item.setOnAction(event -> move());
        return item;
    }

    private void connect() {
        TeamServerDialog.open(window.get(), "Connect to a team server",
                "Work on the client book that your desks share on a PostgreSQL server. The password is asked each time and kept"
                        + " nowhere; leave it empty to use your .pgpass file.",
                "Connect", background, preferences,
                (location, user, password, progress) -> RapportServices.openTeamServer(location, user, password),
                opened -> {
                    RapportServices left = services.get();
                    storeReplaced.accept(new RapportServices.Replaced(opened, "Connected to " + opened.storeName()));
                    left.close();
                });
    }

    private void move() {
        TeamServerDialog.openStoppable(window.get(), "Move to a team server",
                "Copy this book into an empty database on a PostgreSQL server (ask its owner to create one), check every table there,"
                        + " and then switch the desks to it. This file stays as it is.",
                "Move", background, preferences,
                (location, user, password, progress, stopAsked) -> services.get().team().publish(location, user, password,
                        steps(progress, stopAsked)),
                published -> {
                    Alert done = new Alert(Alert.AlertType.INFORMATION, published.howToSwitch(services.get().storeName()));
                    done.initOwner(window.get());
                    done.setTitle("Moved to a team server");
                    done.setHeaderText("The book is on " + published.location() + ": " + published.clients() + " clients, "
                            + published.rows() + " rows, every table checked.");
                    done.getDialogPane().setId("moved-to-team-server");
                    done.show();
                });
    }

    private static Progress steps(Consumer<String> progress, java.util.function.BooleanSupplier stopAsked) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                progress.accept("Step " + Math.min(done + 1, total) + " of " + total + ": " + message + "\u2026");
            }

            @Override
            public boolean isCancelled() {
                return stopAsked.getAsBoolean();
            }
        };
    }
}
