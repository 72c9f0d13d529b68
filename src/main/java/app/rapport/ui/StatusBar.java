package app.rapport.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line at the window's foot: a bar while long work runs, what just happened (with Undo when
 * it can be undone) on the left, and what the desk is connected to or working as on the right.
 */
final class StatusBar extends HBox {
    private final Label status = new Label();

    StatusBar(UndoManager undo, Runnable undoLast, ObservableBooleanValue busy) {
        super(8);
        status.setId("status");
        Button undoButton = new Button("Undo");
        undoButton.setId("undo");
        undoButton.getStyleClass().addAll("flat", "small");
        undoButton.visibleProperty().bind(undo.latestProperty().isNotNull());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        undoButton.setOnAction(event -> undoLast.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        working.setId("working");
        working.setPrefWidth(120);
        working.visibleProperty().bind(busy);
        working.managedProperty().bind(working.visibleProperty());
        getChildren().addAll(working, status, undoButton, spacer);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
        setPadding(new Insets(3, 10, 3, 10));
    }

    /** Says what just happened. */
    void report(String message) {
        status.setText(message);
    }

    /** Adds {@code node} at the right end, after what is there already; it keeps its whole width (the message on the left gives way). */
    void addOnTheRight(Node node) {
        if (node instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().add(node);
    }
}
