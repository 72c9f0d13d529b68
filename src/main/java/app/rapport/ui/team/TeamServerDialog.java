package app.rapport.ui.team;

import app.rapport.ui.Messages;
import app.rapport.ui.UiPreferences;
import app.rapport.ui.task.TaskExecutor;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Asks where a team server's book is and who logs in: the location
 * ({@code postgresql://host[:port]/database}), the user and the password. The password is typed
 * each time and handed on, never kept; left empty, the user's {@code .pgpass} gives it. The work
 * (connecting, or moving this book there) runs in the background with its steps shown; a server
 * that is down or a login it refuses is said in one sentence, and the button tries again. The
 * location and user that worked are remembered on this computer and filled in next time; the
 * password never is.
 */
public final class TeamServerDialog extends Dialog<Void> {
    /** What the dialog does with the login typed, in the background; {@code progress} takes its steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(String location, String user, char[] password, Consumer<String> progress) throws Exception;
    }

    /** Work that stops when asked: {@code stopAsked} turns true once the person pressed Cancel while it ran. */
    @FunctionalInterface
    public interface StoppableWork<T> {
        T run(String location, String user, char[] password, Consumer<String> progress, BooleanSupplier stopAsked) throws Exception;
    }

    final TextField location = new TextField();
    final TextField user = new TextField();
    final PasswordField password = new PasswordField();
    final Label message = new Label();
    private final Button act;
    private final AtomicBoolean stopAsked = new AtomicBoolean();
    private boolean working;

    private <T> TeamServerDialog(Window owner, String title, String intro, String actionLabel, Choice choice, TaskExecutor background,
                                 UiPreferences remembered, boolean stoppable, StoppableWork<T> work, Consumer<T> done) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setResizable(true);
        getDialogPane().setId("team-server-dialog");
        ButtonType actType = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, actType);
        act = (Button) getDialogPane().lookupButton(actType);

        location.setId("team-server-location");
        location.setPromptText("postgresql://bookshop-pc/salon");
        location.setPrefColumnCount(28);
        user.setId("team-server-user");
        user.setPromptText("the login the server's owner gave you");
        password.setId("team-server-password");
        password.setPromptText("empty: from your .pgpass file");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Location"), location);
        form.addRow(1, new Label("User"), user);
        form.addRow(2, new Label("Password"), password);
        if (choice != null) {
            form.addRow(3, new Label(choice.label()), choice.control());
        }
        Label hint = new Label(intro);
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        message.setId("team-server-message");
        message.setWrapText(true);
        message.setMaxWidth(460);
        // wrapped lines keep their full height, and the button its whole "Try again"
        hint.setMinHeight(Region.USE_PREF_SIZE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        act.setMinWidth(Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(act, false);
        getDialogPane().setContent(new VBox(12, hint, form, message));
        location.setText(remembered.teamServerLocation());
        user.setText(remembered.teamServerUser());
        act.disableProperty().bind(location.textProperty().isEmpty());
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("team-server-cancel");
        cancel.addEventFilter(ActionEvent.ACTION, event -> {
            if (working && stoppable) {
                // The work stops at its next step and undoes itself; the dialog says so when it has.
                event.consume();
                stopAsked.set(true);
                cancel.setDisable(true);
                message.setText("Stopping\u2026");
            }
        });

        act.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open until the work is done, so a failure can be tried again
            String typedLocation = location.getText();
            String typedUser = user.getText();
            char[] typedPassword = password.getText().toCharArray();
            password.clear();
            act.disableProperty().unbind();
            act.setDisable(true);
            message.setText("Connecting to " + typedLocation.strip() + "\u2026");
            working = true;
            stopAsked.set(false);
            background.run(() -> work.run(typedLocation, typedUser, typedPassword,
                            step -> Platform.runLater(() -> message.setText(stopAsked.get() ? "Stopping\u2026" : step)), stopAsked::get),
                    result -> {
                        working = false;
                        remembered.setTeamServer(typedLocation.strip(), typedUser.strip());
                        close();
                        done.accept(result);
                    },
                    failure -> {
                        working = false;
                        cancel.setDisable(false);
                        message.setText(Messages.of(failure));
                        act.setText("Try again");
                        getDialogPane().getScene().getWindow().sizeToScene();
                        act.disableProperty().bind(location.textProperty().isEmpty());
                    });
        });
        setResultConverter(button -> null);
    }

    /** Opens the dialog (without waiting for it); {@code done} gets the work's result on the FX thread once it succeeded. */
    public static <T> TeamServerDialog open(Window owner, String title, String intro, String actionLabel, TaskExecutor background,
                                            UiPreferences remembered, Work<T> work, Consumer<T> done) {
        return open(owner, title, intro, actionLabel, null, background, remembered, work, done);
    }

    /** A row under the login with a choice the work reads (which part of the book, say). */
    public record Choice(String label, Node control) {
    }

    /** As {@link #open}, with {@code choice} (null: none) under the login. */
    public static <T> TeamServerDialog open(Window owner, String title, String intro, String actionLabel, Choice choice, TaskExecutor background,
                                            UiPreferences remembered, Work<T> work, Consumer<T> done) {
        return show(new TeamServerDialog(owner, title, intro, actionLabel, choice, background, remembered, false,
                (location, user, password, progress, stopAsked) -> work.run(location, user, password, progress), done));
    }

    /**
     * As {@link #open}, for work that Cancel stops while it runs (moving a book: the server's copy is
     * emptied again); the dialog stays open to say that it stopped.
     */
    public static <T> TeamServerDialog openStoppable(Window owner, String title, String intro, String actionLabel, TaskExecutor background,
                                                     UiPreferences remembered, StoppableWork<T> work, Consumer<T> done) {
        return show(new TeamServerDialog(owner, title, intro, actionLabel, null, background, remembered, true, work, done));
    }

    private static TeamServerDialog show(TeamServerDialog dialog) {
        dialog.show();
        Platform.runLater((dialog.location.getText().isEmpty() ? dialog.location : dialog.password)::requestFocus);
        return dialog;
    }
}
