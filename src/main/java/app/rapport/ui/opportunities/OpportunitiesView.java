package app.rapport.ui.opportunities;

import app.rapport.ui.ChangeFollower;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.RefusalReason;
import app.rapport.service.OpportunityService;
import app.rapport.service.PurchaseService;
import app.rapport.ui.control.Formatting;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import app.rapport.ui.UndoManager;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A client's requests, refusals, upsell ideas, complaints and referrals, newest first. New ones
 * are logged from here; the selected one is marked won, lost or dismissed (or reopened) with the
 * buttons or its context menu, and Ctrl+Z puts its status back. Enter or a double click edits.
 */
public final class OpportunitiesView extends VBox {
    static final String NO_CLIENT = "Select a client to see what they asked for or turned down.";
    static final String LOADING = "Loading\u2026";
    static final String EMPTY = "Nothing asked for or turned down yet.\n"
            + "When this client asks for something, says no, complains or sends someone your way, "
            + "log it here with New\u2026 \u2014 or Log a refusal\u2026 (Ctrl+Shift+R).";
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");

    /** One line of the table: the opportunity, its product's name and its reason in words. */
    public record Row(Opportunity opportunity, String product, String reason) {
    }

    private record Loaded(List<Opportunity> opportunities, List<Product> products, List<RefusalReason> reasons) {
    }

    private final OpportunityService opportunities;
    private final PurchaseService purchases;
    private final TaskExecutor background;
    private final UndoManager undo;
    private final Consumer<String> report;
    private final Supplier<String> clientName;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TableView<Row> table = new TableView<>();
    private final Label empty = new Label(NO_CLIENT);
    private final javafx.beans.property.BooleanProperty hasClient = new javafx.beans.property.SimpleBooleanProperty(this, "hasClient");
    private UUID client;
    private final TaskKey loadKey = new TaskKey("opportunities of the client");

    /**
     * {@code report} hears what was done (and is where the window refreshes what shows the
     * opportunities elsewhere); {@code clientName} names the selected client in the form.
     */
    public OpportunitiesView(OpportunityService opportunities, PurchaseService purchases, TaskExecutor background, UndoManager undo,
                             Consumer<String> report, Supplier<String> clientName) {
        super(8);
        this.opportunities = Objects.requireNonNull(opportunities);
        this.purchases = Objects.requireNonNull(purchases);
        this.background = Objects.requireNonNull(background);
        this.undo = Objects.requireNonNull(undo);
        this.report = Objects.requireNonNull(report);
        this.clientName = Objects.requireNonNull(clientName);
        getStyleClass().add("opportunities-view");
        getStylesheets().add(Objects.requireNonNull(OpportunitiesView.class.getResource("/app/rapport/ui/opportunities.css")).toExternalForm());

        Button add = new Button("New\u2026", new FontIcon(Material2AL.ADD));
        add.setId("new-opportunity");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip("Log a request, refusal, upsell idea, complaint or referral"));
        add.setOnAction(event -> newOpportunity(OpportunityKind.REQUEST));
        Button refusal = new Button("Log a refusal\u2026", new FontIcon(Material2MZ.THUMB_DOWN_ALT));
        refusal.setId("new-refusal");
        refusal.setTooltip(new Tooltip("They said no: keep what and why (Ctrl+Shift+R)"));
        refusal.setOnAction(event -> newOpportunity(OpportunityKind.REFUSAL));
        add.disableProperty().bind(hasClient.not());
        refusal.disableProperty().bind(hasClient.not());

