package app.rapport.ui.sync;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;

/** Asks for the team server's password for this laptop's syncs; it is kept in memory while the window is open, never written. */
public final class ServerPasswordDialog {
    private ServerPasswordDialog() {
    }

    public static void ask(Window owner, String server, Consumer<char[]> typed) {
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Sign in to the team server");
        dialog.getDialogPane().setId("sync-password-dialog");
        ButtonType signIn = new ButtonType("Sign in", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, signIn);
        PasswordField password = new PasswordField();
        password.setId("sync-password");
        password.setPromptText("empty: from your .pgpass file");
        Label hint = new Label("The password of your login on " + server + ". It is kept only while this window is open.");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, hint, password));
        dialog.setResultConverter(button -> button == signIn ? password.getText().toCharArray() : null);
        dialog.setOnHidden(event -> password.clear());
        Platform.runLater(password::requestFocus);
        dialog.showAndWait().ifPresent(typed);
    }
}
