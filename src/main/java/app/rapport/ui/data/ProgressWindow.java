package app.rapport.ui.data;

import app.rapport.service.Progress;
import javafx.application.Platform;
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

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A small window over the main one while a backup, restore, encryption or erase runs: what it
 * is doing, how far it is, and Cancel (also Esc or closing the window). A cancel takes effect at
 * the next step; once the work is past its point of no return Cancel is greyed out.
 */
final class ProgressWindow extends Stage implements Progress {
    private final Label step = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile boolean pastReturn;

    private ProgressWindow(Window owner, String title, String heading) {
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

    /** Shows the window; call {@link #close()} when the work has ended, whichever way. */
    static ProgressWindow open(Window owner, String title, String heading) {
        ProgressWindow window = new ProgressWindow(owner, title, heading);
        window.show();
        return window;
    }

    private void cancel() {
        if (pastReturn || cancelled.getAndSet(true)) {
            return;
        }
        cancel.setDisable(true);
        step.setText("Cancelling once the current step ends\u2026");
    }

    @Override
    public void update(long done, long total, String message) {
        Platform.runLater(() -> {
            bar.setProgress(total > 0 ? (double) done / total : ProgressBar.INDETERMINATE_PROGRESS);
            if (!cancelled.get() || pastReturn) {
                step.setText(total > 0 ? message + " (step " + Math.min(done + 1, total) + " of " + total + ")" : message);
            }
        });
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void pointOfNoReturn() {
        pastReturn = true;
        Platform.runLater(() -> {
            cancel.setDisable(true);
            cancel.setText(cancelled.get() ? "Too late to cancel" : "Cancel");
        });
    }
}
