package app.rapport.ui.purchases;

import app.rapport.domain.Complexity;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.service.PurchaseService;
import app.rapport.service.RecordConflictException;
import app.rapport.service.ValidationException;
import app.rapport.ui.task.TaskExecutor;
import app.rapport.ui.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The purchase form: what was bought (a catalog product, or free text), when, for how much, and
 * until when it is covered. Holds the typed text of every field; nothing is saved until all of it
 * makes sense, and then it is saved whole or not at all.
 */
public final class PurchaseFormModel {
    /** The fields of the form, for the messages shown under each. */
    public enum Field { PRODUCT, DESCRIPTION, PURCHASED_ON, AMOUNT, WARRANTY_UNTIL, RENEWAL_ON, GENERAL }

    static final int DESCRIPTION_MAX = 400;

    private final PurchaseService purchases;
    private final TaskExecutor background;
    private final UUID clientId;
    private final Purchase original;

    private final ObservableList<Product> catalog = FXCollections.observableArrayList();
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>(this, "product");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty purchasedOn = new SimpleStringProperty(this, "purchasedOn", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty warrantyUntil = new SimpleStringProperty(this, "warrantyUntil", "");
    private final StringProperty renewalOn = new SimpleStringProperty(this, "renewalOn", "");
    private final StringProperty productHint = new SimpleStringProperty(this, "productHint", "");
    private final ObservableMap<Field, String> problems = FXCollections.observableMap(new EnumMap<>(Field.class));
    private final ObservableMap<Field, String> readOnlyProblems = FXCollections.unmodifiableObservableMap(problems);
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    /** The amount last filled in from a product's price; while it is untouched, choosing another product changes it. */
    private String filledAmount;
    /** The day the form opened: a new purchase's date, and the example of how to write one. */
    private final LocalDate today;

    /**
     * A form for a new purchase ({@code original} null, dated {@code today}) or for changing
     * {@code original}; {@code products} is the catalog to choose from.
     */
    public PurchaseFormModel(PurchaseService purchases, TaskExecutor background, UUID clientId, List<Product> products,
                             Purchase original, LocalDate today) {
        this.purchases = Objects.requireNonNull(purchases);
        this.background = Objects.requireNonNull(background);
        this.clientId = Objects.requireNonNull(clientId);
        this.original = original;
        this.today = today;
        catalog.setAll(products);
        if (original == null) {
            purchasedOn.set(Formats.date(today));
            filledAmount = "";
        } else {
            Product bought = null;
            if (original.productId() != null) {
                bought = products.stream().filter(p -> p.id().equals(original.productId())).findFirst()
                        // Kept even when it has left the catalog, so saving never drops it.
                        .orElseGet(() -> new Product(original.productId(), "(no longer in the catalog)", null, Complexity.SIMPLE, null));
                if (!catalog.contains(bought)) {
                    catalog.add(bought);
                }
            }
            product.set(bought);
            description.set(Objects.requireNonNullElse(original.description(), ""));
            purchasedOn.set(Formats.date(original.purchasedOn()));
            amount.set(Formats.amount(original.amount()));
            warrantyUntil.set(Formats.date(original.warrantyUntil()));
            renewalOn.set(Formats.date(original.renewalOn()));
        }

        product.addListener((observable, before, now) -> {
            problems.remove(Field.PRODUCT);
            if (now != null && now.id() != null && (filledAmount != null)) {
                String price = Formats.amount(now.price());
                filledAmount = price;
                amount.set(price);
            }
            updateHint();
        });
        amount.addListener((observable, before, now) -> {
            problems.remove(Field.AMOUNT);
            if (filledAmount != null && !filledAmount.equals(now) && !now.isBlank()) {
                filledAmount = null;
            } else if (now.isBlank()) {
                filledAmount = "";
            }
        });
        description.addListener((observable, before, now) -> {
            problems.remove(Field.DESCRIPTION);
            problems.remove(Field.PRODUCT);
            updateHint();
        });
        purchasedOn.addListener((observable, before, now) -> {
            problems.remove(Field.PURCHASED_ON);
            problems.remove(Field.WARRANTY_UNTIL);
            problems.remove(Field.RENEWAL_ON);
        });
        warrantyUntil.addListener((observable, before, now) -> problems.remove(Field.WARRANTY_UNTIL));
        renewalOn.addListener((observable, before, now) -> problems.remove(Field.RENEWAL_ON));
        updateHint();
    }

    // ---------------------------------------------------------------- state

    public boolean isNew() {
        return original == null;
    }

    /** The products to choose from. */
    public ObservableList<Product> catalog() {
        return catalog;
    }

    /** The chosen product; a product without an id is text typed that names no catalog product. */
    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty purchasedOnProperty() {
        return purchasedOn;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty warrantyUntilProperty() {
        return warrantyUntil;
    }

    public StringProperty renewalOnProperty() {
        return renewalOn;
    }

    /** A line about the chosen product (category, kind, price), or about free text. */
    public ReadOnlyStringProperty productHintProperty() {
        return productHint;
    }

    /** What is wrong, field by field; empty when nothing is. */
    public ObservableMap<Field, String> problems() {
        return readOnlyProblems;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** The user is changing a field: what was said about it no longer holds. */
    public void edited(Field field) {
        problems.remove(field);
    }

    // ---------------------------------------------------------------- product text

    /** Free text typed where a product is chosen; a catalog product when the text is its name. */
    public Product productFor(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        return catalog.stream().filter(p -> p.name().equalsIgnoreCase(typed)).findFirst()
                .orElseGet(() -> new Product(null, typed, null, Complexity.SIMPLE, null));
    }

    /** True if the product is one from the catalog, not typed text. */
    static boolean inCatalog(Product product) {
        return product != null && product.id() != null;
    }

    // ---------------------------------------------------------------- saving

    /**
     * Checks the form and, if it makes sense, saves it in the background; {@code onSaved} hears
     * the purchase as stored. Problems (ours or the service's) appear in {@link #problems()};
     * another desk's newer save goes to {@code onConflict}, nothing written.
     */
    public void save(Consumer<Purchase> onSaved, Consumer<RecordConflictException> onConflict) {
        if (saving.get()) {
            return;
        }
        Purchase purchase = validate();
        if (purchase != null) {
            save(purchase, onSaved, onConflict);
        }
    }

    /** Saves {@code purchase} as it is (a choice made after a conflict, checked again), as {@link #save(Consumer, Consumer)}. */
    public void save(Purchase purchase, Consumer<Purchase> onSaved, Consumer<RecordConflictException> onConflict) {
        saving.set(true);
        background.run(() -> purchases.save(purchase), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof RecordConflictException conflict) {
                onConflict.accept(conflict);
            } else if (failure instanceof ValidationException invalid) {
                show(invalid.problems());
            } else {
                problems.put(Field.GENERAL, "Could not save the purchase: " + Messages.of(failure));
            }
        });
    }

    /** The purchase as the form was filled from the store (null for a new one). */
    public Purchase original() {
        return original;
    }

    /** Says over the form why it was not saved (a conflict left as theirs). */
    public void notSaved(String why) {
        problems.put(Field.GENERAL, why);
    }

    /** The purchase the form describes, or null with {@link #problems()} saying why not. */
    Purchase validate() {
        Map<Field, String> found = new EnumMap<>(Field.class);
        Product chosen = product.get();
        String text = description.get() == null ? "" : description.get().strip();
        String what = text.isEmpty() ? null : text;
        UUID productId = null;
        if (inCatalog(chosen)) {
            productId = chosen.id();
        } else if (chosen != null && !chosen.name().isBlank()) {
            Product named = productFor(chosen.name());
            if (inCatalog(named)) {
                productId = named.id();
            } else if (what == null) {
                what = chosen.name().strip();
            } else {
                found.put(Field.PRODUCT, "\u201c" + chosen.name().strip() + "\u201d is not in the catalog. "
                        + "Choose a product from the list, or leave this empty.");
            }
        }
        if (productId == null && what == null && !found.containsKey(Field.PRODUCT)) {
            found.put(Field.PRODUCT, "Choose a product, or describe what was bought.");
        }
        if (what != null && what.length() > DESCRIPTION_MAX) {
            found.put(inCatalog(chosen) || text.length() > DESCRIPTION_MAX ? Field.DESCRIPTION : Field.PRODUCT,
                    "Keep the description under " + DESCRIPTION_MAX + " characters (it has " + what.length() + ").");
        }

        LocalDate on = date(purchasedOn.get(), Field.PURCHASED_ON, found);
        if (on == null && !found.containsKey(Field.PURCHASED_ON)) {
            found.put(Field.PURCHASED_ON, "When was it bought?");
        }
        BigDecimal paid = null;
        String typedAmount = amount.get() == null ? "" : amount.get();
        if (!typedAmount.isBlank()) {
            String problem = Formats.amountProblem(typedAmount, "amount");
            if (problem != null) {
                found.put(Field.AMOUNT, problem);
            } else {
                paid = Formats.parseAmount(typedAmount).setScale(2, java.math.RoundingMode.UNNECESSARY);
            }
        }
        LocalDate warranty = date(warrantyUntil.get(), Field.WARRANTY_UNTIL, found);
        if (warranty != null && on != null && warranty.isBefore(on)) {
            found.put(Field.WARRANTY_UNTIL, "The warranty can't end before the purchase (" + Formats.shownDate(on) + ").");
        }
        LocalDate renewal = date(renewalOn.get(), Field.RENEWAL_ON, found);
        if (renewal != null && on != null && renewal.isBefore(on)) {
            found.put(Field.RENEWAL_ON, "The renewal can't come before the purchase (" + Formats.shownDate(on) + ").");
        }

        problems.clear();
        if (!found.isEmpty()) {
            problems.putAll(found);
            return null;
        }
        return new Purchase(original == null ? null : original.id(), clientId, productId, what, on, paid, warranty, renewal,
                original == null ? 0 : original.version());
    }

    private LocalDate date(String text, Field field, Map<Field, String> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Formats.parseDate(text);
        } catch (DateTimeParseException e) {
            found.put(field, "\u201c" + text.strip() + "\u201d is not a date. Write it like "
                    + Formats.date(today) + ".");
            return null;
        }
    }

