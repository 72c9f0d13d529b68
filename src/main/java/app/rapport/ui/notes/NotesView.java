package app.rapport.ui.notes;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.Note;
import app.rapport.service.NoteService;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.UndoManager;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A client's notes: a box to write a new one at the top, then the notes, pinned first and newest
 * first. Long notes are shown shortened until asked for; each note can be pinned, edited in place
 * and deleted (Undo brings it back).
 */
public final class NotesView extends VBox {
    static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final NotesViewModel model;
    private final TextArea draft = new TextArea();
    private final ListView<Note> list = new ListView<>();

    /** Notes are dated in {@code clock}'s zone, the user's. */
    public NotesView(NoteService notes, TaskExecutor background, UndoManager undo, Consumer<String> statusReporter, Clock clock) {
        this(new NotesViewModel(notes, background, undo, statusReporter), clock);
    }

    NotesView(NotesViewModel model, Clock clock) {
        super(10);
        this.model = model;
        getStyleClass().add("notes-view");
        getStylesheets().add(Objects.requireNonNull(NotesView.class.getResource("/app/rapport/ui/notes.css")).toExternalForm());

        draft.setId("note-draft");
        draft.setPromptText("Add a note");
        draft.setWrapText(true);
        draft.setPrefRowCount(3);
        draft.textProperty().bindBidirectional(model.draftProperty());
        draft.disableProperty().bind(model.clientProperty().isNull().or(model.addingProperty()));
        draft.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SUBMIT.match(event)) {
                event.consume();
                model.add();
            }
        });

        Label hint = new Label("Ctrl+Enter to add");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId("note-draft-problem");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.draftProblemProperty());
        problem.visibleProperty().bind(model.draftProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        hint.visibleProperty().bind(problem.visibleProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        model.draftProblemProperty().addListener((observable, before, now) ->
                draft.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));

        Button add = new Button("Add note", new FontIcon(Material2AL.ADD));
        add.setId("add-note");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(draft.disableProperty());
        add.setOnAction(event -> model.add());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox addBar = new HBox(8, hint, problem, spacer, add);
        addBar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(problem, Priority.SOMETIMES);
        VBox compose = new VBox(6, draft, addBar);
        compose.getStyleClass().add("note-compose");

        list.setId("notes-list");
        list.getStyleClass().add("notes-list");
        list.setItems(model.notes());
        list.setCellFactory(view -> new NoteCell(model, clock.getZone()));
        list.setFocusTraversable(true);
        Label empty = new Label();
        empty.setId("notes-empty");
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyTextProperty());
        list.setPlaceholder(empty);
        list.setOnKeyPressed(event -> {
            Note selected = list.getSelectionModel().getSelectedItem();
            if (selected == null || event.getTarget() != list) {
                return;
            }
            if (event.getCode() == KeyCode.DELETE) {
                model.delete(selected);
                event.consume();
            } else if (event.getCode() == KeyCode.F2 || event.getCode() == KeyCode.ENTER) {
                model.startEdit(selected);
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        getChildren().addAll(compose, list);
    }

    /** Shows the notes of this client, or nothing for null. */
    public void setClient(UUID clientIdOrNull) {
        model.setClient(clientIdOrNull);
    }

    /** Reads the notes again, e.g. after an undo elsewhere. */
    public void refresh() {
        model.refresh();
    }

    /** Puts the cursor in the "Add a note" box. */
    public void focusDraft() {
        draft.requestFocus();
    }

    /** Where status messages get the name of the client they are about. */
    public void setClientNames(java.util.function.Function<java.util.UUID, String> clientNames) {
        model.setClientNames(clientNames);
    }

    /** Reads the notes again when a committed change is about a note of the client shown. */
    public void followChanges(ChangeFollower changes) {
        changes.follow(ChangeFollower.about(model.clientProperty()::get, "note"), this::refresh);
    }
}
