package app.rapport.service;

import app.rapport.domain.Complexity;
import app.rapport.domain.EditedFields;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.store.ClientRepository;
import app.rapport.store.ProductRepository;
import app.rapport.store.PurchaseRepository;
import app.rapport.store.Store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Purchases and the product catalog they draw on. */
public final class PurchaseService {
    private static final int PRODUCT_NAME_MAX = 300;
    private static final int CATEGORY_MAX = 200;
    private static final int DESCRIPTION_MAX = 400;
    /** DECIMAL(14, 2): twelve digits before the point. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");

    private final Store store;
    private final Clock clock;

    public PurchaseService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Active products, by category then name. */
    public List<Product> products() {
        return new ProductRepository(store.dsl()).active();
    }

    /**
     * Inserts or updates a product (by id); a blank name or negative price is a ValidationException.
     * A null id, or one the store does not know, makes a new product; a null complexity is SIMPLE.
     */
    public Product saveProduct(Product product) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(product.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "Give the product a name."));
        } else if (name.length() > PRODUCT_NAME_MAX) {
            problems.add(tooLong("name", "The name", name, PRODUCT_NAME_MAX));
        }
        String category = text(product.category());
        if (category != null && category.length() > CATEGORY_MAX) {
            problems.add(tooLong("category", "The category", category, CATEGORY_MAX));
        }
        money(problems, "price", "The price", product.price());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Product tidy = new Product(product.id() == null ? Ids.next() : product.id(), name, category,
                product.complexity() == null ? Complexity.SIMPLE : product.complexity(), product.price());
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            ProductRepository products = new ProductRepository(dsl);
            if (products.exists(tidy.id())) {
                products.update(tidy);
            } else {
                products.insert(tidy, now);
            }
            return products.find(tidy.id()).orElseThrow();
        });
    }

    /**
     * Inserts or updates a purchase (by id). Needs a product or a description, a date, a
     * non-negative amount, and warranty/renewal dates not before the purchase; else ValidationException.
     * A null id, or one the store does not know, makes a new purchase; the amount may be left out
     * (null). The client of an existing purchase does not change.
     * <p>
     * An existing purchase is saved only while the store still has the version {@code purchase} was
     * read at; when another desk saved it since, nothing is written and a
     * {@link RecordConflictException} names who, when, and each field where theirs and this one differ.
     */
    public Purchase save(Purchase purchase) {
        List<FieldProblem> problems = new ArrayList<>();
        String description = text(purchase.description());
        if (purchase.productId() == null && description == null) {
            problems.add(new FieldProblem("description", "Choose a product or describe what was bought."));
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            problems.add(tooLong("description", "The description", description, DESCRIPTION_MAX));
        }
        if (purchase.purchasedOn() == null) {
            problems.add(new FieldProblem("purchasedOn", "Enter the day of the purchase."));
        } else {
            if (purchase.warrantyUntil() != null && purchase.warrantyUntil().isBefore(purchase.purchasedOn())) {
                problems.add(new FieldProblem("warrantyUntil", "The warranty cannot end (" + purchase.warrantyUntil()
                        + ") before the purchase (" + purchase.purchasedOn() + ")."));
            }
            if (purchase.renewalOn() != null && purchase.renewalOn().isBefore(purchase.purchasedOn())) {
                problems.add(new FieldProblem("renewalOn", "The renewal (" + purchase.renewalOn()
                        + ") cannot be before the purchase (" + purchase.purchasedOn() + ")."));
            }
        }
        money(problems, "amount", "The amount", purchase.amount());
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            PurchaseRepository purchases = new PurchaseRepository(dsl);
            Optional<Purchase> stored = purchase.id() == null ? Optional.empty() : purchases.findIncludingDeleted(purchase.id());
            UUID clientId = stored.map(Purchase::clientId).orElse(purchase.clientId());
            if (stored.isEmpty() && (clientId == null || !new ClientRepository(dsl).isActive(clientId))) {
                problems.add(new FieldProblem("clientId", "This client no longer exists or is in the trash."));
            }
            if (purchase.productId() != null && !new ProductRepository(dsl).exists(purchase.productId())) {
                problems.add(new FieldProblem("productId", "This product is no longer in the catalog."));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Purchase tidy = new Purchase(stored.map(Purchase::id).orElse(purchase.id() == null ? Ids.next() : purchase.id()),
                    clientId, purchase.productId(), description, purchase.purchasedOn(), purchase.amount(),
                    purchase.warrantyUntil(), purchase.renewalOn(), purchase.version());
            if (stored.isPresent()) {
                if (stored.get().version() != tidy.version() || !purchases.updateIfUnchanged(tidy)) {
                    Purchase theirs = purchases.findIncludingDeleted(tidy.id()).orElseThrow();
                    throw RecordConflictException.of(dsl, clock, "purchase", tidy.id(), "the purchase " + what(dsl, theirs),
                            theirs, tidy, EditedFields.PURCHASE, (p, field) -> field.equals("productId")
                                    ? new ProductRepository(dsl).nameOf(p.productId()) : EditedFields.PURCHASE.text(p, field));
                }
            } else {
                purchases.insert(tidy, now);
            }
            return purchases.findIncludingDeleted(tidy.id()).orElseThrow();
        });
    }

    /** Moves the purchase out of sight; deleting it twice does nothing. An unknown id is an IllegalArgumentException. */
    public void delete(UUID purchaseId) {
        Instant now = clock.instant();
        store.inTransaction(dsl -> {
            PurchaseRepository purchases = new PurchaseRepository(dsl);
            if (!purchases.delete(purchaseId, now) && purchases.findIncludingDeleted(purchaseId).isEmpty()) {
                throw new IllegalArgumentException("There is no purchase with id " + purchaseId);
            }
            return null;
        });
    }

    /** Brings a deleted purchase back; restoring one that is not deleted does nothing. */
    public void restore(UUID purchaseId) {
        store.inTransaction(dsl -> {
            PurchaseRepository purchases = new PurchaseRepository(dsl);
            if (!purchases.restore(purchaseId) && purchases.findIncludingDeleted(purchaseId).isEmpty()) {
                throw new IllegalArgumentException("There is no purchase with id " + purchaseId);
            }
            return null;
        });
    }

    /** Newest first; deleted purchases are left out. */
    public List<Purchase> forClient(UUID clientId) {
        return new PurchaseRepository(store.dsl()).forClient(clientId);
    }

    private static void money(List<FieldProblem> problems, String field, String label, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, label + " cannot be negative: " + value.toPlainString() + "."));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, label + " has more than two decimals: " + value.toPlainString() + "."));
        } else if (value.compareTo(MONEY_LIMIT) >= 0) {
            problems.add(new FieldProblem(field, label + " is too large: " + value.toPlainString() + "."));
        }
    }

    private static FieldProblem tooLong(String field, String label, String value, int max) {
        return new FieldProblem(field, label + " is too long: " + value.length() + " characters, at most " + max + ".");
    }

    /** A purchase as a person names it: "“Colour and cut” of 2026-03-03". */
    private static String what(org.jooq.DSLContext dsl, Purchase purchase) {
        String name = purchase.description() != null ? purchase.description() : new ProductRepository(dsl).nameOf(purchase.productId());
        return "“" + name + "” of " + purchase.purchasedOn();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
