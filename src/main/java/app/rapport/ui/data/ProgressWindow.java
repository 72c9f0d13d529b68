package app.rapport.ui.data;

import app.rapport.ui.task.BackgroundTask;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window over the main one while a backup, restore, encryption or erase runs: what its
 * task is doing, how far it is, and Cancel (also Esc or closing the window). A cancel takes effect
 * at the next step; once the work is past its point of no return Cancel is greyed out.
 */
final class ProgressWindow extends Stage {
    private final BackgroundTask<?> task;
    private final Label step = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button cancel = new Button("Cancel");
    private boolean cancelAsked;

    private ProgressWindow(Window owner, String title, String heading, BackgroundTask<?> task) {
        this.task = task;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(title);
        Label headingLabel = new Label(heading);
        headingLabel.getStyleClass().add("title-4");
        headingLabel.setWrapText(true);
        headingLabel.setMinHeight(Region.USE_PREF_SIZE);
        step.setId("progress-step");
        step.setText("Starting\u2026");
        step.setWrapText(true);
        step.setMinHeight(Region.USE_PREF_SIZE);
        bar.setId("progress-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        task.messageProperty().addListener((observable, before, now) -> {
            if (!cancelAsked || !task.cancellableProperty().get()) {
                step.setText(now);
            }
        });
        task.cancellableProperty().addListener((observable, before, now) -> {
            if (!now) {
                cancel.setDisable(true);
                cancel.setText(cancelAsked ? "Too late to cancel" : "Cancel");
            }
        });
        cancel.setId("progress-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(spacer, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(10, headingLabel, bar, step, buttons);
        content.setPadding(new Insets(16));
        content.setPrefWidth(440);
        setScene(new Scene(content));
        if (owner != null && owner.getScene() != null) {
            getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        getScene().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancel();
                event.consume();
            }
        });
        setOnCloseRequest(event -> {
            // The window goes when the work has stopped, not before: closing it asks to cancel.
            event.consume();
            cancel();
        });
        setResizable(false);
    }

    /** Shows the window for {@code task}; call {@link #close()} when the task has ended, whichever way. */
    static ProgressWindow open(Window owner, String title, String heading, BackgroundTask<?> task) {
        ProgressWindow window = new ProgressWindow(owner, title, heading, task);
        window.show();
        return window;
    }

    private void cancel() {
        if (cancelAsked || !task.cancel()) {
            return;
        }
        cancelAsked = true;
        cancel.setDisable(true);
        step.setText("Cancelling once the current step ends\u2026");
    }
}
