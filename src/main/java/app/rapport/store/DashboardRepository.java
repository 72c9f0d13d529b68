package app.rapport.store;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.dashboard.GhostingHistory.PurchaseDay;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static app.rapport.store.jooq.Tables.REFUSAL_REASON;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

/**
 * The whole-store reads behind the dashboard. Touchpoints are streamed (only the columns a chart
 * needs) and bucketed by the caller in the user's time zone; clients in the trash are left out
 * by their ids, which are few, rather than by joining a million touchpoints with the client table.
 */
public final class DashboardRepository {
    private final DSLContext dsl;

    public DashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Receives one touchpoint of a streamed read. */
    @FunctionalInterface
    public interface TouchpointVisitor {
        void visit(Instant occurredAt, Channel channel, Mood mood);
    }

    /** Every touchpoint at or after {@code from} of a client not in the trash. */
    public void touchpointsSince(Instant from, TouchpointVisitor visitor) {
        Set<UUID> trashed = trashedClients();
        stream(dsl.select(TOUCHPOINT.CLIENT_ID, TOUCHPOINT.OCCURRED_AT, TOUCHPOINT.CHANNEL, TOUCHPOINT.MOOD).from(TOUCHPOINT)
                .where(TOUCHPOINT.OCCURRED_AT.ge(from)).and(TOUCHPOINT.DELETED_AT.isNull()), row -> {
            if (trashed.isEmpty() || !trashed.contains(row.getObject(1, UUID.class))) {
                String mood = row.getString(4);
                visitor.visit(RowStream.instant(row, 2), Channel.valueOf(row.getString(3)), mood == null ? null : Mood.valueOf(mood));
            }
        });
    }

    /** Refusals per reason (code → label and count), in the reasons' own order, zero counts included. */
    public Map<String, ReasonCount> refusalsByReason() {
        Map<String, ReasonCount> reasons = new LinkedHashMap<>();
        dsl.selectFrom(REFUSAL_REASON).orderBy(REFUSAL_REASON.POSITION)
                .forEach(r -> reasons.put(r.getCode(), new ReasonCount(r.getCode(), r.getLabel(), 0)));
        dsl.select(OPPORTUNITY.REASON_CODE, count()).from(OPPORTUNITY).join(CLIENT).on(CLIENT.ID.eq(OPPORTUNITY.CLIENT_ID))
                .where(OPPORTUNITY.KIND.eq(OpportunityKind.REFUSAL.name())).and(OPPORTUNITY.DELETED_AT.isNull())
                .and(CLIENT.DELETED_AT.isNull())
                .groupBy(OPPORTUNITY.REASON_CODE)
                .forEach(r -> {
                    String code = r.value1() == null ? "" : r.value1();
                    ReasonCount known = reasons.get(code);
                    reasons.put(code, new ReasonCount(code, known == null ? "No reason given" : known.label(), r.value2()));
                });
        return reasons;
    }

    public record ReasonCount(String code, String label, long count) {
    }

    /** Opportunities per kind and status. */
    public Map<OpportunityKind, Map<OpportunityStatus, Long>> opportunitiesByKindAndStatus() {
        Map<OpportunityKind, Map<OpportunityStatus, Long>> counts = new EnumMap<>(OpportunityKind.class);
        dsl.select(OPPORTUNITY.KIND, OPPORTUNITY.STATUS, count()).from(OPPORTUNITY).join(CLIENT).on(CLIENT.ID.eq(OPPORTUNITY.CLIENT_ID))
                .where(OPPORTUNITY.DELETED_AT.isNull()).and(CLIENT.DELETED_AT.isNull())
                .groupBy(OPPORTUNITY.KIND, OPPORTUNITY.STATUS)
                .forEach(r -> counts.computeIfAbsent(OpportunityKind.valueOf(r.value1()), k -> new EnumMap<>(OpportunityStatus.class))
                        .put(OpportunityStatus.valueOf(r.value2()), (long) r.value3()));
        return counts;
    }

