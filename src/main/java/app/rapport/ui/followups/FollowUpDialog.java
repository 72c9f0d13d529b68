package app.rapport.ui.followups;

import app.rapport.domain.FieldProblem;
import app.rapport.domain.FollowUp;
import app.rapport.service.FollowUpService;
import app.rapport.service.ValidationException;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A promise to get back to a client: the day and what about. Opened from the brief (filled with
 * its suggested next step) or from the Clients menu; Ctrl+Enter saves, Esc closes.
 */
public final class FollowUpDialog {
    /** A week: soon enough to keep the promise warm, far enough to have something to say. */
    static final int DEFAULT_DAYS_AHEAD = 7;

    private FollowUpDialog() {
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        // Never shortened to "...": the field beside it gives way instead.
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return caption;
    }

    public static Stage open(Window owner, FollowUpService followUps, TaskExecutor background, UUID clientId, String clientName,
                             String suggestedReason, LocalDate today, Consumer<FollowUp> saved) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        // Not modal, so that the keys typed right after Ctrl+Shift+F reach it (see TypeAhead).
        stage.initModality(Modality.NONE);
        stage.setTitle("Follow up with " + clientName);

        DatePicker due = new DatePicker(today.plusDays(DEFAULT_DAYS_AHEAD));
        Formatting.typedDays(due);
        due.setId("follow-up-due");
        TextArea reason = new TextArea(suggestedReason == null ? "" : suggestedReason);
        reason.setId("follow-up-reason");
        reason.setPromptText("What you will get back to them about");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        Label problem = new Label();
        problem.setId("follow-up-problem");
        problem.getStyleClass().add("danger-text");
        problem.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, caption("Day"), due);
        form.addRow(1, caption("About"), reason);

        Button save = new Button("Save follow-up");
        save.setId("follow-up-save");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(save, cancel);

        Runnable submit = () -> {
            save.setDisable(true);
            LocalDate day = due.getValue();
            String text = reason.getText();
            background.run(() -> followUps.create(clientId, day, text), followUp -> {
                stage.close();
                saved.accept(followUp);
            }, failure -> {
                save.setDisable(false);
                problem.setText(failure instanceof ValidationException invalid
                        ? invalid.problems().stream().map(FieldProblem::message).collect(Collectors.joining(" "))
                        : "Could not save the follow-up: " + Messages.of(failure));
            });
        };
        save.setOnAction(event -> submit.run());

        VBox root = new VBox(12, form, problem, buttons);
        root.setPadding(new Insets(16));
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 460, 250);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), submit);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        reason.requestFocus();
        reason.end();
        app.rapport.ui.control.DiscardGuard.install(stage, root, cancel);
        return stage;
    }
}
