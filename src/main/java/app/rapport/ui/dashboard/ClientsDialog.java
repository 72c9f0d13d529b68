package app.rapport.ui.dashboard;

import app.rapport.domain.ClientSummary;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.text.NumberFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The clients behind a chart's bar (or any list of clients): double-click or Enter opens the
 * client in the workspace and closes the list.
 */
public final class ClientsDialog extends Dialog<Void> {
    private ClientsDialog(Window owner, String title, Supplier<List<ClientSummary>> load, TaskExecutor background,
                          Consumer<UUID> openClient) {
        initOwner(owner);
        setTitle("Clients");
        setHeaderText(title);
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        ListView<ClientSummary> list = new ListView<>();
        list.setId("slice-clients");
        list.setPrefSize(460, 420);
        list.setPlaceholder(new Label("Reading the clients\u2026"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ClientSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.displayName()
                        + (item.contactLine().isEmpty() ? "" : "   \u00b7   " + item.contactLine()));
            }
        });
        Label count = new Label();
        count.setId("slice-count");
        Runnable open = () -> {
            ClientSummary selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                openClient.accept(selected.id());
                close();
            }
        };
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                open.run();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open.run();
                event.consume();
            }
        });
        Label hint = new Label("Double-click a client, or press Enter, to open them.");
        hint.getStyleClass().add("text-muted");
        getDialogPane().setContent(new VBox(8, count, list, hint));
        background.run(load::get, clients -> {
            list.getItems().setAll(clients);
            list.setPlaceholder(new Label("No clients here."));
            count.setText(clients.size() == 1 ? "1 client" : NumberFormat.getIntegerInstance().format(clients.size()) + " clients");
            if (!clients.isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.requestFocus();
            }
        }, failure -> list.setPlaceholder(new Label("Could not read the clients: " + Messages.of(failure))));
    }

    public static ClientsDialog open(Window owner, String title, Supplier<List<ClientSummary>> load, TaskExecutor background,
                                     Consumer<UUID> openClient) {
        ClientsDialog dialog = new ClientsDialog(owner, title, load, background, openClient);
        dialog.show();
        return dialog;
    }
}
