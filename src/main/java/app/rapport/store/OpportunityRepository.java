package app.rapport.store;

import app.rapport.domain.Opportunity;
import org.jooq.DSLContext;

import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.REFUSAL_REASON;

/** Requests, refusals, upsell ideas, complaints and referrals (read-only for now). */
public final class OpportunityRepository {
    private final DSLContext dsl;

    public OpportunityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An opportunity with the label of its refusal reason (null when it has no reason code). */
    public record OpportunityLine(Opportunity opportunity, String reasonLabel) {
    }

    /** The client's opportunities, newest first; deleted ones are left out. */
    public List<OpportunityLine> forClient(UUID clientId) {
        return dsl.select(OPPORTUNITY.fields()).select(REFUSAL_REASON.LABEL)
                .from(OPPORTUNITY)
                .leftJoin(REFUSAL_REASON).on(REFUSAL_REASON.CODE.eq(OPPORTUNITY.REASON_CODE))
                .where(OPPORTUNITY.CLIENT_ID.eq(clientId)).and(OPPORTUNITY.DELETED_AT.isNull())
                .orderBy(OPPORTUNITY.OPENED_ON.desc(), OPPORTUNITY.ID.desc())
                .fetch(r -> new OpportunityLine(Rows.opportunity(r.into(OPPORTUNITY)), r.get(REFUSAL_REASON.LABEL)));
    }
}
