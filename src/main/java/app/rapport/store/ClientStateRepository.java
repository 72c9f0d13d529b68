package app.rapport.store;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientState;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.BriefSettings;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.brief.TextSignals;
import app.rapport.store.jooq.tables.records.ClientStateRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.PRODUCT;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static app.rapport.store.jooq.Tables.SETTING;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;
import static org.jooq.impl.DSL.not;

/**
 * The per-client derived state ({@link ClientState}) behind whole-store questions, and the SQL
 * conditions that decide phase and ghosting from it as of a day. It follows the change log's
 * capture: the store refreshes the state of every client a transaction wrote a purchase,
 * touchpoint, opportunity, follow-up or profile of, in that transaction ({@link Store#inTransaction}).
 */
public final class ClientStateRepository {
    static final String REBUILD_SETTING = "clientState.rebuild";
    private static final int CHUNK = 2_000;
    /** At most this many clients are refreshed in two round trips ({@link #refreshFew}); a bulk write goes in batches. */
    private static final int FEW = 50;
    /**
     * A refresh reads this many of each client's newest touchpoints, and the rest of a client's
     * only when these do not settle the state ({@link ClientState#newestSuffice}).
     */
    static final int NEWEST_TOUCHPOINTS = 25;

    private final DSLContext dsl;

    public ClientStateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Derives the clients' state again from what is stored about them and saves it, a chunk of
     * clients at a time. The store calls it for the clients a transaction changed, before it commits.
     */
    void refresh(Collection<UUID> clientIds, ZoneId zone) {
        List<UUID> ids = List.copyOf(clientIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            if (chunk.size() <= FEW && RoundTrips.onServer(dsl)) {
                refreshFew(chunk, zone);
            } else {
                dsl.deleteFrom(CLIENT_STATE).where(CLIENT_STATE.CLIENT_ID.in(chunk)).execute();
                write(chunk, zone, true);
            }
        }
    }

    /**
     * The refresh of an ordinary write on a team server: the inputs are read in one round trip and
     * the states replaced by one statement, where statement by statement a desk would wait for the
     * server seven times on every call it logs.
     */
    private void refreshFew(List<UUID> clientIds, ZoneId zone) {
        RoundTrips.execute(dsl, stateWrites(clientIds, zone));
    }

    /**
     * {@link #refresh} as a store transaction ends on a team server: the inputs of a few clients are
     * read now, and the statements that replace their states are returned, for the store to send
     * in the round trip of its commit (so the rows they lock stay locked the shortest time). Many
     * clients are refreshed at once, and nothing is returned.
     */
    List<org.jooq.Query> refreshWithCommit(Collection<UUID> clientIds, ZoneId zone) {
        if (clientIds.size() > FEW || !RoundTrips.onServer(dsl)) {
            refresh(clientIds, zone);
            return List.of();
        }
        return stateWrites(List.copyOf(clientIds), zone);
    }

    /** The statements that replace the clients' states with states derived from their inputs as stored now. */
    private List<org.jooq.Query> stateWrites(List<UUID> clientIds, ZoneId zone) {
        Set<UUID> trashed = new HashSet<>();
        List<ClientState> states = derive(clientIds, zone, trashed, true);
        List<org.jooq.Query> writes = new ArrayList<>();
        Set<UUID> gone = new HashSet<>(clientIds);
        if (!states.isEmpty()) {
            var insert = dsl.insertInto(CLIENT_STATE).columns(CLIENT_STATE.fields());
            for (ClientState state : states) {
                ClientStateRecord row = row(state);
                row.setInTrash(trashed.contains(state.clientId()));
                insert = insert.values(row.intoArray());
                gone.remove(state.clientId());
            }
            // one statement replaces each state: its row is overwritten where it exists
            var replace = insert.onConflict(CLIENT_STATE.CLIENT_ID).doUpdate();
            org.jooq.InsertOnDuplicateSetMoreStep<ClientStateRecord> set = null;
            for (org.jooq.TableField<ClientStateRecord, ?> column : stateColumns()) {
                set = set == null ? replaceWithNew(replace, column) : replaceWithNew(set, column);
            }
            writes.add(set);
        }
        if (!gone.isEmpty()) {
            writes.add(dsl.deleteFrom(CLIENT_STATE).where(CLIENT_STATE.CLIENT_ID.in(gone)));
        }
        return writes;
    }

