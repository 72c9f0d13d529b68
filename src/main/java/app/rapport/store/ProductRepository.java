package app.rapport.store;

import app.rapport.domain.Product;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.PRODUCT;

/** The catalog. Products are never deleted (purchases refer to them); they are made inactive. */
public final class ProductRepository {
    private final DSLContext dsl;

    public ProductRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active products by category (uncategorised last), then name. */
    public List<Product> active() {
        return dsl.selectFrom(PRODUCT)
                .where(PRODUCT.ACTIVE.isTrue())
                .orderBy(PRODUCT.CATEGORY.asc().nullsLast(), PRODUCT.NAME, PRODUCT.ID)
                .fetch(Rows::product);
    }

    public Optional<Product> find(UUID id) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional(Rows::product);
    }

    /** The product's name as a person reads it: "" for none, the id of one no longer in the catalog. */
    public String nameOf(UUID id) {
        return id == null ? "" : find(id).map(Product::name).orElse(id.toString());
    }

    /** The products with these ids (active or not), by id. */
    public java.util.Map<UUID, Product> byIds(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, Product> products = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            dsl.selectFrom(PRODUCT).where(PRODUCT.ID.in(ids)).forEach(r -> products.put(r.getId(), Rows.product(r)));
        }
        return products;
    }

    public boolean exists(UUID id) {
        return dsl.fetchExists(PRODUCT, PRODUCT.ID.eq(id));
    }

    public void insert(Product product, Instant createdAt) {
        dsl.executeInsert(Rows.product(product, createdAt));
    }

    /** Saves the product's name, category, complexity and price; its creation time and activity stay. */
    public void update(Product product) {
        dsl.update(PRODUCT)
                .set(PRODUCT.NAME, product.name())
                .set(PRODUCT.CATEGORY, product.category())
                .set(PRODUCT.COMPLEXITY, product.complexity().name())
                .set(PRODUCT.PRICE, product.price())
                .where(PRODUCT.ID.eq(product.id()))
                .execute();
    }
}
