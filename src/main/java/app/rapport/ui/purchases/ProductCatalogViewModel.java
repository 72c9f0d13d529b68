package app.rapport.ui.purchases;

import app.rapport.domain.Complexity;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Product;
import app.rapport.service.PurchaseService;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The product catalog editor: the active products, and a form for a new product or the one
 * being changed. Saving goes through the service in the background and is all or nothing.
 */
public final class ProductCatalogViewModel {
    /** The fields of the product form. */
    public enum Field { NAME, CATEGORY, COMPLEXITY, PRICE, GENERAL }

    static final int NAME_MAX = 300;
    static final int CATEGORY_MAX = 200;

    private final PurchaseService purchases;
    private final TaskExecutor background;
    private final Consumer<String> status;

    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObservableList<Product> readOnlyProducts = FXCollections.unmodifiableObservableList(products);
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Product> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty category = new SimpleStringProperty(this, "category", "");
    private final ObjectProperty<Complexity> complexity = new SimpleObjectProperty<>(this, "complexity", Complexity.SIMPLE);
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty formTitle = new SimpleStringProperty(this, "formTitle", "New product");
    private final ObservableMap<Field, String> problems = FXCollections.observableMap(new EnumMap<>(Field.class));
    private final ObservableMap<Field, String> readOnlyProblems = FXCollections.unmodifiableObservableMap(problems);
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");

    public ProductCatalogViewModel(PurchaseService purchases, TaskExecutor background, Consumer<String> status) {
        this.purchases = Objects.requireNonNull(purchases);
        this.background = Objects.requireNonNull(background);
        this.status = Objects.requireNonNull(status);
        name.addListener((observable, before, now) -> problems.remove(Field.NAME));
        category.addListener((observable, before, now) -> problems.remove(Field.CATEGORY));
        price.addListener((observable, before, now) -> problems.remove(Field.PRICE));
    }

    public ObservableList<Product> products() {
        return readOnlyProducts;
    }

    /** Categories in use, for the category box. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** The product the form changes, or null for a new product. */
    public ReadOnlyObjectProperty<Product> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public ObjectProperty<Complexity> complexityProperty() {
        return complexity;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle;
    }

    public ObservableMap<Field, String> problems() {
        return readOnlyProblems;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public void load() {
        load(null);
    }

    private void load(UUID select) {
        background.run(purchases::products, list -> {
            products.setAll(list);
            categories.setAll(list.stream().map(Product::category).filter(c -> c != null && !c.isBlank())
                    .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
            loaded.set(true);
            if (select != null) {
                list.stream().filter(p -> p.id().equals(select)).findFirst().ifPresent(this::edit);
            }
        }, failure -> status.accept("Could not read the product catalog: " + Messages.of(failure)));
    }

    /** Empties the form for a new product. */
    public void newProduct() {
        fill(null);
    }

    /** Fills the form with a product to change. */
    public void edit(Product product) {
        fill(product);
    }

    private void fill(Product product) {
        editing.set(product);
        name.set(product == null ? "" : product.name());
        category.set(product == null || product.category() == null ? "" : product.category());
        complexity.set(product == null || product.complexity() == null ? Complexity.SIMPLE : product.complexity());
        price.set(product == null ? "" : Formats.amount(product.price()));
        formTitle.set(product == null ? "New product" : "Edit \u201c" + product.name() + "\u201d");
        problems.clear();
    }

    /** Saves the form; {@code onSaved} hears the product as stored. */
    public void save(Consumer<Product> onSaved) {
        if (saving.get()) {
            return;
        }
        Product product = validate();
        if (product == null) {
            return;
        }
        saving.set(true);
        background.run(() -> purchases.saveProduct(product), saved -> {
            saving.set(false);
            status.accept("Product saved");
            onSaved.accept(saved);
            load(saved.id());
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                show(invalid.problems());
            } else {
                problems.put(Field.GENERAL, "Could not save the product: " + Messages.of(failure));
            }
        });
    }

    Product validate() {
        Map<Field, String> found = new EnumMap<>(Field.class);
        String named = name.get() == null ? "" : name.get().strip();
        if (named.isEmpty()) {
            found.put(Field.NAME, "Give the product a name.");
        } else if (named.length() > NAME_MAX) {
            found.put(Field.NAME, "Keep the name under " + NAME_MAX + " characters.");
        }
        String group = category.get() == null ? "" : category.get().strip();
        if (group.length() > CATEGORY_MAX) {
            found.put(Field.CATEGORY, "Keep the category under " + CATEGORY_MAX + " characters.");
        }
        BigDecimal listPrice = null;
        String typed = price.get() == null ? "" : price.get();
        if (!typed.isBlank()) {
            String problem = Formats.amountProblem(typed, "price");
            if (problem != null) {
                found.put(Field.PRICE, problem);
            } else {
                listPrice = Formats.parseAmount(typed).setScale(2, RoundingMode.UNNECESSARY);
            }
        }
        problems.clear();
        if (!found.isEmpty()) {
            problems.putAll(found);
            return null;
        }
        Product current = editing.get();
        return new Product(current == null ? null : current.id(), named, group.isEmpty() ? null : group,
                complexity.get() == null ? Complexity.SIMPLE : complexity.get(), listPrice);
    }

    private void show(List<FieldProblem> reported) {
        problems.clear();
        Map<Field, List<String>> byField = new EnumMap<>(Field.class);
        for (FieldProblem problem : reported) {
            String key = problem.field() == null ? "" : problem.field().toLowerCase(Locale.ROOT);
            Field field = key.contains("name") ? Field.NAME : key.contains("categor") ? Field.CATEGORY
                    : key.contains("price") ? Field.PRICE : key.contains("complex") ? Field.COMPLEXITY : Field.GENERAL;
            byField.computeIfAbsent(field, k -> new ArrayList<>()).add(problem.message());
        }
        if (byField.isEmpty()) {
            byField.put(Field.GENERAL, List.of("The product could not be saved."));
        }
        byField.forEach((field, messages) -> problems.put(field, String.join(" ", messages)));
    }
}
