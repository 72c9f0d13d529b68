package app.rapport.ui.purchases;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.Purchase;
import app.rapport.service.PurchaseService;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.UndoManager;
import app.rapport.ui.purchases.PurchasesViewModel.PurchaseRow;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client's purchases in a table, newest first, with Add, Edit and Delete (Undo brings a deleted
 * purchase back). Enter or a double click edits, the Delete key deletes.
 */
public final class PurchasesView extends VBox {
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");

    private final PurchasesViewModel model;
    private final TableView<PurchaseRow> table = new TableView<>();
    private boolean formOpening;

    public PurchasesView(PurchaseService purchases, TaskExecutor background, UndoManager undo, Consumer<String> statusReporter,
                         Clock clock) {
        this(new PurchasesViewModel(purchases, background, undo, statusReporter, clock));
    }

    PurchasesView(PurchasesViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("purchases-view");
        getStylesheets().add(Objects.requireNonNull(PurchasesView.class.getResource("/app/rapport/ui/purchases.css")).toExternalForm());

        Button add = new Button("Add purchase", new FontIcon(Material2AL.ADD));
        add.setId("add-purchase");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(model.clientProperty().isNull());
        add.setOnAction(event -> openForm(null));
        Button edit = new Button("Edit", new FontIcon(Material2AL.EDIT));
        edit.setId("edit-purchase");
        edit.setTooltip(new Tooltip("Edit the selected purchase (Enter)"));
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(event -> openForm(model.selectedProperty().get()));
        Button delete = new Button("Delete", new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("delete-purchase");
        delete.setTooltip(new Tooltip("Delete the selected purchase (Del) \u2014 you can undo"));
        delete.disableProperty().bind(model.selectedProperty().isNull());
        delete.setOnAction(event -> model.delete(model.selectedProperty().get()));
        Label summary = new Label();
        summary.setId("purchases-summary");
        summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, add, edit, delete, spacer, summary);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("purchases-toolbar");

        table.setId("purchases-table");
        table.getStyleClass().add("purchases-table");
        // The description takes the room there is; the other columns keep to their size.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<PurchaseRow, LocalDate> date = dateColumn("Date", p -> p.purchasedOn(), false);
        fixedWidth(date, 118);
        TableColumn<PurchaseRow, String> what = new TableColumn<>("Product or description");
        what.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().what()));
        what.setCellFactory(column -> new WhatCell());
        what.setPrefWidth(180);
        what.setMinWidth(140);
        TableColumn<PurchaseRow, BigDecimal> amount = new TableColumn<>("Amount");
        amount.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().purchase().amount()));
        amount.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Formats.shownAmount(value));
            }
        });
        amount.getStyleClass().add("amount-column");
        fixedWidth(amount, 104);
        TableColumn<PurchaseRow, LocalDate> warranty = dateColumn("Warranty until", Purchase::warrantyUntil, true);
        fixedWidth(warranty, 140);
        TableColumn<PurchaseRow, LocalDate> renewal = dateColumn("Renewal on", Purchase::renewalOn, true);
        fixedWidth(renewal, 120);
        table.getColumns().addAll(java.util.List.of(date, what, amount, warranty, renewal));
        // Sorting by a column re-orders the view only; unsorted, it is the service's order (newest first).
        javafx.collections.transformation.SortedList<PurchaseRow> sorted = new javafx.collections.transformation.SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        Label empty = new Label();
        empty.setId("purchases-empty");
        empty.getStyleClass().add("empty-hint");
        empty.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(empty);

        table.setRowFactory(view -> {
            TableRow<PurchaseRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((observable, before, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                    table.scrollTo(now);
                }
            }
        });
        table.setOnKeyPressed(event -> {
            PurchaseRow selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                model.delete(selected);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                openForm(selected);
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, table);
    }

    /** Shows the purchases of this client, or nothing for null. */
    public void setClient(UUID clientIdOrNull) {
        model.setClient(clientIdOrNull);
    }

    /** Reads the purchases and the catalog again (e.g. after the catalog was edited). */
    public void refresh() {
        model.refresh();
    }

    /** Opens the form for a new purchase, as the Add button does. */
    public void addPurchase() {
        openForm(null);
    }

    private void openForm(PurchaseRow row) {
        if (formOpening || getScene() == null) {
            return;
        }
        formOpening = true;
        model.prepareForm(row, form -> {
            PurchaseDialog dialog = new PurchaseDialog(getScene().getWindow(), form);
            dialog.setOnHidden(event -> {
                formOpening = false;
                Purchase saved = dialog.getResult();
                if (saved != null) {
                    model.saved(saved);
                }
                table.requestFocus();
            });
            dialog.show();
        }, () -> formOpening = false);
    }

    private static void fixedWidth(TableColumn<?, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.75);
        column.setMaxWidth(width);
    }

    private TableColumn<PurchaseRow, LocalDate> dateColumn(String title, Function<Purchase, LocalDate> value, boolean pastIsMuted) {
        TableColumn<PurchaseRow, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().purchase())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : Formats.shownDate(date));
                pseudoClassStateChanged(PAST, pastIsMuted && !empty && date != null && date.isBefore(model.today()));
            }
        });
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return column;
    }

    /** What was bought; the product's name in a tooltip when the description says it differently. */
    private static final class WhatCell extends TableCell<PurchaseRow, String> {
        @Override
        protected void updateItem(String what, boolean empty) {
            super.updateItem(what, empty);
            PurchaseRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : what);
            if (row != null && row.product() != null && !row.product().name().equals(what)) {
                setTooltip(new Tooltip(what + "\n" + row.product().name() + " (catalog)"));
            } else {
                setTooltip(empty || what == null || what.isEmpty() ? null : new Tooltip(what));
            }
        }
    }

    /** Where status messages get the name of the client they are about. */
    public void setClientNames(java.util.function.Function<java.util.UUID, String> clientNames) {
        model.setClientNames(clientNames);
    }

    /** Reads the purchases again when one of the client shown changes, or the product catalog does. */
    public void followChanges(ChangeFollower changes) {
        changes.follow(ChangeFollower.about(model.clientProperty()::get, "purchase").or(batch -> batch.touchesAny("product")), this::refresh);
    }
}