    /** Puts the service's problems under the fields they name; the rest under the form. */
    private void show(List<FieldProblem> reported) {
        problems.clear();
        Map<Field, List<String>> byField = new EnumMap<>(Field.class);
        for (FieldProblem problem : reported) {
            byField.computeIfAbsent(fieldNamed(problem.field()), key -> new ArrayList<>()).add(problem.message());
        }
        if (byField.isEmpty()) {
            byField.put(Field.GENERAL, List.of("The purchase could not be saved."));
        }
        byField.forEach((field, messages) -> problems.put(field, String.join(" ", messages)));
    }

    static Field fieldNamed(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (key.contains("warranty")) {
            return Field.WARRANTY_UNTIL;
        }
        if (key.contains("renewal")) {
            return Field.RENEWAL_ON;
        }
        if (key.contains("amount") || key.contains("price")) {
            return Field.AMOUNT;
        }
        if (key.contains("description")) {
            return Field.DESCRIPTION;
        }
        if (key.contains("product")) {
            return Field.PRODUCT;
        }
        if (key.contains("purchased") || key.equals("date") || key.equals("on")) {
            return Field.PURCHASED_ON;
        }
        return Field.GENERAL;
    }

    private void updateHint() {
        Product chosen = product.get();
        if (inCatalog(chosen)) {
            List<String> parts = new ArrayList<>();
            if (chosen.category() != null && !chosen.category().isBlank()) {
                parts.add(chosen.category());
            }
            parts.add(chosen.complexity() == Complexity.COMPLEX ? "complex \u2014 plan some onboarding help" : "simple");
            if (chosen.price() != null) {
                parts.add("list price " + Formats.shownAmount(chosen.price()));
            }
            productHint.set(String.join(" \u00b7 ", parts));
        } else if (chosen != null && !chosen.name().isBlank()) {
            productHint.set(description.get() == null || description.get().isBlank()
                    ? "Not in the catalog \u2014 it will be saved as the description."
                    : "Not in the catalog.");
        } else {
            productHint.set("From the catalog, or leave empty and describe the purchase.");
        }
    }
}
