package app.rapport.ui.team;

import app.rapport.domain.Client;
import app.rapport.domain.ClientFields;
import app.rapport.service.ClientConflictException;
import app.rapport.service.EditConflictException;
import app.rapport.service.EditConflictException.FieldConflict;
import app.rapport.service.RecordConflictException;
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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Another desk saved a record (a client's profile, a purchase, an opportunity, a competitor or a
 * SWOT card) while this one was editing it: both values of each field that differs, side by side,
 * and a choice per field (keep theirs, keep mine). Its result is the merged record, carrying the
 * stored version, so saving it checks once more that nobody came in between. A field this desk did
 * not touch starts on theirs; one it changed starts on mine.
 */
public final class ConflictDialog<T> extends Dialog<T> {
    static final ButtonType SAVE_CHOICES = new ButtonType("Save my choices", ButtonBar.ButtonData.OK_DONE);

    private final Map<String, RadioButton> mineButtons = new LinkedHashMap<>();

    ConflictDialog(Window owner, EditConflictException conflict, Predicate<String> changedHere, Function<Set<String>, T> merge) {
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
            (changedHere.test(field.field()) ? mine : theirs).setSelected(true);
            mineButtons.put(field.field(), mine);
            Label label = new Label(field.label());
            label.getStyleClass().add("field-label");
            grid.addRow(row++, label, theirs, mine);
        }
        getDialogPane().setContent(grid);
        setResizable(true);
        setResultConverter(button -> button == SAVE_CHOICES ? merge.apply(keptMine()) : null);
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

    /** Asks about a client's profile; the merged profile to save, or empty when the user cancelled. */
    public static Optional<Client> choose(Window owner, ClientConflictException conflict, Client read) {
        return new ConflictDialog<>(owner, conflict,
                field -> read == null || !Objects.equals(ClientFields.text(read, field), ClientFields.text(conflict.mine(), field)),
                keepMine -> ClientFields.merge(conflict.theirs(), conflict.mine(), keepMine)).showAndWait();
    }

    /**
     * Asks about a purchase, opportunity, competitor or card read as {@code read} (null: not known):
     * the merged record goes to {@code saveAgain}; on Cancel, {@code notSaved} hears what happened
     * ("Not saved: Ana changed this purchase at 10:42. ...").
     */
    public static <R extends Record> void resolve(Window owner, RecordConflictException conflict, Class<R> type, R read, String what,
                                                  Consumer<R> saveAgain, Consumer<String> notSaved) {
        new ConflictDialog<>(owner, conflict, field -> read == null || conflict.changedHere(read, field),
                keepMine -> conflict.merged(type, keepMine)).showAndWait().ifPresentOrElse(saveAgain,
                () -> notSaved.accept("Not saved: " + conflict.changedBy() + " changed " + what + " " + conflict.when()
                        + ". Save again to choose what to keep, or Cancel to keep theirs."));
    }
}
