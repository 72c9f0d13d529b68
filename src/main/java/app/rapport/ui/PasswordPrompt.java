package app.rapport.ui;

import app.rapport.ui.control.FieldMessage;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.function.Consumer;

/**
 * Asks for the password of an encrypted store before the main window opens, and again when the
 * window was locked. The password goes straight to the store and is not kept: not in preferences,
 * not in logs.
 */
public final class PasswordPrompt extends VBox {
    private final PasswordField password = new PasswordField();
    private final Label problem = FieldMessage.create("password-problem");
    private final Button open = new Button();
    private final ProgressIndicator opening = new ProgressIndicator();

    public PasswordPrompt(String storeName, Consumer<char[]> onOpen) {
        this("Your client book is encrypted", "Type the password of " + storeName + " to open it.", "Open", onOpen);
    }

    /** The prompt of a locked window: the same password opens the book again where the user left it. */
    static PasswordPrompt unlocking(String storeName, Consumer<char[]> onUnlock) {
        return new PasswordPrompt("Rapport is locked", "Type the password to unlock " + storeName + ".", "Unlock", onUnlock);
    }

    private PasswordPrompt(String heading, String instruction, String openText, Consumer<char[]> onOpen) {
        super(14);
        setId("password-prompt");
        setAlignment(Pos.CENTER);
        setMaxWidth(460);
        Label title = new Label(heading);
        title.getStyleClass().add("title-3");
        title.setGraphic(new FontIcon(Material2AL.LOCK));
        Label where = new Label(instruction);
        where.setWrapText(true);
        where.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        problem.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        password.setId("store-password");
        password.setPromptText("Password");
        password.setMaxWidth(360);
        opening.setVisible(false);
        opening.setPrefSize(22, 22);
        open.setText(openText);
        open.setId("open-store");
        open.setDefaultButton(true);
        open.disableProperty().bind(password.textProperty().isEmpty().or(opening.visibleProperty()));
        open.setOnAction(event -> {
            problem.setVisible(false);
            opening.setVisible(true);
            char[] typed = password.getText().toCharArray();
            password.clear();
            onOpen.accept(typed);
        });
        Button quit = new Button("Quit");
        quit.setCancelButton(true);
        quit.setOnAction(event -> Platform.exit());
        HBox buttons = new HBox(10, open, quit, opening);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, where, password, problem, buttons);
        Platform.runLater(password::requestFocus);
    }

    /** The password did not open the store: say why, and let the user try again. */
    public void failed(String message) {
        opening.setVisible(false);
        problem.setText(message);
        problem.setVisible(true);
        password.requestFocus();
    }
}
