package app.rapport.ui.control;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.function.Consumer;

/**
 * The left column of an editor of saved things (segments, message templates): their list, with
 * New and Delete under it. Choosing one edits it; New clears the choice and starts a blank one;
 * Delete is enabled while one is chosen.
 */
public final class SavedList {
    private SavedList() {
    }

    /**
     * Wires {@code list} and lays the column out. The buttons get the ids {@code idPrefix-new} and
     * {@code idPrefix-delete}.
     */
    public static <T> VBox column(ListView<T> list, String idPrefix, double maxWidth, Consumer<T> edit, Runnable startNew,
                                  Runnable delete) {
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null) {
                edit.accept(now);
            }
        });
        Button add = new Button("New", new FontIcon(Material2AL.ADD));
        add.setId(idPrefix + "-new");
        add.setOnAction(event -> {
            list.getSelectionModel().clearSelection();
            startNew.run();
        });
        Button remove = new Button("Delete", new FontIcon(Material2AL.DELETE));
        remove.setId(idPrefix + "-delete");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> delete.run());
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        VBox column = new VBox(8, list, new HBox(8, add, remove));
        column.setMaxWidth(maxWidth);
        SplitPane.setResizableWithParent(column, false);
        VBox.setVgrow(list, Priority.ALWAYS);
        return column;
    }
}
