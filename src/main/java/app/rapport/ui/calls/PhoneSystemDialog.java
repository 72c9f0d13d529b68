package app.rapport.ui.calls;

import app.rapport.service.PhoneSystemListener;
import app.rapport.service.PhoneSystemListener.Settings;
import app.rapport.ui.Messages;
import app.rapport.ui.UiPreferences;
import app.rapport.ui.task.TaskExecutor;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * File > Phone system: an Asterisk server's manager login and this desk's extension, so that a
 * call ringing the desk's phone brings up the caller's brief. The secret is asked each time and
 * kept only while the window is open.
 */
public final class PhoneSystemDialog extends Dialog<Void> {
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final TextField user = new TextField();
    private final TextField extension = new TextField();
    private final PasswordField secret = new PasswordField();
    private final Label message = new Label();

    private PhoneSystemDialog(Window owner, PhoneSystemLink link, UiPreferences preferences, TaskExecutor background, Consumer<String> report) {
        initOwner(owner);
        setTitle("Phone system");
        setHeaderText("When a call rings this desk's phone, Rapport shows the caller's brief.\n"
                + "For an Asterisk server: a manager user from its manager.conf, and this desk's extension.");
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        ButtonType disconnect = new ButtonType("Stop listening", ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(connect, ButtonType.CLOSE);
        if (link.isConnected()) {
            getDialogPane().getButtonTypes().add(disconnect);
        }
        Settings saved = preferences.phoneSystem();
        host.setText(saved == null ? "" : saved.host());
        port.setText(String.valueOf(saved == null ? Settings.DEFAULT_PORT : saved.port()));
        user.setText(saved == null ? "" : saved.user());
        extension.setText(saved == null ? "" : saved.extension());
        host.setPromptText("pbx.local or 192.168.1.10");
        extension.setPromptText("201");
        host.setId("phone-system-host");
        port.setId("phone-system-port");
        user.setId("phone-system-user");
        extension.setId("phone-system-extension");
        secret.setId("phone-system-secret");
        message.setId("phone-system-message");
        message.setWrapText(true);
        message.setPrefWidth(460);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a wrapped reason shows whole, not cut off

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, label("_Server:", host), host);
        grid.addRow(1, label("_Port:", port), port);
        grid.addRow(2, label("Manager _user:", user), user);
        grid.addRow(3, label("S_ecret:", secret), secret);
        grid.addRow(4, label("This desk's e_xtension:", extension), extension);
        grid.add(message, 0, 5, 2, 1);
        getDialogPane().setContent(grid);
        setOnShown(event -> (host.getText().isEmpty() ? host : secret).requestFocus());

        Button connectButton = (Button) getDialogPane().lookupButton(connect);
        connectButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Settings settings = new Settings(host.getText(), typedPort(), user.getText(), extension.getText());
            if (!settings.problems().isEmpty()) {
                say(String.join("\n", settings.problems()));
                return;
            }
            connectButton.setDisable(true);
            say("Connecting to " + settings.host() + "\u2026");
            String typedSecret = secret.getText();
            background.run(() -> link.connect(settings, typedSecret), (PhoneSystemListener listener) -> {
                preferences.setPhoneSystem(settings);
                link.use(listener, settings);
                report.accept("Listening for calls to extension " + settings.extension() + " on " + settings.host());
                close();
            }, failure -> {
                connectButton.setDisable(false);
                say(Messages.of(failure));
            });
        });
        if (link.isConnected()) {
            getDialogPane().lookupButton(disconnect).addEventFilter(ActionEvent.ACTION, event -> {
                link.close();
                report.accept("No longer listening to the phone system");
            });
        }
    }

    /** The port typed, or 0 (which the settings' own check names) when it is not a number. */
    private int typedPort() {
        try {
            return Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Shows {@code text} under the fields, the dialog growing to show all of it. */
    private void say(String text) {
        message.setText(text);
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    public static void open(Window owner, PhoneSystemLink link, UiPreferences preferences, TaskExecutor background, Consumer<String> report) {
        new PhoneSystemDialog(owner, link, preferences, background, report).show();
    }
}
