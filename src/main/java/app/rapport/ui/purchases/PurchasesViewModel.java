package app.rapport.ui.purchases;

import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.service.PurchaseService;
import app.rapport.ui.task.BackgroundTask;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.task.TaskKey;
import app.rapport.ui.Messages;
import app.rapport.ui.UndoManager;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The state of one client's purchases: the rows of the table (newest first), the selected one,
 * and the forms to add or change a purchase. Store work runs in the background; only the answer
 * for the client still shown is applied.
 */
public final class PurchasesViewModel {
    static final String NO_CLIENT = "Select a client to see their purchases.";
    static final String LOADING = "Loading purchases\u2026";
    static final String EMPTY = "No purchases yet.";

    /** One row of the table: the purchase and, when it is of a catalog product, that product. */
    public record PurchaseRow(Purchase purchase, Product product) {
        /** What was bought, in words: the description, else the product's name. */
        public String what() {
            if (purchase.description() != null && !purchase.description().isBlank()) {
                return purchase.description();
            }
            if (product != null) {
                return product.name();
            }
            return purchase.productId() != null ? "A product no longer in the catalog" : "";
        }
    }

    private record Loaded(List<Purchase> purchases, List<Product> products) {
    }

    private final PurchaseService purchases;
    private final TaskExecutor background;
    private final UndoManager undo;
    private final Consumer<String> status;
    private final Clock clock;

    private final ObjectProperty<UUID> client = new SimpleObjectProperty<>(this, "client");
    private final ObservableList<PurchaseRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PurchaseRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<PurchaseRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", NO_CLIENT);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final TaskKey loadKey = new TaskKey("purchases of the client");

    /** Names a client in status messages; without it, messages name nobody. */
    private java.util.function.Function<UUID, String> clientNames = id -> null;

    /** Where status messages get the name of the client they are about. */
    public void setClientNames(java.util.function.Function<UUID, String> clientNames) {
        this.clientNames = Objects.requireNonNull(clientNames);
    }

    /** " for Maria Okafor", or nothing when the name is not known. */
    private String forClient(UUID clientId) {
        String name = clientId == null ? null : clientNames.apply(clientId);
        return name == null ? "" : " for " + name;
    }

    public PurchasesViewModel(PurchaseService purchases, TaskExecutor background, UndoManager undo,
                              Consumer<String> status, Clock clock) {
        this.purchases = Objects.requireNonNull(purchases);
        this.background = Objects.requireNonNull(background);
        this.undo = Objects.requireNonNull(undo);
        this.status = Objects.requireNonNull(status);
        this.clock = Objects.requireNonNull(clock);
    }

    public ReadOnlyObjectProperty<UUID> clientProperty() {
        return client;
    }

    /** The client's purchases, newest first. */
    public ObservableList<PurchaseRow> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<PurchaseRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    /** "4 purchases · 1,250.00 in all", or empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void setClient(UUID clientId) {
        if (!Objects.equals(client.get(), clientId)) {
            client.set(clientId);
            selected.set(null);
            rows.clear();
            summary.set("");
        }
        refresh();
    }

    public void refresh() {
        refresh(null);
    }

    /** Reads the client's purchases and the catalog again, then selects {@code select} if given. */
    private void refresh(UUID select) {
        UUID clientId = client.get();
        if (clientId == null) {
            background.drop(loadKey);
            rows.clear();
            emptyText.set(NO_CLIENT);
            return;
        }
        if (rows.isEmpty()) {
            emptyText.set(LOADING);
        }
        background.execute(BackgroundTask.of(() -> new Loaded(purchases.forClient(clientId), purchases.products())).keyed(loadKey)
                .onSuccess(loaded -> show(loaded, select))
                .onFailure(failure -> {
                    emptyText.set("Could not load the purchases.");
                    status.accept("Could not load the purchases: " + Messages.of(failure));
                }));
    }

    /**
     * Reads the catalog fresh and hands a form for a new purchase (or for changing {@code row}
     * when not null) to {@code open}; {@code notOpened} runs instead when there is no form to show.
     */
    public void prepareForm(PurchaseRow row, Consumer<PurchaseFormModel> open, Runnable notOpened) {
        UUID clientId = client.get();
        if (clientId == null) {
            notOpened.run();
            return;
        }
        background.run(purchases::products, catalog -> {
            if (clientId.equals(client.get())) {
                open.accept(new PurchaseFormModel(purchases, background, clientId, catalog,
                        row == null ? null : row.purchase(), today()));
            } else {
                notOpened.run();
            }
        }, failure -> {
            notOpened.run();
            status.accept("Could not read the product catalog: " + Messages.of(failure));
        });
    }

    /** A form saved this purchase: show it, selected. */
    public void saved(Purchase purchase) {
        status.accept("Purchase saved" + forClient(purchase.clientId()));
        refresh(purchase.id());
    }

    /** Deletes the purchase; Undo brings it back. */
    public void delete(PurchaseRow row) {
        if (row == null) {
            return;
        }
        UUID id = row.purchase().id();
        background.run(() -> {
            purchases.delete(id);
            return id;
        }, deleted -> {
            refresh();
            String what = "Purchase deleted" + forClient(row.purchase().clientId());
            undo.done(what, () -> purchases.restore(id), this::refresh);
            status.accept(what + " \u2014 Ctrl+Z to undo");
        }, failure -> status.accept("Could not delete the purchase: " + Messages.of(failure)));
    }

    private void show(Loaded loaded, UUID select) {
        Map<UUID, Product> byId = loaded.products().stream().collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a));
        UUID keep = select != null ? select : selected.get() == null ? null : selected.get().purchase().id();
        List<PurchaseRow> shown = loaded.purchases().stream()
                .map(purchase -> new PurchaseRow(purchase, purchase.productId() == null ? null : byId.get(purchase.productId())))
                .toList();
        rows.setAll(shown);
        selected.set(keep == null ? null : shown.stream().filter(row -> row.purchase().id().equals(keep)).findFirst().orElse(null));
        emptyText.set(EMPTY);
        BigDecimal total = shown.stream().map(row -> row.purchase().amount()).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        summary.set(shown.isEmpty() ? "" : (shown.size() == 1 ? "1 purchase" : shown.size() + " purchases")
                + " \u00b7 " + Formats.shownAmount(total) + " in all");
    }
}