    /**
     * Each client's purchases (not in the trash) with the first day after each that the client was
     * contacted, for ghosting on past days. {@code windowDays} gives a purchase's ghosting window
     * from its product's complexity (null: not a catalog product).
     */
    public Map<UUID, List<PurchaseDay>> purchaseDays(ZoneId zone, ToIntFunction<Complexity> windowDays) {
        Map<UUID, List<PurchaseDay>> byClient = new HashMap<>();
        Set<UUID> trashed = trashedClients();
        stream(dsl.select(PURCHASE.CLIENT_ID, PURCHASE.PURCHASED_ON, PRODUCT.COMPLEXITY).from(PURCHASE)
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(PURCHASE.PRODUCT_ID))
                .where(PURCHASE.DELETED_AT.isNull()), row -> {
            UUID client = row.getObject(1, UUID.class);
            if (!trashed.contains(client)) {
                String complexity = row.getString(3);
                byClient.computeIfAbsent(client, id -> new ArrayList<>(2)).add(new PurchaseDay(row.getObject(2, LocalDate.class),
                        windowDays.applyAsInt(complexity == null ? null : Complexity.valueOf(complexity)), null));
            }
        });
        // Each touchpoint moves the first contact after every earlier purchase of its client forward.
        stream(dsl.select(TOUCHPOINT.CLIENT_ID, TOUCHPOINT.OCCURRED_AT).from(TOUCHPOINT).where(TOUCHPOINT.DELETED_AT.isNull()), row -> {
            List<PurchaseDay> purchases = byClient.get(row.getObject(1, UUID.class));
            if (purchases != null) {
                LocalDate day = LocalDate.ofInstant(RowStream.instant(row, 2), zone);
                for (int i = 0; i < purchases.size(); i++) {
                    PurchaseDay p = purchases.get(i);
                    if (day.isAfter(p.day()) && (p.firstContactAfter() == null || day.isBefore(p.firstContactAfter()))) {
                        purchases.set(i, new PurchaseDay(p.day(), p.windowDays(), day));
                    }
                }
            }
        });
        return byClient;
    }

    /** Clients with a touchpoint in [from, to) meeting {@code also}: a condition on CLIENT for a client list. */
    public static Condition touchedBetween(Instant from, Instant to, Condition also) {
        return CLIENT.ID.in(select(TOUCHPOINT.CLIENT_ID).from(TOUCHPOINT)
                .where(TOUCHPOINT.OCCURRED_AT.ge(from)).and(TOUCHPOINT.OCCURRED_AT.lt(to)).and(TOUCHPOINT.DELETED_AT.isNull()).and(also));
    }

    public static Condition moodIn(Set<Mood> moods) {
        return TOUCHPOINT.MOOD.in(moods.stream().map(Enum::name).toList());
    }

    public static Condition channelIs(Channel channel) {
        return TOUCHPOINT.CHANNEL.eq(channel.name());
    }

    /** Clients with an opportunity of this kind and status (not deleted). */
    public static Condition withOpportunity(OpportunityKind kind, OpportunityStatus status) {
        return CLIENT.ID.in(select(OPPORTUNITY.CLIENT_ID).from(OPPORTUNITY).where(OPPORTUNITY.KIND.eq(kind.name()))
                .and(OPPORTUNITY.STATUS.eq(status.name())).and(OPPORTUNITY.DELETED_AT.isNull()));
    }

    /** Clients who refused something for this reason; an empty code means no reason was given. */
    public static Condition refusedFor(String reasonCode) {
        Condition reason = reasonCode == null || reasonCode.isEmpty() ? OPPORTUNITY.REASON_CODE.isNull() : OPPORTUNITY.REASON_CODE.eq(reasonCode);
        return CLIENT.ID.in(select(OPPORTUNITY.CLIENT_ID).from(OPPORTUNITY).where(OPPORTUNITY.KIND.eq(OpportunityKind.REFUSAL.name()))
                .and(reason).and(OPPORTUNITY.DELETED_AT.isNull()));
    }

    public static Condition idIn(Set<UUID> ids) {
        return CLIENT.ID.in(ids);
    }

    private Set<UUID> trashedClients() {
        return new HashSet<>(dsl.select(CLIENT.ID).from(CLIENT).where(CLIENT.DELETED_AT.isNotNull()).fetch(CLIENT.ID));
    }

    private static void stream(ResultQuery<?> query, RowStream.RowReader reader) {
        RowStream.forEach(query, "the dashboard's data", reader);
    }
}
