package app.rapport.ui.purchases;

import app.rapport.service.RecordConflictException;
import app.rapport.ui.team.ConflictDialog;
import app.rapport.ui.control.DiscardGuard;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.ui.purchases.PurchaseFormModel.Field;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import app.rapport.ui.control.FieldMessage;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Adds or changes a purchase. The product comes from the catalog (type to narrow the list) or is
 * described in free text; the amount follows the product's price until the user types their own.
 * Problems are shown under the fields they concern, and the dialog stays open until the purchase
 * is saved whole.
 */
public final class PurchaseDialog extends Dialog<Purchase> {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final PurchaseFormModel form;
    private final ComboBox<Product> product = new ComboBox<>();
    private final ObservableList<Product> shownProducts = FXCollections.observableArrayList();
    private final Map<Field, Control> inputs = new EnumMap<>(Field.class);
    private final Map<Field, Label> messages = new EnumMap<>(Field.class);
    private boolean filtering;

    public PurchaseDialog(Window owner, PurchaseFormModel form) {
        this.form = form;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(form.isNew() ? "Add a purchase" : "Edit purchase");
        setResizable(true);
        getDialogPane().getStyleClass().add("purchase-dialog");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(PurchaseDialog.class.getResource("/app/rapport/ui/purchases.css")).toExternalForm());
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, SAVE);
        setResultConverter(button -> null);

        Label title = new Label(form.isNew() ? "Add a purchase" : "Edit purchase");
        title.getStyleClass().add(Styles.TITLE_3);

        product.setId("purchase-product");
        product.setEditable(true);
        product.setPromptText("Type to find a product, or describe it");
        product.setMaxWidth(Double.MAX_VALUE);
        product.setVisibleRowCount(8);
        shownProducts.setAll(form.catalog());
        product.setItems(shownProducts);
        product.setConverter(new StringConverter<>() {
            @Override
            public String toString(Product value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Product fromString(String text) {
                return form.productFor(text);
            }
        });
        product.setCellFactory(list -> new ProductCell());
        product.valueProperty().bindBidirectional(form.productProperty());
        product.getEditor().textProperty().addListener((observable, before, typed) -> {
            if (product.getEditor().isFocused()) {
                form.edited(Field.PRODUCT);
            }
            narrow(typed);
        });
        product.setOnHidden(event -> {
            if (!filtering) {
                Platform.runLater(() -> showAllProducts());
            }
        });
        inputs.put(Field.PRODUCT, product);

        TextField description = new TextField();
        description.setId("purchase-description");
        description.setPromptText("Optional with a product, e.g. \u201c2 \u00d7\u201d or a serial number");
        description.textProperty().bindBidirectional(form.descriptionProperty());
        inputs.put(Field.DESCRIPTION, description);

        DateField purchasedOn = new DateField(form.purchasedOnProperty());
        purchasedOn.setId("purchase-date");
        inputs.put(Field.PURCHASED_ON, purchasedOn);
        TextField amount = new TextField();
        amount.setId("purchase-amount");
        amount.setPromptText(Formats.amount(new java.math.BigDecimal("0")));
        amount.textProperty().bindBidirectional(form.amountProperty());
        amount.getStyleClass().add("amount-field");
        selectAllOnFocus(amount);
        inputs.put(Field.AMOUNT, amount);
        DateField warranty = new DateField(form.warrantyUntilProperty());
        warranty.setId("purchase-warranty");
        inputs.put(Field.WARRANTY_UNTIL, warranty);
        DateField renewal = new DateField(form.renewalOnProperty());
        renewal.setId("purchase-renewal");
        inputs.put(Field.RENEWAL_ON, renewal);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(field("Product", Field.PRODUCT, form.productHintProperty()), 0, 0, 2, 1);
        grid.add(field("Description", Field.DESCRIPTION, null), 0, 1, 2, 1);
        grid.add(field("Bought on", Field.PURCHASED_ON, null), 0, 2);
        grid.add(field("Amount", Field.AMOUNT, null), 1, 2);
        grid.add(field("Warranty until", Field.WARRANTY_UNTIL, null), 0, 3);
        grid.add(field("Renewal on", Field.RENEWAL_ON, null), 1, 3);

        Label general = message(Field.GENERAL);
        general.setId("purchase-problem");
        VBox content = new VBox(14, title, grid, general);
        content.getStyleClass().add("purchase-form");
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("purchase-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(form.savingProperty());
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            commitTypedText();
            form.save(this::saved, this::resolve);
        });

        form.problems().addListener((MapChangeListener<Field, String>) change -> {
            showProblem(change.getKey());
            if (change.wasAdded()) {
                focusFirstProblem();
            }
            fitWindow();
        });
        inputs.keySet().forEach(this::showProblem);
        showProblem(Field.GENERAL);
        setOnShown(event -> Platform.runLater(() -> (form.isNew() ? product : amount).requestFocus()));
        DiscardGuard.install(this);
    }

    private void saved(Purchase purchase) {
        setResult(purchase);
        close();
    }

    /** Another desk saved this purchase first: the person chooses per field, and the choice is saved (and checked) again. */
    private void resolve(RecordConflictException conflict) {
        ConflictDialog.resolve(getDialogPane().getScene().getWindow(), conflict, Purchase.class, form.original(), "this purchase",
                merged -> form.save(merged, this::saved, this::resolve), form::notSaved);
    }

    /** Takes in what is typed but not yet committed (the product box commits on Enter or focus loss). */
    private void commitTypedText() {
        String typed = product.getEditor().getText();
        Product current = product.getValue();
        String shown = current == null ? "" : current.name();
        if (!Objects.equals(typed == null ? "" : typed.strip(), shown)) {
            form.productProperty().set(form.productFor(typed));
        }
    }

    /** Narrows the product list to what is typed, leaving the chosen value alone. */
    private void narrow(String typed) {
        Product chosen = product.getValue();
        if (filtering || !product.getEditor().isFocused() || (chosen != null && chosen.name().equals(typed))) {
            return;
        }
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<Product> matching = form.catalog().stream()
                .filter(p -> needle.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(needle)
                        || (p.category() != null && p.category().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
        Platform.runLater(() -> {
            filtering = true;
            try {
                String text = product.getEditor().getText();
                int caret = product.getEditor().getCaretPosition();
                boolean resized = shownProducts.size() != matching.size();
                if (!shownProducts.equals(matching)) {
                    shownProducts.setAll(matching);
                }
                if (!Objects.equals(product.getEditor().getText(), text)) {
                    product.getEditor().setText(text);
                    product.getEditor().positionCaret(caret);
                }
                if (matching.isEmpty()) {
                    product.hide();
                } else if (product.getEditor().isFocused() && (!product.isShowing() || resized)) {
                    // The list is sized as it opens: open it again to fit what is left.
                    product.hide();
                    product.show();
                }
            } finally {
                filtering = false;
            }
        });
    }

    private void showAllProducts() {
        if (!product.isShowing() && !shownProducts.equals(form.catalog())) {
            filtering = true;
            try {
                String text = product.getEditor().getText();
                shownProducts.setAll(form.catalog());
                if (!Objects.equals(product.getEditor().getText(), text)) {
                    product.getEditor().setText(text);
                }
            } finally {
                filtering = false;
            }
        }
    }

    private VBox field(String name, Field field, ObservableStringValue hint) {
        Control input = inputs.get(field);
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        Label message = message(field);
        if (hint != null) {
            message.getProperties().put("hint", hint);
            hint.addListener((observable, before, now) -> showProblem(field));
        }
        input.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, label, input, message);
    }

    private Label message(Field field) {
        Label message = FieldMessage.create("purchase-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-problem");
        messages.put(field, message);
        return message;
    }

    private void showProblem(Field field) {
        Label message = messages.get(field);
        if (message == null) {
            return;
        }
        String problem = form.problems().get(field);
        Object hint = message.getProperties().get("hint");
        String hintText = hint instanceof ObservableStringValue text ? text.get() : null;
        String shown = problem != null ? problem : hintText;
        message.setText(shown == null ? "" : shown);
        message.setVisible(shown != null && !shown.isEmpty());
        message.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        message.getStyleClass().add(problem != null ? Styles.DANGER : Styles.TEXT_MUTED);
        Control input = inputs.get(field);
        if (input != null) {
            input.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
            if (input instanceof DateField date) {
                date.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
            }
        }
        fitWindow();
    }

    /** Messages take room: let the window grow so that the buttons stay in sight. */
    private void fitWindow() {
        Platform.runLater(() -> {
            javafx.scene.Scene scene = getDialogPane().getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window != null && window.isShowing()
                    && getDialogPane().prefHeight(getDialogPane().getWidth()) > scene.getHeight() + 0.5) {
                window.sizeToScene();
            }
        });
    }

    private void focusFirstProblem() {
        Platform.runLater(() -> {
            for (Field field : Field.values()) {
                Control input = inputs.get(field);
                if (input != null && form.problems().containsKey(field)) {
                    input.requestFocus();
                    return;
                }
            }
        });
    }

    /** A product in the list: its name, and its category and price quietly beside it. */
    private static final class ProductCell extends ListCell<Product> {
        private final Label name = new Label();
        private final Label details = new Label();
        private final HBox layout;

        ProductCell() {
            details.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            layout = new HBox(12, name, spacer, details);
            layout.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Product item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            name.setText(item.name());
            String category = item.category() == null ? "" : item.category();
            String price = item.price() == null ? "" : Formats.shownAmount(item.price());
            details.setText(category.isEmpty() || price.isEmpty() ? category + price : category + "  \u00b7  " + price);
            setGraphic(layout);
        }
    }

    /** Typing into an amount replaces it, as in a spreadsheet. */
    static void selectAllOnFocus(TextField field) {
        field.focusedProperty().addListener((observable, before, focused) -> {
            if (focused) {
                Platform.runLater(field::selectAll);
            }
        });
    }
}
