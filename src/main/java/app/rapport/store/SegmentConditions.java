package app.rapport.store;

import app.rapport.domain.OpportunityKind;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.segment.SegmentCriteria;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_COMPETITOR;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.trueCondition;

/**
 * A segment's criteria as one jOOQ condition on CLIENT. What depends on the client's history
 * (phase, latest mood, last contact, spend, ghosting) is read from client_state, one row per client
 * kept by the services ({@link ClientStateRepository}); what they bought, refused, are tagged with
 * or are linked to is an IN over that table, which H2 answers from its index.
 */
public final class SegmentConditions {
    private SegmentConditions() {
    }

    /** Clients (not only those out of the trash: callers add that) meeting every criterion on {@code today}. */
    public static Condition of(SegmentCriteria c, LocalDate today, BriefSettings settings) {
        List<Condition> all = new ArrayList<>();
        Condition state = state(c, today, settings);
        if (state != null) {
            all.add(CLIENT.ID.in(select(CLIENT_STATE.CLIENT_ID).from(CLIENT_STATE).where(state)));
        }
        all.addAll(links(c, CLIENT.ID));
        return all.isEmpty() ? trueCondition() : and(all);
    }

    /**
     * How many clients out of the trash meet every criterion on {@code today}. Counted over
     * client_state, whose rows are a few bytes, rather than over the wide client rows: every client
     * has one, and it knows whether the client is in the trash (V8).
     */
    public static int count(DSLContext dsl, SegmentCriteria c, LocalDate today, BriefSettings settings) {
        List<Condition> all = new ArrayList<>();
        Condition state = state(c, today, settings);
        if (state != null) {
            all.add(state);
        }
        all.addAll(links(c, CLIENT_STATE.CLIENT_ID));
        all.add(CLIENT_STATE.IN_TRASH.isFalse());
        return dsl.fetchCount(CLIENT_STATE, and(all));
    }

    /** The criteria on client_state, or null when there are none. */
    private static Condition state(SegmentCriteria c, LocalDate today, BriefSettings settings) {
        List<Condition> state = new ArrayList<>();
        if (!c.phases().isEmpty()) {
            state.add(or(c.phases().stream().sorted().map(phase -> ClientStateRepository.phaseIs(phase, today, settings)).toList()));
        }
        if (!c.moods().isEmpty()) {
            state.add(CLIENT_STATE.LATEST_MOOD.in(c.moods().stream().map(Enum::name).sorted().toList()));
        }
        if (c.noContactSince() != null) {
            state.add(CLIENT_STATE.LAST_TOUCHPOINT_ON.isNull().or(CLIENT_STATE.LAST_TOUCHPOINT_ON.lt(c.noContactSince())));
        }
        if (c.contactedSince() != null) {
            state.add(CLIENT_STATE.LAST_TOUCHPOINT_ON.ge(c.contactedSince()));
        }
        if (c.silentForDays() != null) {
            // "No touchpoint in the last N days": the last one was N days ago or earlier.
            state.add(CLIENT_STATE.LAST_TOUCHPOINT_ON.isNull().or(CLIENT_STATE.LAST_TOUCHPOINT_ON.le(today.minusDays(c.silentForDays()))));
        }
        if (c.contactedWithinDays() != null) {
            state.add(CLIENT_STATE.LAST_TOUCHPOINT_ON.ge(today.minusDays(c.contactedWithinDays())));
        }
        if (c.minSpent() != null) {
            state.add(CLIENT_STATE.TOTAL_SPENT.ge(c.minSpent()));
        }
        if (c.maxSpent() != null) {
            state.add(CLIENT_STATE.TOTAL_SPENT.le(c.maxSpent()));
        }
        if (c.ghosted() != null) {
            Condition ghosted = ClientStateRepository.ghosted(today, settings);
            state.add(c.ghosted() ? ghosted : not(ghosted));
        }
        return state.isEmpty() ? null : and(state);
    }

    /** The criteria on what the client bought, refused, is tagged with or linked to, as INs over {@code clientId}. */
    private static List<Condition> links(SegmentCriteria c, Field<UUID> clientId) {
        List<Condition> all = new ArrayList<>();
        if (!c.tags().isEmpty()) {
            all.add(clientId.in(select(CLIENT_TAG.CLIENT_ID).from(CLIENT_TAG).where(CLIENT_TAG.TAG.in(c.tags()))));
        }
        if (!c.productIds().isEmpty()) {
            all.add(clientId.in(select(PURCHASE.CLIENT_ID).from(PURCHASE)
                    .where(PURCHASE.PRODUCT_ID.in(c.productIds())).and(PURCHASE.DELETED_AT.isNull())));
        }
        if (!c.categories().isEmpty()) {
            all.add(clientId.in(select(PURCHASE.CLIENT_ID).from(PURCHASE).join(PRODUCT).on(PRODUCT.ID.eq(PURCHASE.PRODUCT_ID))
                    .where(PRODUCT.CATEGORY.in(c.categories())).and(PURCHASE.DELETED_AT.isNull())));
        }
        if (!c.refusalReasons().isEmpty()) {
            all.add(clientId.in(select(OPPORTUNITY.CLIENT_ID).from(OPPORTUNITY)
                    .where(OPPORTUNITY.KIND.eq(OpportunityKind.REFUSAL.name()))
                    .and(OPPORTUNITY.REASON_CODE.in(c.refusalReasons())).and(OPPORTUNITY.DELETED_AT.isNull())));
        }
        if (!c.competitorIds().isEmpty()) {
            all.add(clientId.in(select(CLIENT_COMPETITOR.CLIENT_ID).from(CLIENT_COMPETITOR)
                    .where(CLIENT_COMPETITOR.COMPETITOR_ID.in(c.competitorIds()))));
        }
        return all;
    }

    /** Clients in {@code phase} on {@code today}: what the dashboard's phase chart counts. */
    public static Condition inPhase(Phase phase, LocalDate today, BriefSettings settings) {
        return CLIENT.ID.in(select(CLIENT_STATE.CLIENT_ID).from(CLIENT_STATE).where(ClientStateRepository.phaseIs(phase, today, settings)));
    }
}
