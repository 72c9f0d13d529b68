package app.rapport.ui.notes;

import app.rapport.domain.Note;
import app.rapport.ui.control.Formatting;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;

/**
 * One note: its text (shortened when long), when it was written, and its actions. While the note
 * is being edited the cell shows a text area instead (Ctrl+Enter saves, Esc cancels).
 */
final class NoteCell extends ListCell<Note> {
    private static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");

    private final NotesViewModel model;

    private final Label body = new Label();
    /** A very long note, opened, is read in a box of its own that scrolls: laying out its whole text at every scroll of the list would freeze the window. */
    private final TextArea reader = new TextArea();
    private final Hyperlink showAll = new Hyperlink();
    private final Label when = new Label();
    private final ToggleButton pin = new ToggleButton();
    private final Button edit = new Button(null, new FontIcon(Material2AL.EDIT));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
    private final VBox reading;

    private final TextArea editor = new TextArea();
    private final Label editProblem = new Label();
    private final VBox editing;

    private VBox shown;
    private boolean boundToEditor;
    /** The user's zone, for the day and time a note was written. */
    private final ZoneId zone;

    NoteCell(NotesViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        getStyleClass().add("note-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
        setPrefWidth(0);

        body.getStyleClass().add("note-body");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.setMaxWidth(Double.MAX_VALUE);
        reader.getStyleClass().add("note-reader");
        reader.setEditable(false);
        reader.setWrapText(true);
        reader.setPrefRowCount(NotesViewModel.READER_ROWS);
        reader.setVisible(false);
        reader.setManaged(false);
        showAll.getStyleClass().addAll("note-show-all", Styles.TEXT_SMALL);
        showAll.setOnAction(event -> {
            if (getItem() != null) {
                model.toggleExpanded(getItem());
            }
        });

        when.getStyleClass().addAll("note-when", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        pin.getStyleClass().addAll("note-pin", Styles.BUTTON_ICON, Styles.FLAT);
        edit.getStyleClass().addAll("note-edit", Styles.BUTTON_ICON, Styles.FLAT);
        delete.getStyleClass().addAll("note-delete", Styles.BUTTON_ICON, Styles.FLAT);
        edit.setTooltip(new Tooltip("Edit (Enter)"));
        delete.setTooltip(new Tooltip("Delete (Del) \u2014 you can undo"));
        pin.setOnAction(event -> {
            Note note = getItem();
            if (note != null) {
                pin.setSelected(note.pinned());
                model.togglePin(note);
            }
        });
        edit.setOnAction(event -> {
            if (getItem() != null) {
                model.startEdit(getItem());
            }
        });
        delete.setOnAction(event -> {
            if (getItem() != null) {
                model.delete(getItem());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(2, when, spacer, pin, edit, delete);
        footer.setAlignment(Pos.CENTER_LEFT);
        reading = new VBox(4, body, reader, showAll, footer);
        reading.getStyleClass().add("note-card");

        editor.getStyleClass().add("note-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(5);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (NotesView.SUBMIT.match(event)) {
                event.consume();
                model.saveEdit();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                model.cancelEdit();
            }
        });
        editor.disableProperty().bind(model.savingEditProperty());
        editProblem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        editProblem.setWrapText(true);
        editProblem.textProperty().bind(model.editProblemProperty());
        editProblem.visibleProperty().bind(model.editProblemProperty().isNotEmpty());
        editProblem.managedProperty().bind(editProblem.visibleProperty());
        Label editHint = new Label("Ctrl+Enter saves \u00b7 Esc cancels");
        editHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll("note-cancel", Styles.FLAT);
        cancel.setOnAction(event -> model.cancelEdit());
        Button save = new Button("Save");
        save.getStyleClass().addAll("note-save", Styles.ACCENT);
        save.disableProperty().bind(model.savingEditProperty());
        save.setOnAction(event -> model.saveEdit());
        Region editSpacer = new Region();
        HBox.setHgrow(editSpacer, Priority.ALWAYS);
        HBox editBar = new HBox(8, editHint, editSpacer, cancel, save);
        editBar.setAlignment(Pos.CENTER_LEFT);
        editing = new VBox(6, editor, editProblem, editBar);
        editing.getStyleClass().addAll("note-card", "note-editing");

        model.editingProperty().addListener((observable, before, now) -> {
            Note note = getItem();
            if (note != null && (note.id().equals(before) || note.id().equals(now))) {
                render(note);
                if (note.id().equals(now)) {
                    Platform.runLater(() -> {
                        editor.requestFocus();
                        editor.end();
                    });
                }
            }
        });
        model.expanded().addListener((javafx.collections.SetChangeListener<java.util.UUID>) change -> {
            Note note = getItem();
            if (note != null && note.id().equals(change.getElementAdded() != null ? change.getElementAdded() : change.getElementRemoved())) {
                render(note);
            }
        });
    }

    @Override
    protected void updateItem(Note note, boolean empty) {
        super.updateItem(note, empty);
        setText(null);
        if (empty || note == null) {
            unbindEditor();
            pseudoClassStateChanged(PINNED, false);
            show(null);
            return;
        }
        render(note);
    }

    private void render(Note note) {
        pseudoClassStateChanged(PINNED, note.pinned());
        if (note.id().equals(model.editingProperty().get())) {
            if (!boundToEditor) {
                editor.textProperty().bindBidirectional(model.editDraftProperty());
                boundToEditor = true;
            }
            show(editing);
            return;
        }
        unbindEditor();
        String preview = NotesViewModel.preview(note.body());
        boolean expanded = model.isExpanded(note);
        boolean inReader = preview != null && expanded && note.body().length() > NotesViewModel.LABEL_MAX;
        body.setText(inReader ? "" : preview == null || expanded ? note.body() : preview);
        body.setVisible(!inReader);
        body.setManaged(!inReader);
        if (inReader && !note.body().equals(reader.getText())) {
            reader.setText(note.body());
            reader.positionCaret(0);
        } else if (!inReader && !reader.getText().isEmpty()) {
            reader.clear();
        }
        reader.setVisible(inReader);
        reader.setManaged(inReader);
        showAll.setVisible(preview != null);
        showAll.setManaged(preview != null);
        if (preview != null) {
            int hidden = note.body().length() - preview.length() + 1;
            showAll.setText(expanded ? "Show less"
                    : "Show all (" + NumberFormat.getIntegerInstance().format(Math.max(hidden, 1)) + " more characters)");
        }
        when.setText(describeWhen(note));
        pin.setSelected(note.pinned());
        pin.setGraphic(new FontIcon(note.pinned() ? Material2MZ.PUSH_PIN : Material2OutlinedMZ.PUSH_PIN));
        pin.setTooltip(new Tooltip(note.pinned() ? "Unpin" : "Pin to the top"));
        show(reading);
    }

    private void show(VBox content) {
        if (shown == content) {
            return;
        }
        shown = content;
        setGraphic(content);
        requestLayout();
    }

    private void unbindEditor() {
        if (boundToEditor) {
            editor.textProperty().unbindBidirectional(model.editDraftProperty());
            boundToEditor = false;
        }
    }

    private String describeWhen(Note note) {
        String written = Formatting.current().dateTime(note.createdAt(), zone);
        if (note.updatedAt() != null && Duration.between(note.createdAt(), note.updatedAt()).toMinutes() >= 1) {
            written += " \u00b7 edited " + Formatting.current().date(note.updatedAt().atZone(zone).toLocalDate());
        }
        return note.pinned() ? "Pinned \u00b7 " + written : written;
    }

    // A wrapping label needs to know its width to know its height: lay the card out across the
    // whole cell and size the cell by the card's height at that width.
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        double inner = (width > 0 ? width : getWidth()) - insets.getLeft() - insets.getRight();
        return insets.getTop() + getGraphic().prefHeight(Math.max(inner, 0)) + insets.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return getGraphic() == null ? super.computeMinHeight(width) : computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (getGraphic() == null) {
            super.layoutChildren();
            return;
        }
        Insets insets = getInsets();
        getGraphic().resizeRelocate(insets.getLeft(), insets.getTop(),
                getWidth() - insets.getLeft() - insets.getRight(), getHeight() - insets.getTop() - insets.getBottom());
    }
}
