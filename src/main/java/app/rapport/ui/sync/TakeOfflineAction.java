package app.rapport.ui.sync;

import app.rapport.service.LaptopService;
import app.rapport.service.RapportServices;
import app.rapport.service.UnknownSegmentException;
import app.rapport.ui.Messages;
import app.rapport.ui.UiPreferences;
import app.rapport.ui.team.TeamServerDialog;
import app.rapport.ui.task.TaskExecutor;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → Take the team book offline…: makes a copy of the team server's book on this laptop that
 * works without a network and syncs when one is there. An empty book on this computer (a new
 * laptop) becomes the copy itself, so Rapport opens it as always; otherwise the copy goes into a
 * new file the user chooses, and the window moves to it.
 */
public final class TakeOfflineAction {
    private static final String WHOLE_BOOK = "Whole book";
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
                + ", which you can use with no network. Your changes and the office's are exchanged whenever the server can be reached."
                + " To carry only your territory, choose or type the name of a segment saved at the office under Clients.";
        ComboBox<String> part = new ComboBox<>(FXCollections.observableArrayList(WHOLE_BOOK));
        part.setId("take-offline-segment");
        part.setEditable(true);
        part.setValue(WHOLE_BOOK);
        part.setMaxWidth(Double.MAX_VALUE);
        // the copy runs in the background: it reads the choice from here, not from the control
        AtomicReference<String> segment = new AtomicReference<>();
        part.getEditor().textProperty().addListener((property, old, typed) -> segment.set(segmentNamed(typed)));
        part.valueProperty().addListener((property, old, picked) -> segment.set(segmentNamed(picked)));
        TeamServerDialog.open(window.get(), "Take the team book offline", intro, "Copy the book", new TeamServerDialog.Choice("Clients", part),
                background, preferences,
                (location, user, password, progress) -> {
                    String chosen = segment.get();
                    progress.accept(chosen == null ? "Copying the team's book\u2026" : "Copying the clients of \u201c" + chosen + "\u201d\u2026");
                    try {
                        return link(current, newFile, location, user, password, chosen);
                    } catch (UnknownSegmentException e) {
                        Platform.runLater(() -> {
                            // offering the saved names must not turn what was typed back into the whole book
                            String typed = part.getEditor().getText();
                            part.getItems().setAll(WHOLE_BOOK);
                            part.getItems().addAll(e.saved());
                            part.setValue(typed);
                        });
                        throw e;
                    }
                },
                replaced -> {
                    storeReplaced.accept(replaced);
                    if (replaced.services() != current) {
                        current.close();
                    }
                });
    }

    private static String segmentNamed(String choice) {
        return choice == null || choice.isBlank() || choice.strip().equalsIgnoreCase(WHOLE_BOOK) ? null : choice.strip();
    }

    private RapportServices.Replaced link(RapportServices current, Path newFile, String location, String user, char[] password, String segment) {
        if (newFile == null) {
            LaptopService.Linked linked = current.laptops().link(location, user, password, laptopName, segment);
            return new RapportServices.Replaced(current, summary(linked));
        }
        RapportServices laptop = RapportServices.linkNewLaptopStore(newFile, location, user, password, laptopName, segment);
        String what = laptop.laptops().territory().map(territory -> "the clients of \u201c" + territory.segment() + "\u201d (" + territory.held()
                + ")").orElse("the team's book");
        LaptopService.Link link = laptop.laptops().link().orElseThrow();
        return new RapportServices.Replaced(laptop, "Copied " + what + " from " + link.server() + " into " + newFile
                + ". Start Rapport with  --db " + newFile + "  (or set RAPPORT_DB) to open it next time.");
    }

    private static String summary(LaptopService.Linked linked) {
        String what = linked.territory().map(territory -> String.format("the %,d clients of \u201c%s\u201d", territory.held(), territory.segment()))
                .orElse(String.format("%,d clients", linked.clients()));
        return String.format("Copied %s (%,d rows) from %s; this laptop now works offline and syncs on its own.", what, linked.rows(), linked.server());
    }

    private void tell(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(window.get());
        alert.setTitle("Take the team book offline");
        alert.setHeaderText(header);
        alert.show();
    }
}