        BooleanBinding nothingSelected = table.getSelectionModel().selectedItemProperty().isNull();
        Button won = statusButton("Won", Material2MZ.THUMB_UP_ALT, "opportunity-won", OpportunityStatus.WON, nothingSelected);
        Button lost = statusButton("Lost", Material2AL.CLOSE, "opportunity-lost", OpportunityStatus.LOST, nothingSelected);
        Button dismiss = statusButton("Dismiss", Material2AL.BLOCK, "opportunity-dismiss", OpportunityStatus.DISMISSED, nothingSelected);
        Button reopen = statusButton("Reopen", Material2MZ.REPLAY, "opportunity-reopen", OpportunityStatus.OPEN, nothingSelected);
        Label count = new Label();
        count.setId("opportunities-count");
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> countText(rows), rows));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, add, refusal, spacer, won, lost, dismiss, reopen, count);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        table.setId("opportunities-table");
        table.getStyleClass().add("opportunities-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Row, String> kind = textColumn("What", row -> OpportunityWords.kind(row.opportunity().kind()), 110);
        TableColumn<Row, String> summary = textColumn("Summary", row -> row.opportunity().summary(), 0);
        summary.setPrefWidth(220);
        summary.setMinWidth(140);
        TableColumn<Row, String> product = textColumn("Product", Row::product, 0);
        product.setPrefWidth(120);
        TableColumn<Row, String> reason = textColumn("Reason", Row::reason, 0);
        reason.setPrefWidth(130);
        TableColumn<Row, String> state = textColumn("Status", row -> OpportunityWords.status(row.opportunity().status()), 96);
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean isEmpty) {
                super.updateItem(text, isEmpty);
                setText(isEmpty ? null : text);
                getStyleClass().removeAll("status-won", "status-lost");
                Row row = isEmpty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.opportunity().status() == OpportunityStatus.WON) {
                    getStyleClass().add("status-won");
                } else if (row != null && row.opportunity().status() == OpportunityStatus.LOST) {
                    getStyleClass().add("status-lost");
                }
            }
        });
        TableColumn<Row, LocalDate> opened = dayColumn("Opened", Opportunity::openedOn);
        TableColumn<Row, LocalDate> closed = dayColumn("Closed", Opportunity::closedOn);
        table.getColumns().addAll(List.of(kind, summary, product, reason, state, opened, closed));
        javafx.collections.transformation.SortedList<Row> sorted = new javafx.collections.transformation.SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        empty.setId("opportunities-empty");
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        table.setPlaceholder(empty);

        table.setRowFactory(view -> {
            TableRow<Row> row = new TableRow<>() {
                @Override
                protected void updateItem(Row item, boolean isEmpty) {
                    super.updateItem(item, isEmpty);
                    pseudoClassStateChanged(CLOSED, !isEmpty && item != null && item.opportunity().status() != OpportunityStatus.OPEN);
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(rowMenu()));
            return row;
        });
        table.setOnKeyPressed(event -> {
            Row selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && event.getCode() == KeyCode.ENTER) {
                edit(selected);
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, table);
    }

    /** Shows the opportunities of this client, or nothing for null. */
    public void setClient(UUID clientIdOrNull) {
        client = clientIdOrNull;
        hasClient.set(client != null);
        load(null);
    }

    /** Reads the client's opportunities again (after one was logged elsewhere). */
    public void refresh() {
        Row selected = table.getSelectionModel().getSelectedItem();
        load(selected == null ? null : selected.opportunity().id());
    }

    /** Opens the form for a new opportunity of this kind for the client shown. */
    public void newOpportunity(OpportunityKind kind) {
        if (client == null || getScene() == null) {
            return;
        }
        UUID forClient = client;
        String forName = clientName.get();
        OpportunityDialog.open(getScene().getWindow(), opportunities, purchases, background, forClient, forName, kind,
                saved -> {
                    report.accept(OpportunityWords.kind(saved.kind()) + " saved for " + forName);
                    if (forClient.equals(client)) {
                        load(saved.id());
                    }
                }, report);
    }

    /** The rows shown, for tests. */
    List<Row> rows() {
        return List.copyOf(rows);
    }

    private void edit(Row row) {
        if (getScene() == null) {
            return;
        }
        String forName = clientName.get();
        OpportunityDialog.edit(getScene().getWindow(), opportunities, purchases, background, row.opportunity(), forName,
                saved -> {
                    report.accept(OpportunityWords.kind(saved.kind()) + " saved for " + forName);
                    load(saved.id());
                }, report);
    }

    private void setStatus(Row row, OpportunityStatus status) {
        Opportunity before = row.opportunity();
        if (before.status() == status) {
            return;
        }
        background.run(() -> opportunities.setStatus(before.id(), status), after -> {
            String what = "\u201c" + shortened(before.summary()) + "\u201d";
            String done = status == OpportunityStatus.OPEN ? "Reopened " + what
                    : "Marked " + what + " " + OpportunityWords.status(status).toLowerCase(Locale.ROOT);
            undo.done(done, () -> opportunities.putBack(before, after), () -> {
                report.accept("Status of " + what + " put back");
                if (before.clientId().equals(client)) {
                    load(before.id());
                }
            });
            report.accept(done + " \u2014 Ctrl+Z to undo");
            load(after.id());
        }, failure -> report.accept("Could not change the status of \u201c" + shortened(before.summary()) + "\u201d: " + Messages.of(failure)));
    }

    private void load(UUID select) {
        UUID forClient = client;
        if (forClient == null) {
            background.drop(loadKey);
            rows.clear();
            empty.setText(NO_CLIENT);
            return;
        }
        empty.setText(LOADING);
        background.execute(BackgroundTask.of(() -> new Loaded(opportunities.forClient(forClient), purchases.products(), opportunities.refusalReasons()))
                .keyed(loadKey).onSuccess(loaded -> {
                    Map<UUID, String> products = loaded.products().stream().collect(Collectors.toMap(Product::id, Product::name));
                    Map<String, String> reasons = loaded.reasons().stream()
                            .collect(Collectors.toMap(RefusalReason::code, RefusalReason::label));
                    rows.setAll(loaded.opportunities().stream().map(o -> new Row(o,
                            o.productId() == null ? "" : products.getOrDefault(o.productId(), "No longer in the catalog"),
                            reasonWords(o, reasons))).toList());
                    empty.setText(EMPTY);
                    rows.stream().filter(row -> row.opportunity().id().equals(select)).findFirst().ifPresent(row -> {
                        table.getSelectionModel().select(row);
                        table.scrollTo(row);
                    });
                }).onFailure(failure -> empty.setText("Could not read the opportunities: " + Messages.of(failure))));
    }

    private static String reasonWords(Opportunity o, Map<String, String> reasons) {
        String label = o.reasonCode() == null ? null : reasons.getOrDefault(o.reasonCode(), o.reasonCode());
        String text = o.reasonText() == null || o.reasonText().isBlank() ? null : o.reasonText();
        if (label == null) {
            return text == null ? "" : text;
        }
        if (text == null) {
            return label;
        }
        return OpportunityViewModel.OTHER.equals(o.reasonCode()) ? text : label + ": " + text;
    }

    private ContextMenu rowMenu() {
        MenuItem edit = new MenuItem("Edit\u2026");
        edit.setOnAction(event -> withSelected(this::edit));
        MenuItem won = statusItem("Mark as won", OpportunityStatus.WON);
        MenuItem lost = statusItem("Mark as lost", OpportunityStatus.LOST);
        MenuItem dismissed = statusItem("Dismiss", OpportunityStatus.DISMISSED);
        MenuItem reopen = statusItem("Reopen", OpportunityStatus.OPEN);
        ContextMenu menu = new ContextMenu(edit, new SeparatorMenuItem(), won, lost, dismissed, reopen);
        menu.setOnShowing(event -> {
            Row selected = table.getSelectionModel().getSelectedItem();
            OpportunityStatus now = selected == null ? null : selected.opportunity().status();
            won.setDisable(now == OpportunityStatus.WON);
            lost.setDisable(now == OpportunityStatus.LOST);
            dismissed.setDisable(now == OpportunityStatus.DISMISSED);
            reopen.setDisable(now == OpportunityStatus.OPEN);
        });
        return menu;
    }

    private MenuItem statusItem(String text, OpportunityStatus status) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> withSelected(row -> setStatus(row, status)));
        return item;
    }

    private Button statusButton(String text, org.kordamp.ikonli.Ikon icon, String id, OpportunityStatus status,
                                BooleanBinding nothingSelected) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip(status == OpportunityStatus.OPEN ? "Open the selected one again"
                : "Mark the selected one " + OpportunityWords.status(status).toLowerCase(Locale.ROOT) + " \u2014 Ctrl+Z undoes it"));
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Row selected = table.getSelectionModel().getSelectedItem();
            return selected == null || selected.opportunity().status() == status;
        }, table.getSelectionModel().selectedItemProperty(), nothingSelected));
        button.setOnAction(event -> withSelected(row -> setStatus(row, status)));
        return button;
    }

    private void withSelected(Consumer<Row> action) {
        Row selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        }
    }

    private static TableColumn<Row, String> textColumn(String title, Function<Row, String> value, double fixed) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (fixed > 0) {
            column.setPrefWidth(fixed);
            column.setMinWidth(fixed * 0.75);
            column.setMaxWidth(fixed * 1.2);
        }
        return column;
    }

    private static TableColumn<Row, LocalDate> dayColumn(String title, Function<Opportunity, LocalDate> value) {
        TableColumn<Row, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().opportunity())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean isEmpty) {
                super.updateItem(day, isEmpty);
                setText(isEmpty || day == null ? null : Formatting.current().date(day));
            }
        });
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setPrefWidth(124);
        column.setMinWidth(116);
        column.setMaxWidth(140);
        return column;
    }

    private static String countText(List<Row> shown) {
        if (shown.isEmpty()) {
            return "";
        }
        long open = shown.stream().filter(row -> row.opportunity().status() == OpportunityStatus.OPEN).count();
        return shown.size() + " in all, " + open + " open";
    }

    private static String shortened(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 39) + "\u2026";
    }

    /** Reads the opportunities again when a committed change is about one of the client shown. */
    public void followChanges(ChangeFollower changes) {
        changes.follow(ChangeFollower.about(() -> client, "opportunity"), this::refresh);
    }
}
