package app.rapport.ui.clients;

import app.rapport.domain.ClientSummary;
import app.rapport.service.ClientService;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** Deleted clients, with their whole history, waiting to be restored. */
public final class TrashDialog extends Dialog<Void> {
    private final ListView<ClientSummary> list = new ListView<>();
    private final Label message = new Label();

    private TrashDialog(Window owner, ClientService clients, TaskExecutor background, Clock clock, Consumer<String> onRestored) {
        initOwner(owner);
        setTitle("Trash");
        setHeaderText("Deleted clients keep their notes, purchases and touchpoints until you restore them.");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        list.setId("trash-list");
        list.setCellFactory(view -> new ClientCell(clock));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label("The trash is empty."));
        list.setPrefSize(480, 360);
        Button restore = new Button("Restore", new FontIcon(Material2MZ.RESTORE_FROM_TRASH));
        restore.setId("restore-client");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> {
            List<ClientSummary> chosen = List.copyOf(list.getSelectionModel().getSelectedItems());
            background.run(() -> {
                chosen.forEach(client -> clients.restore(client.id()));
                return clients.trash();
            }, remaining -> {
                list.getItems().setAll(remaining);
                String what = chosen.size() == 1 ? chosen.get(0).displayName() : chosen.size() + " clients";
                message.setText("Restored " + what + ".");
                onRestored.accept("Restored " + what);
            }, failure -> message.setText("Could not restore: " + Messages.of(failure)));
        });
        VBox content = new VBox(8, list, new HBox(10, restore, message));
        content.setPadding(new Insets(6));
        getDialogPane().setContent(content);
        background.run(clients::trash, list.getItems()::setAll, failure -> message.setText(Messages.of(failure)));
    }

    public static void open(Window owner, ClientService clients, TaskExecutor background, Clock clock, Consumer<String> onRestored) {
        new TrashDialog(owner, clients, background, clock, onRestored).show();
    }
}
