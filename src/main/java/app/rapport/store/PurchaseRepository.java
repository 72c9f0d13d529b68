package app.rapport.store;

import app.rapport.domain.Purchase;
import app.rapport.store.jooq.Indexes;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;

/** A client's purchases; deleted ones stay in the table (deleted_at) so a delete can be undone. */
public final class PurchaseRepository {
    private final DSLContext dsl;

    public PurchaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A purchase with the name of its catalog product (null for a described purchase) and who recorded it (null: nobody named). */
    public record PurchaseLine(Purchase purchase, String productName, String author) {
    }

    public void insert(Purchase purchase, Instant createdAt) {
        dsl.executeInsert(Rows.purchase(purchase, createdAt));
    }

    /**
     * Saves what was bought, when and for how much while the row still has the version
     * {@code purchase} was read at, raising it; the client, creation time and trash state stay.
     * False, writing nothing, when another desk saved it since.
     */
    public boolean updateIfUnchanged(Purchase purchase) {
        return dsl.update(PURCHASE)
                .set(PURCHASE.PRODUCT_ID, purchase.productId())
                .set(PURCHASE.DESCRIPTION, purchase.description())
                .set(PURCHASE.PURCHASED_ON, purchase.purchasedOn())
                .set(PURCHASE.AMOUNT, purchase.amount())
                .set(PURCHASE.WARRANTY_UNTIL, purchase.warrantyUntil())
                .set(PURCHASE.RENEWAL_ON, purchase.renewalOn())
                .set(PURCHASE.VERSION, PURCHASE.VERSION.plus(1))
                .where(PURCHASE.ID.eq(purchase.id())).and(PURCHASE.VERSION.eq(purchase.version()))
                .execute() > 0;
    }

    /** The purchase, deleted or not. */
    public Optional<Purchase> findIncludingDeleted(UUID id) {
        return dsl.selectFrom(PURCHASE).where(PURCHASE.ID.eq(id)).fetchOptional(Rows::purchase);
    }

    /** Soft-deletes the purchase; false when there is no such purchase or it is deleted already. */
    public boolean delete(UUID id, Instant at) {
        return setDeleted(id, at, "delete");
    }

    /** Brings a deleted purchase back; false when there is no such purchase or it is not deleted. */
    public boolean restore(UUID id) {
        return setDeleted(id, null, "restore");
    }

    private boolean setDeleted(UUID id, Instant at, String action) {
        UUID clientId = dsl.select(PURCHASE.CLIENT_ID).from(PURCHASE).where(PURCHASE.ID.eq(id))
                .and(at == null ? PURCHASE.DELETED_AT.isNotNull() : PURCHASE.DELETED_AT.isNull())
                .fetchOne(PURCHASE.CLIENT_ID);
        if (clientId == null) {
            return false;
        }
        dsl.update(PURCHASE).set(PURCHASE.DELETED_AT, at).where(PURCHASE.ID.eq(id)).execute();
        return true;
    }

    /** Newest first; deleted purchases are left out. */
    public List<Purchase> forClient(UUID clientId) {
        return dsl.selectFrom(PURCHASE)
                .where(PURCHASE.CLIENT_ID.eq(clientId)).and(PURCHASE.DELETED_AT.isNull())
                .orderBy(PURCHASE.PURCHASED_ON.desc(), PURCHASE.CREATED_AT.desc(), PURCHASE.ID.desc())
                .fetch(Rows::purchase);
    }

    /** Like {@link #forClient}, with product names, in one query. */
    public List<PurchaseLine> linesForClient(UUID clientId) {
        return dsl.select(PURCHASE.fields()).select(PRODUCT.NAME)
                .from(PURCHASE)
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(PURCHASE.PRODUCT_ID))
                .where(PURCHASE.CLIENT_ID.eq(clientId)).and(PURCHASE.DELETED_AT.isNull())
                .orderBy(PURCHASE.PURCHASED_ON.desc(), PURCHASE.CREATED_AT.desc(), PURCHASE.ID.desc())
                .fetch(r -> new PurchaseLine(Rows.purchase(r.into(PURCHASE)), r.get(PRODUCT.NAME), r.get(PURCHASE.AUTHOR)));
    }

    /**
     * The newest {@code limit} of the client's purchases with product names, by day, newest first;
     * purchases on the same day by id, highest first.
     */
    public List<PurchaseLine> newestLinesForClient(UUID clientId, int limit) {
        // The leading client_id lets H2 walk the (client_id, purchased_on) index backwards and stop at the limit.
        return dsl.select(PURCHASE.fields()).select(PRODUCT.NAME)
                .from(IndexHints.through(dsl, PURCHASE, Indexes.PURCHASE_CLIENT))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(PURCHASE.PRODUCT_ID))
                .where(PURCHASE.CLIENT_ID.eq(clientId)).and(PURCHASE.DELETED_AT.isNull())
                .orderBy(PURCHASE.CLIENT_ID.desc(), PURCHASE.PURCHASED_ON.desc(), PURCHASE.ID.desc())
                .limit(limit)
                .fetch(r -> new PurchaseLine(Rows.purchase(r.into(PURCHASE)), r.get(PRODUCT.NAME), r.get(PURCHASE.AUTHOR)));
    }
}
