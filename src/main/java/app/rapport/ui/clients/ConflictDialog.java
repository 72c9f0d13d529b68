package app.rapport.ui.clients;

import app.rapport.domain.Client;
import app.rapport.domain.ClientFields;
import app.rapport.service.ClientConflictException;
import app.rapport.service.EditConflictException.FieldConflict;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Another desk saved the client while this one was editing it: both values of each field that
 * differs, side by side, and a choice per field (keep theirs, keep mine). Its result is the merged
 * profile, carrying the stored version, so saving it checks once more that nobody came in between.
 * A field this desk did not touch starts on theirs; one it changed starts on mine.
 */
public final class ConflictDialog extends Dialog<Client> {
    static final ButtonType SAVE_CHOICES = new ButtonType("Save my choices", ButtonBar.ButtonData.OK_DONE);

    private final Map<String, ToggleGroup> choices = new LinkedHashMap<>();
    private final Map<String, RadioButton> mineButtons = new LinkedHashMap<>();

    ConflictDialog(Window owner, ClientConflictException conflict, Client read) {
        initOwner(owner);
        setTitle("Changed by " + conflict.changedBy() + " " + conflict.when());
        setHeaderText(conflict.changedBy() + " changed " + conflict.record() + " " + conflict.when()
                + ", while you were editing it. Nothing is lost yet: choose, field by field, which value to keep.");
        getDialogPane().getButtonTypes().addAll(SAVE_CHOICES, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE_CHOICES).setId("save-conflict-choices");
        getDialogPane().setId("conflict-dialog");

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        grid.setPadding(new Insets(6));
        ColumnConstraints labelColumn = new ColumnConstraints();
        ColumnConstraints valueColumn = new ColumnConstraints(180, 240, 360, Priority.ALWAYS, null, true);
        grid.getColumnConstraints().setAll(labelColumn, valueColumn, new ColumnConstraints(180, 240, 360, Priority.ALWAYS, null, true));
        grid.addRow(0, new Label(), heading("Theirs (" + conflict.changedBy() + ")"), heading("Mine"));
        int row = 1;
        for (FieldConflict field : conflict.fields()) {
            ToggleGroup choice = new ToggleGroup();
            RadioButton theirs = option(field.theirs(), choice, field.field() + "-theirs");
            RadioButton mine = option(field.mine(), choice, field.field() + "-mine");
            boolean changedHere = read == null || !Objects.equals(ClientFields.text(read, field.field()), field.mine());
            (changedHere ? mine : theirs).setSelected(true);
            choices.put(field.field(), choice);
            mineButtons.put(field.field(), mine);
            Label label = new Label(field.label());
            label.getStyleClass().add("field-label");
            grid.addRow(row++, label, theirs, mine);
        }
        getDialogPane().setContent(grid);
        setResizable(true);
        setResultConverter(button -> button == SAVE_CHOICES
                ? ClientFields.merge(conflict.theirs(), conflict.mine(), keptMine()) : null);
    }

    /** The fields whose value is to be mine. */
    Set<String> keptMine() {
        return mineButtons.entrySet().stream().filter(entry -> entry.getValue().isSelected()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.setStyle("-fx-font-weight: bold;");
        return heading;
    }

    private static RadioButton option(String value, ToggleGroup group, String id) {
        RadioButton option = new RadioButton(value.isEmpty() ? "(empty)" : value);
        option.setToggleGroup(group);
        option.setWrapText(true);
        option.setId(id);
        return option;
    }

    /** Asks; the merged profile to save, or empty when the user cancelled. */
    static Optional<Client> choose(Window owner, ClientConflictException conflict, Client read) {
        return new ConflictDialog(owner, conflict, read).showAndWait();
    }
}
