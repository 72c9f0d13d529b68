package app.rapport.ui.sync;

import app.rapport.service.ClientService;
import app.rapport.service.LaptopService;
import app.rapport.ui.Messages;
import app.rapport.ui.control.TextColumn;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.task.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Conflicts list: each field that was changed on two computers between two syncs, with the
 * value kept (the newer edit), the other value, who made each and when. One click takes the other
 * value, or keeps the one kept; either way the conflict leaves the list on every computer at the
 * next sync. Double-click (or Enter) opens the client.
 */
public final class ConflictsDialog extends Dialog<Void> {
    /** A conflict as the list shows it, with the client's name. */
    record Row(LaptopService.Conflict conflict, String clientName) {
    }

    final TableView<Row> table = new TableView<>();
    final Label message = new Label();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final LaptopService laptops;
    private final ClientService clients;
    private final TaskExecutor background;
    private final Consumer<String> report;

    private ConflictsDialog(Window owner, LaptopService laptops, ClientService clients, TaskExecutor background, ZoneId zone,
                            Consumer<UUID> openClient, Consumer<String> report) {
        this.laptops = laptops;
        this.clients = clients;
        this.background = background;
        this.report = report;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Conflicts");
        setResizable(true);
        getDialogPane().setId("conflicts-dialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        Function<Instant, String> when = at -> Formatting.current().dateTime(at, zone);

        table.setId("conflicts-table");
        table.setItems(rows);
        table.setPlaceholder(new Label("No conflicts: every edit made on two computers has been merged."));
        table.getColumns().add(TextColumn.of("Client", 140, row -> row.clientName()));
        table.getColumns().add(TextColumn.of("Field", 100, row -> fieldName(row.conflict())));
        table.getColumns().add(TextColumn.of("Kept (the newer edit)", 250, row -> side(row.conflict().keptValue(), row.conflict().keptBy(),
                row.conflict().keptAt(), when)));
        table.getColumns().add(TextColumn.of("The other value", 250, row -> side(row.conflict().otherValue(), row.conflict().otherBy(),
                row.conflict().otherAt(), when)));
        TableColumn<Row, Row> choose = new TableColumn<>("");
        choose.setPrefWidth(170); // the two buttons; the width is the values'
        choose.setSortable(false);
        choose.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        choose.setCellFactory(column -> new TableCell<>() {
            private final Button takeOther = new Button("Take the other");
            private final Button keep = new Button("Keep");
            private final HBox buttons = new HBox(6, takeOther, keep);

            {
                takeOther.getStyleClass().add("small");
                keep.getStyleClass().add("small");
                takeOther.setOnAction(event -> resolve(getItem(), true));
                keep.setOnAction(event -> resolve(getItem(), false));
            }

            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : buttons);
                if (row != null) {
                    takeOther.setId("take-other-" + row.conflict().id());
                    keep.setId("keep-" + row.conflict().id());
                }
            }
        });
        table.getColumns().add(choose);
        table.setRowFactory(view -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()
                        && row.getItem().conflict().clientId() != null) {
                    openClient.accept(row.getItem().conflict().clientId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            Row selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null && selected.conflict().clientId() != null) {
                openClient.accept(selected.conflict().clientId());
            }
        });
        table.setPrefSize(920, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getDialogPane().setPrefWidth(960); // fits a 1024-wide screen
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        message.setId("conflicts-message");
        message.setWrapText(true);
        Label intro = new Label("The same field was changed on two computers before they synced. The newer edit was kept;"
                + " take the other value where it was the right one.");
        intro.setWrapText(true);
        getDialogPane().setContent(new VBox(10, intro, table, message));
        setResultConverter(button -> null);
        reload();
    }

    /** Opens the list (without waiting for it). */
    public static ConflictsDialog open(Window owner, LaptopService laptops, ClientService clients, TaskExecutor background, ZoneId zone,
                                       Consumer<UUID> openClient, Consumer<String> report) {
        ConflictsDialog dialog = new ConflictsDialog(owner, laptops, clients, background, zone, openClient, report);
        dialog.show();
        return dialog;
    }

    private void reload() {
        background.run(this::read, read -> {
            rows.setAll(read);
            message.setText(read.isEmpty() ? "" : read.size() + (read.size() == 1 ? " conflict" : " conflicts") + " to look at.");
        }, failure -> message.setText(Messages.of(failure)));
    }

    private List<Row> read() {
        return laptops.conflicts().stream()
                .map(conflict -> new Row(conflict, conflict.clientId() == null ? "\u2014"
                        : clients.profile(conflict.clientId()).map(profile -> profile.client().displayName()).orElse("(a removed client)")))
                .toList();
    }

    private void resolve(Row row, boolean takeOther) {
        if (row == null) {
            return;
        }
        background.run(() -> laptops.resolve(row.conflict().id().toString(), takeOther), resolved -> {
            String said = (takeOther ? "Took " + who(row.conflict().otherBy()) + " value" : "Kept " + who(row.conflict().keptBy()) + " value")
                    + " for " + fieldName(row.conflict()) + " of " + row.clientName() + ".";
            message.setText(said);
            report.accept(said);
            rows.remove(row);
        }, failure -> message.setText(Messages.of(failure)));
    }

    private static String who(String person) {
        return person == null || person.isBlank() ? "the other" : person + "'s";
    }

    private static String fieldName(LaptopService.Conflict conflict) {
        String words = conflict.field().replace('_', ' ');
        String entity = conflict.entity().equals("client") ? "" : conflict.entity().replace('_', ' ') + ": ";
        return entity + Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String side(String value, String by, Instant at, Function<Instant, String> when) {
        String shown = value == null || value.isBlank() || value.equals("null") ? "(empty)" : value;
        return shown + "\n" + (by == null || by.isBlank() ? "someone" : by) + (at == null ? "" : ", " + when.apply(at));
    }

}