    /** Every column of a state but its client's id. */
    private static List<org.jooq.TableField<ClientStateRecord, ?>> stateColumns() {
        List<org.jooq.TableField<ClientStateRecord, ?>> columns = new ArrayList<>();
        for (org.jooq.Field<?> field : CLIENT_STATE.fields()) {
            if (!field.equals(CLIENT_STATE.CLIENT_ID)) {
                @SuppressWarnings("unchecked")
                org.jooq.TableField<ClientStateRecord, ?> column = (org.jooq.TableField<ClientStateRecord, ?>) field;
                columns.add(column);
            }
        }
        return columns;
    }

    private static <T> org.jooq.InsertOnDuplicateSetMoreStep<ClientStateRecord> replaceWithNew(
            org.jooq.InsertOnDuplicateSetStep<ClientStateRecord> step, org.jooq.TableField<ClientStateRecord, T> column) {
        return step.set(column, org.jooq.impl.DSL.excluded(column));
    }

    private void write(List<UUID> clientIds, ZoneId zone, boolean newestTouchpoints) {
        Set<UUID> trashed = new HashSet<>();
        List<ClientState> states = derive(clientIds, zone, trashed, newestTouchpoints);
        if (!states.isEmpty()) {
            BulkLoader.insertAll(dsl, states.stream().map(ClientStateRepository::bulkRow).toList());
        }
        if (!trashed.isEmpty()) {
            dsl.update(CLIENT_STATE).set(CLIENT_STATE.IN_TRASH, true).where(CLIENT_STATE.CLIENT_ID.in(trashed)).execute();
        }
    }

