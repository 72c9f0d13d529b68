package app.rapport.ui.data;

import app.rapport.ui.control.FieldMessage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/** Asks for the new password of a store about to be encrypted, and what to do with the plain copies. */
final class EncryptDialog {
    /** The smallest password accepted; the service refuses shorter ones too. */
    static final int MINIMUM_LENGTH = 10;

    private EncryptDialog() {
    }

    record Choice(char[] password, boolean keepPlainCopy, boolean deletePlainBackups) {
    }

    static Optional<Choice> ask(Window owner, String storeName, int plainBackups) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Encrypt this store");
        dialog.setHeaderText("Protect your client book with a password");

        Label explanation = new Label("Rapport encrypts " + storeName + " with AES. It will ask for the password each time it "
                + "opens, and nobody can read the file without it \u2014 not even Rapport: if you forget the password, the "
                + "clients in it are lost. Use a phrase of a few words, at least " + MINIMUM_LENGTH + " characters.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        PasswordField password = new PasswordField();
        password.setId("new-password");
        password.setPromptText("Password");
        PasswordField repeat = new PasswordField();
        repeat.setId("repeat-password");
        repeat.setPromptText("The same password again");
        Label problem = FieldMessage.create("encrypt-problem");
        CheckBox keepPlain = new CheckBox("Keep an unencrypted copy of the store in the backups folder");
        keepPlain.setId("keep-plain-copy");
        CheckBox deleteBackups = new CheckBox("Delete the " + plainBackups + " unencrypted backup" + (plainBackups == 1 ? "" : "s")
                + " in the backups folder (a new, encrypted backup is made)");
        deleteBackups.setId("delete-plain-backups");
        deleteBackups.setSelected(true);
        deleteBackups.setVisible(plainBackups > 0);
        deleteBackups.setManaged(plainBackups > 0);

        for (CheckBox box : new CheckBox[] {keepPlain, deleteBackups}) {
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(10, explanation, password, repeat, problem, keepPlain, deleteBackups);
        content.setPrefWidth(520);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        ButtonType encrypt = new ButtonType("Encrypt", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(encrypt, ButtonType.CANCEL);

        BooleanBinding tooShort = Bindings.length(password.textProperty()).lessThan(MINIMUM_LENGTH);
        BooleanBinding different = password.textProperty().isNotEqualTo(repeat.textProperty());
        problem.textProperty().bind(Bindings.when(password.textProperty().isEmpty()).then("")
                .otherwise(Bindings.when(tooShort).then("At least " + MINIMUM_LENGTH + " characters, please.")
                        .otherwise(Bindings.when(different.and(repeat.textProperty().isNotEmpty())).then("The two passwords differ.")
                                .otherwise(""))));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().addListener((observable, was, now) -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.getDialogPane().lookupButton(encrypt).disableProperty().bind(tooShort.or(different));
        dialog.setOnShown(event -> {
            // The wrapped explanation is only measured once shown; the window then grows to fit it.
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
            password.requestFocus();
        });
        dialog.setResultConverter(button -> button == encrypt
                ? new Choice(password.getText().toCharArray(), keepPlain.isSelected(), deleteBackups.isSelected() && plainBackups > 0)
                : null);
        Optional<Choice> choice = dialog.showAndWait();
        password.clear();
        repeat.clear();
        return choice;
    }
}
