package app.rapport.ui.purchases;

import app.rapport.ui.control.DiscardGuard;
import app.rapport.domain.Complexity;
import app.rapport.domain.Product;
import app.rapport.service.PurchaseService;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.purchases.ProductCatalogViewModel.Field;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
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
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A simple editor for the product catalog: the products in a table and a small form below it to
 * add one or change the selected one. Products are saved through the purchase service.
 */
public final class ProductCatalogDialog extends Dialog<Void> {
    private final ProductCatalogViewModel model;
    private final TableView<Product> table = new TableView<>();
    private final Map<Field, Control> inputs = new EnumMap<>(Field.class);
    private final Map<Field, Label> messages = new EnumMap<>(Field.class);
    private final TextField name = new TextField();

    /** Opens the catalog editor over {@code owner} (which may be null) and returns it, already showing. */
    public static ProductCatalogDialog open(Window owner, PurchaseService purchases, TaskExecutor background,
                                            Consumer<String> statusReporter) {
        ProductCatalogDialog dialog = new ProductCatalogDialog(owner, new ProductCatalogViewModel(purchases, background, statusReporter));
        dialog.show();
        return dialog;
    }

    ProductCatalogDialog(Window owner, ProductCatalogViewModel model) {
        this.model = model;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle("Product catalog");
        setResizable(true);
        getDialogPane().getStyleClass().add("catalog-dialog");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(ProductCatalogDialog.class.getResource("/app/rapport/ui/purchases.css")).toExternalForm());
        getDialogPane().getButtonTypes().add(new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE));

        Label title = new Label("Product catalog");
        title.getStyleClass().add(Styles.TITLE_3);
        Label lead = new Label("What you sell. Complex products call for onboarding help soon after the sale; simple ones for a warm word.");
        lead.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        lead.setWrapText(true);

        table.setId("catalog-table");
        table.setItems(model.products());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Product, String> nameColumn = new TableColumn<>("Name");
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        nameColumn.setPrefWidth(280);
        nameColumn.setMinWidth(160);
        TableColumn<Product, String> categoryColumn = new TableColumn<>("Category");
        categoryColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().category()));
        categoryColumn.setPrefWidth(150);
        categoryColumn.setMinWidth(100);
        categoryColumn.setMaxWidth(220);
        TableColumn<Product, String> kindColumn = new TableColumn<>("Kind");
        kindColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(kind(cell.getValue().complexity())));
        kindColumn.setPrefWidth(90);
        kindColumn.setMinWidth(80);
        kindColumn.setMaxWidth(110);
        TableColumn<Product, BigDecimal> priceColumn = new TableColumn<>("Price");
        priceColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().price()));
        priceColumn.getStyleClass().add("amount-column");
        priceColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal price, boolean empty) {
                super.updateItem(price, empty);
                setText(empty || price == null ? null : Formats.shownAmount(price));
            }
        });
        priceColumn.setPrefWidth(100);
        priceColumn.setMinWidth(90);
        priceColumn.setMaxWidth(130);
        table.getColumns().addAll(java.util.List.of(nameColumn, categoryColumn, kindColumn, priceColumn));
        Label empty = new Label();
        empty.getStyleClass().add("empty-hint");
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadedProperty())
                .then("No products yet \u2014 add the first one below.").otherwise("Loading the catalog\u2026"));
        table.setPlaceholder(empty);
        table.setPrefHeight(280);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && now != model.editingProperty().get()) {
                model.edit(now);
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                name.requestFocus();
                event.consume();
            }
        });
        model.editingProperty().addListener((observable, before, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });

        Label formTitle = new Label();
        formTitle.getStyleClass().add(Styles.TITLE_4);
        formTitle.textProperty().bind(model.formTitleProperty());
        Button newProduct = new Button("New product", new FontIcon(Material2AL.ADD));
        newProduct.setId("catalog-new");
        newProduct.getStyleClass().add(Styles.FLAT);
        newProduct.setOnAction(event -> {
            model.newProduct();
            name.requestFocus();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox formHeader = new HBox(8, formTitle, spacer, newProduct);
        formHeader.setAlignment(Pos.CENTER_LEFT);

        name.setId("catalog-name");
        name.setPromptText("e.g. Espresso machine");
        name.textProperty().bindBidirectional(model.nameProperty());
        inputs.put(Field.NAME, name);
        ComboBox<String> category = new ComboBox<>(model.categories());
        category.setId("catalog-category");
        category.setEditable(true);
        category.setPromptText("e.g. Kitchen");
        category.getEditor().textProperty().bindBidirectional(model.categoryProperty());
        inputs.put(Field.CATEGORY, category);
        ToggleGroup kinds = new ToggleGroup();
        RadioButton simple = new RadioButton("Simple");
        simple.setId("catalog-simple");
        simple.setUserData(Complexity.SIMPLE);
        simple.setToggleGroup(kinds);
        RadioButton complex = new RadioButton("Complex");
        complex.setId("catalog-complex");
        complex.setUserData(Complexity.COMPLEX);
        complex.setToggleGroup(kinds);
        HBox kindBox = new HBox(16, simple, complex);
        kindBox.setAlignment(Pos.CENTER_LEFT);
        kindBox.setMinHeight(32);
        Runnable showKind = () -> kinds.selectToggle(model.complexityProperty().get() == Complexity.COMPLEX ? complex : simple);
        showKind.run();
        model.complexityProperty().addListener((observable, before, now) -> showKind.run());
        kinds.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now != null) {
                model.complexityProperty().set((Complexity) now.getUserData());
            }
        });
        TextField price = new TextField();
        price.setId("catalog-price");
        price.setPromptText(Formats.amount(BigDecimal.ZERO));
        price.getStyleClass().add("amount-field");
        PurchaseDialog.selectAllOnFocus(price);
        price.textProperty().bindBidirectional(model.priceProperty());
        inputs.put(Field.PRICE, price);

        Button save = new Button("Save product", new FontIcon(Material2AL.CHECK));
        save.setId("catalog-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(this::save);

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(10);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(50);
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(25);
        narrow.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(wide, narrow, narrow);
        form.add(field("Name", Field.NAME, name), 0, 0);
        form.add(field("Category", Field.CATEGORY, category), 1, 0, 2, 1);
        form.add(field("Kind", Field.COMPLEXITY, kindBox), 0, 1);
        form.add(field("Price", Field.PRICE, price), 1, 1);
        VBox saveBox = new VBox(save);
        saveBox.setAlignment(Pos.BOTTOM_RIGHT);
        form.add(saveBox, 2, 1);
        Label general = message(Field.GENERAL);
        general.setId("catalog-problem");

        VBox formBox = new VBox(10, formHeader, form, general);
        formBox.getStyleClass().add("catalog-form");
        VBox content = new VBox(12, title, lead, table, formBox);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefWidth(700);
        getDialogPane().setContent(content);

        model.problems().addListener((MapChangeListener<Field, String>) change -> showProblem(change.getKey()));
        for (Field field : Field.values()) {
            showProblem(field);
        }
        setResultConverter(button -> null);
        setOnShown(event -> Platform.runLater(name::requestFocus));
        model.load();
        DiscardGuard.install(this, table.getSelectionModel().selectedItemProperty(), model.products());
    }

    private void save(ActionEvent event) {
        model.save(saved -> name.requestFocus());
    }

    static String kind(Complexity complexity) {
        return complexity == Complexity.COMPLEX ? "Complex" : "Simple";
    }

    private VBox field(String title, Field field, javafx.scene.Node input) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        if (input instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
            label.setLabelFor(control);
        }
        return new VBox(4, label, input, message(field));
    }

    private Label message(Field field) {
        Label message = FieldMessage.create("catalog-" + field.name().toLowerCase(Locale.ROOT) + "-problem");
        messages.put(field, message);
        return message;
    }

    private void showProblem(Field field) {
        Label message = messages.get(field);
        String problem = model.problems().get(field);
        if (message != null) {
            message.setText(problem == null ? "" : problem);
            message.setVisible(problem != null);
        }
        Control input = inputs.get(field);
        if (input != null) {
            input.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
        }
    }
}