    /**
     * Derives every client's state again (after a migration or an import); returns how many clients.
     * Each chunk reads all of its clients' touchpoints: the newest of each first would read most of them twice.
     */
    public int rebuildAll(ZoneId zone) {
        dsl.deleteFrom(CLIENT_STATE).execute();
        List<UUID> ids = dsl.select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).fetch(CLIENT.ID);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            write(ids.subList(from, Math.min(ids.size(), from + CHUNK)), zone, false);
        }
        dsl.deleteFrom(SETTING).where(SETTING.NAME.eq(REBUILD_SETTING)).execute();
        return ids.size();
    }

    /** True when a migration asked for every client's state to be derived (see V5). */
    public boolean rebuildPending() {
        return dsl.fetchExists(SETTING, SETTING.NAME.eq(REBUILD_SETTING));
    }

    /** The stored state of a client, if it has one. */
    public java.util.Optional<ClientState> find(UUID clientId) {
        return dsl.selectFrom(CLIENT_STATE).where(CLIENT_STATE.CLIENT_ID.eq(clientId)).fetchOptional(ClientStateRepository::state);
    }

    /**
     * The clients' states; those of clients in the trash are added to {@code trashed} too. With
     * {@code newestOnServer} on a server (every refresh there: a desk's write, a laptop's push), each
     * client's newest touchpoints are read first ({@link #NEWEST_TOUCHPOINTS}), in one query for the
     * whole batch, and all of them only for a client whose newest do not settle the state: a busy
     * client's thousands of touchpoints would cost every call logged with them some 10 ms of this
     * process's time, while the client's row stays locked for other desks.
     */
    private List<ClientState> derive(Collection<UUID> clientIds, ZoneId zone, Set<UUID> trashed, boolean newestOnServer) {
        // H2 runs in this process, where reading every touchpoint of a batch in one pass along the client's index cost less
        // than numbering them newest first in the query (measured on a laptop's pull) or a query per client
        boolean newestTouchpoints = newestOnServer && RoundTrips.onServer(dsl);
        List<org.jooq.Result<org.jooq.Record>> inputs = RoundTrips.fetch(dsl, List.of(
                dsl.select(CLIENT.ID, CLIENT.BIRTHDAY, CLIENT.DELETED_AT).from(CLIENT).where(CLIENT.ID.in(clientIds)),
                dsl.select(PURCHASE.fields()).select(PRODUCT.COMPLEXITY).from(PURCHASE)
                        .leftJoin(PRODUCT).on(PRODUCT.ID.eq(PURCHASE.PRODUCT_ID))
                        .where(PURCHASE.CLIENT_ID.in(clientIds)).and(PURCHASE.DELETED_AT.isNull()),
                newestTouchpoints ? newestTouchpoints(clientIds) : touchpoints(clientIds),
                dsl.select(OPPORTUNITY.fields()).from(OPPORTUNITY).where(OPPORTUNITY.CLIENT_ID.in(clientIds)).and(OPPORTUNITY.DELETED_AT.isNull()),
                dsl.select(FOLLOW_UP.fields()).from(IndexHints.followUpsOfNamedClients(dsl))
                        .where(FOLLOW_UP.CLIENT_ID.in(clientIds)).and(FOLLOW_UP.DONE_AT.isNull())));
        Map<UUID, java.time.LocalDate> birthdays = new HashMap<>();
        for (org.jooq.Record r : inputs.get(0)) {
            birthdays.put(r.get(CLIENT.ID), r.get(CLIENT.BIRTHDAY));
            if (r.get(CLIENT.DELETED_AT) != null) {
                trashed.add(r.get(CLIENT.ID));
            }
        }
        Map<UUID, List<Purchase>> purchases = new HashMap<>();
        Map<UUID, Complexity> complexity = new HashMap<>();
        for (org.jooq.Record r : inputs.get(1)) {
            Purchase p = Rows.purchase(r.into(PURCHASE));
            purchases.computeIfAbsent(p.clientId(), id -> new ArrayList<>()).add(p);
            if (p.productId() != null && r.get(PRODUCT.COMPLEXITY) != null) {
                complexity.put(p.productId(), Complexity.valueOf(r.get(PRODUCT.COMPLEXITY)));
            }
        }
        Map<UUID, List<Touchpoint>> touchpoints = touchpointsByClient(inputs.get(2));
        Map<UUID, Integer> newestRead = new HashMap<>();
        if (newestTouchpoints) {
            inputs.get(2).forEach(r -> newestRead.merge(r.get(TOUCHPOINT.CLIENT_ID), 1, Integer::sum));
        }
        Map<UUID, List<Opportunity>> opportunities = new HashMap<>();
        for (org.jooq.Record r : inputs.get(3)) {
            Opportunity opportunity = Rows.opportunity(r.into(OPPORTUNITY));
            opportunities.computeIfAbsent(r.get(OPPORTUNITY.CLIENT_ID), id -> new ArrayList<>()).add(opportunity);
        }
        if (newestTouchpoints) {
            List<UUID> unsettled = new ArrayList<>();
            newestRead.forEach((id, read) -> {
                if (read >= NEWEST_TOUCHPOINTS) {
                    List<Touchpoint> newestFirst = new ArrayList<>(touchpoints.getOrDefault(id, List.of()));
                    newestFirst.sort(java.util.Comparator.comparing(Touchpoint::occurredAt).reversed());
                    if (!ClientState.newestSuffice(purchases.getOrDefault(id, List.of()), newestFirst,
                            opportunities.getOrDefault(id, List.of()), zone, TextSignals::theirReaction)) {
                        unsettled.add(id);
                    }
                }
            });
            if (!unsettled.isEmpty()) {
                touchpoints.putAll(touchpointsByClient(dsl.fetch(touchpoints(unsettled))));
            }
        }
        Map<UUID, List<FollowUp>> followUps = new HashMap<>();
        for (org.jooq.Record r : inputs.get(4)) {
            followUps.computeIfAbsent(r.get(FOLLOW_UP.CLIENT_ID), id -> new ArrayList<>()).add(Rows.followUp(r.into(FOLLOW_UP)));
        }
        List<ClientState> states = new ArrayList<>(birthdays.size());
        for (Map.Entry<UUID, LocalDate> client : birthdays.entrySet()) {
            UUID id = client.getKey();
            states.add(ClientState.derive(id, client.getValue(), purchases.getOrDefault(id, List.of()), complexity::get,
                    touchpoints.getOrDefault(id, List.of()), opportunities.getOrDefault(id, List.of()),
                    followUps.getOrDefault(id, List.of()), zone, TextSignals::theirReaction));
        }
        return states;
    }

    /** Channel, direction and words too: whether a reaction is the client's own is read from them (as the brief reads it). */
    private static final List<org.jooq.Field<?>> TOUCHPOINT_INPUTS = List.of(TOUCHPOINT.CLIENT_ID, TOUCHPOINT.OCCURRED_AT, TOUCHPOINT.MOOD,
            TOUCHPOINT.CHANNEL, TOUCHPOINT.DIRECTION, TOUCHPOINT.SUMMARY, TOUCHPOINT.OUTCOME);

    /** Every conversation of the clients ({@link TouchpointRepository#notFromAMailing}). */
    private org.jooq.ResultQuery<org.jooq.Record> touchpoints(Collection<UUID> clientIds) {
        return dsl.select(TOUCHPOINT_INPUTS).from(TOUCHPOINT)
                .where(TOUCHPOINT.CLIENT_ID.in(clientIds)).and(TOUCHPOINT.DELETED_AT.isNull()).and(TouchpointRepository.notFromAMailing());
    }

    /** Whether a touchpoint is a message a mailing sent ({@link TouchpointRepository#notFromAMailing}). */
    private static final org.jooq.Field<Boolean> MAILED = org.jooq.impl.DSL.field(
            org.jooq.impl.DSL.not(TouchpointRepository.notFromAMailing())).as("mailed");

    /**
     * Each client's {@link #NEWEST_TOUCHPOINTS} newest touchpoints, each saying whether a mailing
     * sent it ({@link #MAILED}), in one query however many clients: a lateral join walks back along
     * (client_id, occurred_at) per client and stops there. With the mailings left out in the query
     * instead, PostgreSQL joins all of a busy client's touchpoints against the mailings' recipients
     * before it takes the newest.
     */
    private org.jooq.ResultQuery<org.jooq.Record> newestTouchpoints(Collection<UUID> clientIds) {
        @SuppressWarnings("unchecked")
        org.jooq.Row1<UUID>[] ids = clientIds.stream().distinct().map(org.jooq.impl.DSL::row).toArray(org.jooq.Row1[]::new);
        Table<org.jooq.Record1<UUID>> wanted = org.jooq.impl.DSL.values(ids).as("wanted", "id");
        Table<org.jooq.Record> newest = org.jooq.impl.DSL.lateral(dsl.select(TOUCHPOINT_INPUTS).select(MAILED).from(TOUCHPOINT)
                .where(TOUCHPOINT.CLIENT_ID.eq(wanted.field("id", UUID.class))).and(TOUCHPOINT.DELETED_AT.isNull())
                .orderBy(TOUCHPOINT.OCCURRED_AT.desc()).limit(NEWEST_TOUCHPOINTS)).as("newest");
        return dsl.select(newest.fields()).from(wanted).crossJoin(newest);
    }

    private static Map<UUID, List<Touchpoint>> touchpointsByClient(org.jooq.Result<org.jooq.Record> rows) {
        Map<UUID, List<Touchpoint>> touchpoints = new HashMap<>();
        boolean mailedSaid = rows.field(MAILED.getName()) != null;
        for (org.jooq.Record r : rows) {
            if (mailedSaid && Boolean.TRUE.equals(r.get(MAILED.getName(), Boolean.class))) {
                continue;
            }
            String mood = r.get(TOUCHPOINT.MOOD);
            touchpoints.computeIfAbsent(r.get(TOUCHPOINT.CLIENT_ID), id -> new ArrayList<>()).add(new Touchpoint(null,
                    r.get(TOUCHPOINT.CLIENT_ID), r.get(TOUCHPOINT.OCCURRED_AT), Channel.valueOf(r.get(TOUCHPOINT.CHANNEL)),
                    Direction.valueOf(r.get(TOUCHPOINT.DIRECTION)), r.get(TOUCHPOINT.SUMMARY), r.get(TOUCHPOINT.OUTCOME),
                    mood == null ? null : Mood.valueOf(mood), null));
        }
        return touchpoints;
    }

    /** The row of a state, for bulk loads (of clients out of the trash). */
    static ClientStateRecord row(ClientState s) {
        return new ClientStateRecord(s.clientId(), s.firstPurchaseOn(), s.lastPurchaseOn(), s.lastPurchaseComplex(),
                s.purchaseCount(), s.totalSpent(), s.lastTouchpointOn(), s.contactedSincePurchase(),
                s.latestMood() == null ? null : s.latestMood().name(), s.honeymoonSoured(), s.openComplaints(),
                s.openRequests(), s.refusals(), s.nextFollowUpOn(), s.birthdayMonthDay(), false, s.honeymoonTroubleBehind(), s.lastPurchaseRepeat());
    }

    /** As {@link #row(ClientState)}, for a bulk load to write ({@link Rows#valuesOnly}). */
    static ClientStateRecord bulkRow(ClientState s) {
        return Rows.valuesOnly(new ClientStateRecord(), s.clientId(), s.firstPurchaseOn(), s.lastPurchaseOn(), s.lastPurchaseComplex(),
                s.purchaseCount(), s.totalSpent(), s.lastTouchpointOn(), s.contactedSincePurchase(),
                s.latestMood() == null ? null : s.latestMood().name(), s.honeymoonSoured(), s.openComplaints(),
                s.openRequests(), s.refusals(), s.nextFollowUpOn(), s.birthdayMonthDay(), false, s.honeymoonTroubleBehind(), s.lastPurchaseRepeat());
    }

    static ClientState state(ClientStateRecord r) {
        return new ClientState(r.getClientId(), r.getFirstPurchaseOn(), r.getLastPurchaseOn(), r.getLastPurchaseComplex(),
                r.getPurchaseCount(), r.getTotalSpent(), r.getLastTouchpointOn(), r.getContactedSincePurchase(),
                r.getLatestMood() == null ? null : Mood.valueOf(r.getLatestMood()), r.getHoneymoonSoured(),
                r.getHoneymoonTroubleBehind(), r.getLastPurchaseRepeat(), r.getOpenComplaints(), r.getOpenRequests(), r.getRefusals(), r.getNextFollowUpOn(), r.getBirthdayMonthDay());
    }

    // ---- phase and ghosting as SQL, the brief engine's rules over the stored inputs --------------

    /**
     * Clients (rows of CLIENT_STATE) in {@code phase} on {@code today}, by the brief engine's rules:
     * prospect without a purchase; lapsed when both the last purchase and the last touchpoint are
     * {@code lapsedAfterSilentDays} old or older; otherwise a buyer is new while the first purchase
     * is less than {@code honeymoonDays} old: honeymoon, or honeymoon at risk when it soured (a
     * complaint, or a frustrated or regretful touchpoint, since the first purchase); mature only
     * once the relationship has lasted past that window.
     */
    public static Condition phaseIs(Phase phase, LocalDate today, BriefSettings settings) {
        Condition bought = CLIENT_STATE.LAST_PURCHASE_ON.isNotNull();
        LocalDate silentSince = today.minusDays(settings.lapsedAfterSilentDays());
        Condition lapsed = bought.and(CLIENT_STATE.LAST_PURCHASE_ON.le(silentSince))
                .and(CLIENT_STATE.LAST_TOUCHPOINT_ON.isNull().or(CLIENT_STATE.LAST_TOUCHPOINT_ON.le(silentSince)));
        Condition active = bought.and(not(lapsed));
        Condition withinWindow = CLIENT_STATE.FIRST_PURCHASE_ON.gt(today.minusDays(settings.honeymoonDays()));
        return switch (phase) {
            case PROSPECT -> CLIENT_STATE.LAST_PURCHASE_ON.isNull();
            case LAPSED -> lapsed;
            case HONEYMOON -> active.and(withinWindow).and(CLIENT_STATE.HONEYMOON_SOURED.isFalse());
            case HONEYMOON_AT_RISK -> active.and(withinWindow).and(CLIENT_STATE.HONEYMOON_SOURED.isTrue());
            case MATURE -> active.and(not(withinWindow));
        };
    }

    /**
     * Clients being ghosted on {@code today}: a purchase (not a routine repeat) and no touchpoint on a later day, for
     * longer than the ghosting window of what they bought (complex products have the shorter one).
     */
    public static Condition ghosted(LocalDate today, BriefSettings settings) {
        return CLIENT_STATE.LAST_PURCHASE_ON.isNotNull().and(CLIENT_STATE.CONTACTED_SINCE_PURCHASE.isFalse())
                .and(CLIENT_STATE.LAST_PURCHASE_REPEAT.isFalse())
                .and(CLIENT_STATE.LAST_PURCHASE_COMPLEX.isTrue().and(CLIENT_STATE.LAST_PURCHASE_ON.lt(today.minusDays(settings.ghostingWindowDaysComplex())))
                        .or(CLIENT_STATE.LAST_PURCHASE_COMPLEX.isFalse().and(CLIENT_STATE.LAST_PURCHASE_ON.lt(today.minusDays(settings.ghostingWindowDaysSimple())))));
    }

    /** Active clients only: joins of CLIENT_STATE with CLIENT use this to leave the trash out. */
    public static Condition notInTrash() {
        return CLIENT.DELETED_AT.isNull();
    }
}
