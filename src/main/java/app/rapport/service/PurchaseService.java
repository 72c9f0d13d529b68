package app.rapport.service;

import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.store.Store;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Purchases and the product catalog they draw on. */
public final class PurchaseService {
    private final Store store;
    private final Clock clock;

    public PurchaseService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Active products, by category then name. */
    public List<Product> products() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Inserts or updates a product (by id); a blank name or negative price is a ValidationException. */
    public Product saveProduct(Product product) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Inserts or updates a purchase (by id). Needs a product or a description, a date, a
     * non-negative amount, and warranty/renewal dates not before the purchase; else ValidationException.
     */
    public Purchase save(Purchase purchase) {
        throw new UnsupportedOperationException("not yet");
    }

    public void delete(UUID purchaseId) {
        throw new UnsupportedOperationException("not yet");
    }

    public void restore(UUID purchaseId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Newest first; deleted purchases are left out. */
    public List<Purchase> forClient(UUID clientId) {
        throw new UnsupportedOperationException("not yet");
    }
}
