package app.rapport.store;

import app.rapport.domain.Opportunity;
import app.rapport.domain.RefusalReason;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.REFUSAL_REASON;

/** Requests, refusals, upsell ideas, complaints and referrals, and the editable list of refusal reasons. */
public final class OpportunityRepository {
    private final DSLContext dsl;

    public OpportunityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An opportunity with the label of its refusal reason (null when it has no reason code) and who recorded it (null: nobody named). */
    public record OpportunityLine(Opportunity opportunity, String reasonLabel, String author) {
    }

    public void insert(Opportunity opportunity, java.time.Instant createdAt) {
        dsl.executeInsert(Rows.opportunity(opportunity, createdAt));
    }

    /**
     * Saves what can change (kind, status, product, reason, summary and days; the client stays)
     * while the row still has the version {@code o} was read at, raising it; false, writing
     * nothing, when another desk saved it since.
     */
    public boolean updateIfUnchanged(Opportunity o) {
        return dsl.update(OPPORTUNITY)
                .set(OPPORTUNITY.KIND, o.kind().name())
                .set(OPPORTUNITY.STATUS, o.status().name())
                .set(OPPORTUNITY.PRODUCT_ID, o.productId())
                .set(OPPORTUNITY.REASON_CODE, o.reasonCode())
                .set(OPPORTUNITY.REASON_TEXT, o.reasonText())
                .set(OPPORTUNITY.SUMMARY, o.summary())
                .set(OPPORTUNITY.OPENED_ON, o.openedOn())
                .set(OPPORTUNITY.CLOSED_ON, o.closedOn())
                .set(OPPORTUNITY.VERSION, OPPORTUNITY.VERSION.plus(1))
                .where(OPPORTUNITY.ID.eq(o.id())).and(OPPORTUNITY.VERSION.eq(o.version()))
                .execute() > 0;
    }

    /** As {@link #find}, locking the row until the transaction ends, so nobody changes it between a check and a write. */
    public java.util.Optional<Opportunity> findForUpdate(UUID id) {
        return dsl.selectFrom(OPPORTUNITY).where(OPPORTUNITY.ID.eq(id)).and(OPPORTUNITY.DELETED_AT.isNull()).forUpdate()
                .fetchOptional(Rows::opportunity);
    }

    public java.util.Optional<Opportunity> find(UUID id) {
        return dsl.selectFrom(OPPORTUNITY).where(OPPORTUNITY.ID.eq(id)).and(OPPORTUNITY.DELETED_AT.isNull())
                .fetchOptional(Rows::opportunity);
    }

    /** The refusal reasons in their order. */
    public List<RefusalReason> reasons() {
        return dsl.selectFrom(REFUSAL_REASON).orderBy(REFUSAL_REASON.POSITION, REFUSAL_REASON.LABEL)
                .fetch(r -> new RefusalReason(r.getCode(), r.getLabel()));
    }

    /** Adds a reason at the end of the list, or renames the one with this code. */
    public void saveReason(RefusalReason reason) {
        int renamed = dsl.update(REFUSAL_REASON).set(REFUSAL_REASON.LABEL, reason.label())
                .where(REFUSAL_REASON.CODE.eq(reason.code())).execute();
        if (renamed == 0) {
            Integer last = dsl.select(org.jooq.impl.DSL.max(REFUSAL_REASON.POSITION)).from(REFUSAL_REASON).fetchOne(0, Integer.class);
            dsl.insertInto(REFUSAL_REASON).values(reason.code(), reason.label(), last == null ? 1 : last + 1).execute();
        }
    }

    /** The client's opportunities, newest first; deleted ones are left out. */
    public List<OpportunityLine> forClient(UUID clientId) {
        return newestForClient(clientId, Integer.MAX_VALUE);
    }

    /**
     * The newest {@code limit} of the client's opportunities by the day they were opened, newest
     * first; those opened on the same day by id, highest first. Deleted ones are left out.
     */
    public List<OpportunityLine> newestForClient(UUID clientId, int limit) {
        return dsl.select(OPPORTUNITY.fields()).select(REFUSAL_REASON.LABEL)
                .from(OPPORTUNITY)
                .leftJoin(REFUSAL_REASON).on(REFUSAL_REASON.CODE.eq(OPPORTUNITY.REASON_CODE))
                .where(OPPORTUNITY.CLIENT_ID.eq(clientId)).and(OPPORTUNITY.DELETED_AT.isNull())
                .orderBy(OPPORTUNITY.OPENED_ON.desc(), OPPORTUNITY.ID.desc())
                .limit(limit)
                .fetch(r -> new OpportunityLine(Rows.opportunity(r.into(OPPORTUNITY)), r.get(REFUSAL_REASON.LABEL), r.get(OPPORTUNITY.AUTHOR)));
    }
}
