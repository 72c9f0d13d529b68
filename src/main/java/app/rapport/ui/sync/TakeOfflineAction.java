package app.rapport.ui.sync;

import app.rapport.service.LaptopService;
import app.rapport.service.RapportServices;
import app.rapport.ui.Messages;
import app.rapport.ui.UiPreferences;
import app.rapport.ui.team.TeamServerDialog;
import app.rapport.ui.task.TaskExecutor;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → Take the team book offline…: makes a copy of the team server's book on this laptop that
 * works without a network and syncs when one is there. An empty book on this computer (a new
 * laptop) becomes the copy itself, so Rapport opens it as always; otherwise the copy goes into a
 * new file the user chooses, and the window moves to it.
 */
public final class TakeOfflineAction {
    private final Supplier<RapportServices> services;
    private final TaskExecutor background;
    private final Supplier<Window> window;
    private final Consumer<RapportServices.Replaced> storeReplaced;
    private final UiPreferences preferences;
    private final String laptopName;

    /** {@code laptopName} is what the server's list of laptops calls this one (the computer's name). */
    public TakeOfflineAction(Supplier<RapportServices> services, TaskExecutor background, Supplier<Window> window,
                             UiPreferences preferences, Consumer<RapportServices.Replaced> storeReplaced, String laptopName) {
        this.services = services;
        this.background = background;
        this.window = window;
        this.storeReplaced = storeReplaced;
        this.preferences = preferences;
        this.laptopName = laptopName;
    }

    public MenuItem item() {
        MenuItem item = new MenuItem("Take the team book offline\u2026");
        item.setId("take-offline-menu");
        item.setOnAction(event -> start());
        return item;
    }

    private void start() {
        RapportServices current = services.get();
        if (current.isOnServer()) {
            tell("This window works on the team server itself.", "Take the book offline from the laptop that goes on the road:"
                    + " start Rapport there on its own book (a file) and choose File \u2192 Take the team book offline\u2026 there.");
            return;
        }
        background.run(() -> current.laptops().link().isPresent() ? Boolean.TRUE : current.clients().any() ? null : Boolean.FALSE,
                state -> {
                    if (Boolean.TRUE.equals(state)) {
                        tell("This book is a team book's offline copy already.", "It syncs with its server on its own; the corner of"
                                + " the window says how far.");
                    } else if (state == null) {
                        chooseNewFile();
                    } else {
                        askServer(null);
                    }
                }, failure -> tell("The book could not be read.", Messages.of(failure)));
    }

    private void chooseNewFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where to keep the team book on this laptop");
        chooser.setInitialFileName("team-book.mv.db");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Rapport book", "*.mv.db"));
        File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            askServer(file.toPath());
        }
    }

    /** Asks for the server and links {@code newFile} (null: this window's own, empty, book). */
    private void askServer(Path newFile) {
        RapportServices current = services.get();
        String intro = (newFile == null ? "This book is empty: it becomes a copy of the team's book"
                : "A copy of the team's book is made in " + newFile.getFileName())
                + ", which you can use with no network. Your changes and the office's are exchanged whenever the server can be reached.";
        TeamServerDialog.open(window.get(), "Take the team book offline", intro, "Copy the book", background, preferences,
                (location, user, password, progress) -> {
                    progress.accept("Copying the team's book\u2026");
                    if (newFile == null) {
                        LaptopService.Linked linked = current.laptops().link(location, user, password, laptopName);
                        return new RapportServices.Replaced(current, summary(linked));
                    }
                    RapportServices laptop = RapportServices.linkNewLaptopStore(newFile, location, user, password, laptopName);
                    LaptopService.Link link = laptop.laptops().link().orElseThrow();
                    return new RapportServices.Replaced(laptop, "Copied the team's book from " + link.server() + " into " + newFile
                            + ". Start Rapport with  --db " + newFile + "  (or set RAPPORT_DB) to open it next time.");
                },
                replaced -> {
                    storeReplaced.accept(replaced);
                    if (replaced.services() != current) {
                        current.close();
                    }
                });
    }

    private static String summary(LaptopService.Linked linked) {
        return String.format("Copied %,d clients (%,d rows) from %s; this laptop now works offline and syncs on its own.",
                linked.clients(), linked.rows(), linked.server());
    }

    private void tell(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(window.get());
        alert.setTitle("Take the team book offline");
        alert.setHeaderText(header);
        alert.show();
    }
}
