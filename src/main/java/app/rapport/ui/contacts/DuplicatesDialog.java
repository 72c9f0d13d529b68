package app.rapport.ui.contacts;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.contacts.DuplicateFinder;
import app.rapport.service.ContactService;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import app.rapport.ui.UndoManager;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Clients > Find duplicates: likely pairs, the two profiles side by side, and Merge, which keeps
 * the left one and gives it everything of the right one; Undo takes the merge back.
 */
public final class DuplicatesDialog extends Dialog<Void> {
    private final ListView<DuplicateFinder.Pair> pairs = new ListView<>();
    private final VBox left = new VBox(4);
    private final VBox right = new VBox(4);
    private final Label message = new Label();
    private final ContactService contacts;
    private final TaskExecutor background;
    private boolean swapped;

    private DuplicatesDialog(Window owner, ContactService contacts, TaskExecutor background, UndoManager undo, Consumer<String> onMerged,
                             Consumer<UUID> refresh) {
        this.contacts = contacts;
        this.background = background;
        initOwner(owner);
        setTitle("Find duplicates");
        setHeaderText("Certain: the same email, or the same phone and name. Possible: the same phone with another name\n"
                + "(a family's landline, an office's switchboard), or the same name with nothing else in common \u2014 check before merging.");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);

        pairs.setId("duplicate-pairs");
        pairs.setPlaceholder(new Label("Looking for duplicates\u2026"));
        pairs.setPrefSize(340, 420);
        // The list keeps its width: without it a long header squeezes the pairs to a sliver.
        pairs.setMinWidth(300);
        getDialogPane().setPrefWidth(1040);
        getDialogPane().setMinWidth(960);
        pairs.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicateFinder.Pair pair, boolean empty) {
                super.updateItem(pair, empty);
                setText(empty || pair == null ? null : pair.first().displayName() + "  \u2194  " + pair.second().displayName() + "\n"
                        + (pair.certain() ? "Certain: " : "Possible: ") + pair.reason());
            }
        });
        pairs.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            swapped = false;
            showPair(now);
        });

        Button merge = new Button("_Merge into the left client");
        merge.setId("merge-pair");
        merge.disableProperty().bind(pairs.getSelectionModel().selectedItemProperty().isNull());
        merge.setOnAction(event -> {
            DuplicateFinder.Pair pair = pairs.getSelectionModel().getSelectedItem();
            UUID kept = swapped ? pair.second().id() : pair.first().id();
            UUID gone = swapped ? pair.first().id() : pair.second().id();
            String keptName = swapped ? pair.second().displayName() : pair.first().displayName();
            String goneName = swapped ? pair.first().displayName() : pair.second().displayName();
            background.run(() -> contacts.merge(kept, gone), (ContactService.MergeDone merged) -> {
                pairs.getItems().remove(pair);
                String what = "Merged " + goneName + " into " + keptName;
                message.setText(what + " (" + merged.movedCount() + " records moved). Ctrl+Z undoes it.");
                undo.done(what, () -> contacts.unmerge(merged), () -> refresh.accept(gone));
                onMerged.accept(what + " \u2014 Ctrl+Z to undo");
                refresh.accept(kept);
            }, failure -> message.setText("Could not merge: " + Messages.of(failure)));
        });
        Button swap = new Button("_Swap sides");
        swap.setId("swap-pair");
        swap.disableProperty().bind(merge.disableProperty());
        swap.setOnAction(event -> {
            swapped = !swapped;
            showPair(pairs.getSelectionModel().getSelectedItem());
        });
        Button notDuplicates = new Button("_Not the same person");
        notDuplicates.setId("dismiss-pair");
        notDuplicates.disableProperty().bind(merge.disableProperty());
        notDuplicates.setOnAction(event -> pairs.getItems().remove(pairs.getSelectionModel().getSelectedItem()));

        left.setId("duplicate-left");
        right.setId("duplicate-right");
        left.setPrefWidth(300);
        right.setPrefWidth(300);
        HBox sideBySide = new HBox(16, left, right);
        for (Button button : List.of(merge, swap, notDuplicates)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, merge, swap, notDuplicates);
        actions.setAlignment(Pos.CENTER_LEFT);
        message.setId("duplicate-message");
        message.setWrapText(true);
        VBox detail = new VBox(12, sideBySide, actions, message);
        HBox content = new HBox(16, pairs, detail);
        HBox.setHgrow(detail, Priority.ALWAYS);
        content.setPadding(new Insets(6));
        getDialogPane().setContent(content);

        background.run(contacts::findDuplicates, found -> {
            pairs.getItems().setAll(found);
            pairs.setPlaceholder(new Label("No duplicates, certain or possible."));
            if (!found.isEmpty()) {
                pairs.getSelectionModel().selectFirst();
                pairs.requestFocus();
            }
            message.setText(found.size() >= ContactService.DUPLICATE_PAIRS_SHOWN
                    ? "Showing the first " + found.size() + " pairs; merge some and open this again for more." : "");
        }, failure -> message.setText(Messages.of(failure)));
    }

    public static void open(Window owner, ContactService contacts, TaskExecutor background, UndoManager undo, Consumer<String> onMerged,
                            Consumer<UUID> refresh) {
        new DuplicatesDialog(owner, contacts, background, undo, onMerged, refresh).show();
    }

    private void showPair(DuplicateFinder.Pair pair) {
        left.getChildren().clear();
        right.getChildren().clear();
        if (pair == null) {
            return;
        }
        UUID first = swapped ? pair.second().id() : pair.first().id();
        UUID second = swapped ? pair.first().id() : pair.second().id();
        background.run(() -> contacts.profiles(first, second), profiles -> {
            if (profiles.size() == 2) {
                fill(left, "Keep", profiles.get(0));
                fill(right, "Merge in, then trash", profiles.get(1));
            }
        }, failure -> message.setText(Messages.of(failure)));
    }

    private static void fill(VBox side, String role, Client client) {
        Label title = new Label(client.displayName());
        title.getStyleClass().add("title-4");
        Label caption = new Label(role);
        caption.getStyleClass().add("text-muted");
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(3);
        int row = 0;
        row = fact(facts, row, "Company", client.companyName());
        row = fact(facts, row, "Phones", client.phones().stream().map(p -> p.value() + " (" + p.label() + ")").collect(Collectors.joining("\n")));
        row = fact(facts, row, "Emails", client.emails().stream().map(ContactPoint::value).collect(Collectors.joining("\n")));
        row = fact(facts, row, "Address", client.address().oneLine());
        row = fact(facts, row, "Birthday", client.birthday() == null ? null : Formatting.current().date(client.birthday()));
        fact(facts, row, "Tags", String.join(", ", client.tags()));
        side.getChildren().setAll(List.of(caption, title, facts));
    }

    private static int fact(GridPane facts, int row, String name, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label label = new Label(name);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        facts.addRow(row, label, text);
        return row + 1;
    }
}
