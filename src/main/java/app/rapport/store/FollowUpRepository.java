package app.rapport.store;

import app.rapport.domain.FollowUp;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.FOLLOW_UP;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;

/** Promised next contacts; open while done_at is null. */
public final class FollowUpRepository {
    private final DSLContext dsl;

    public FollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new follow-up, created by the touchpoint {@code sourceTouchpoint} (may be null). */
    public void insert(FollowUp followUp, UUID sourceTouchpoint, Instant createdAt) {
        insertStatement(followUp, sourceTouchpoint, createdAt).execute();
    }

    /** {@link #insert} as a statement, for a caller that sends it together with others ({@link RoundTrips}). */
    org.jooq.Query insertStatement(FollowUp followUp, UUID sourceTouchpoint, Instant createdAt) {
        return dsl.insertInto(FOLLOW_UP).set(Rows.followUp(followUp, sourceTouchpoint, createdAt));
    }

    /**
     * Closes the client's open follow-ups due on or before {@code day}, as done by the touchpoint
     * {@code closedBy} at {@code doneAt}; returns the ids of those it closed.
     */
    public List<UUID> closeOpenDueBy(UUID clientId, LocalDate day, UUID closedBy, Instant doneAt) {
        List<UUID> due = dsl.select(FOLLOW_UP.ID).from(IndexHints.followUpsOfNamedClients(dsl))
                .where(openDueBy(clientId, day))
                .fetch(FOLLOW_UP.ID);
        if (due.isEmpty()) {
            return due;
        }
        dsl.update(FOLLOW_UP)
                .set(FOLLOW_UP.DONE_AT, doneAt)
                .set(FOLLOW_UP.CLOSED_BY, closedBy)
                .where(FOLLOW_UP.ID.in(due))
                .execute();
        return due;
    }

    /**
     * {@link #closeOpenDueBy} as one statement, for a caller that sends it together with others
     * ({@link RoundTrips}) and needs no ids back.
     */
    org.jooq.Query closeOpenDueByStatement(UUID clientId, LocalDate day, UUID closedBy, Instant doneAt) {
        return dsl.update(FOLLOW_UP).set(FOLLOW_UP.DONE_AT, doneAt).set(FOLLOW_UP.CLOSED_BY, closedBy).where(openDueBy(clientId, day));
    }

    private static Condition openDueBy(UUID clientId, LocalDate day) {
        return FOLLOW_UP.CLIENT_ID.eq(clientId).and(FOLLOW_UP.DONE_AT.isNull()).and(FOLLOW_UP.DUE_ON.le(day));
    }

    /** Marks an open follow-up done without a touchpoint (it no longer applies); false when it is not open. */
    public boolean dismiss(UUID id, UUID clientId, Instant at) {
        return dsl.update(FOLLOW_UP).set(FOLLOW_UP.DONE_AT, at)
                .where(FOLLOW_UP.ID.eq(id)).and(FOLLOW_UP.DONE_AT.isNull()).execute() == 1;
    }

    public java.util.Optional<FollowUp> find(UUID id) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).fetchOptional(Rows::followUp);
    }

    /** The client's follow-ups, open and done, by due date. */
    public List<FollowUp> forClient(UUID clientId) {
        return dsl.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.CLIENT_ID.eq(clientId))
                .orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.CREATED_AT, FOLLOW_UP.ID)
                .fetch(Rows::followUp);
    }

    /**
     * The client's follow-ups as they stood at {@code at}: those made by then, open if they were
     * still open then. A follow-up is made when its touchpoint happened (or, made by hand, when it
     * was saved) and closed when the touchpoint that closed it happened (or when it was ticked off):
     * a touchpoint logged later for an earlier day counts from that day, as the touchpoint does. One
     * saved after it was closed (loaded in bulk from a history) was made by the day it was closed; one
     * saved with no touchpoint of its own was made by the touchpoint that promised a follow-up for its day.
     */
    public List<FollowUp> forClientAsOf(UUID clientId, Instant at) {
        var source = TOUCHPOINT.as("source");
        var closer = TOUCHPOINT.as("closer");
        Field<Instant> closed = coalesce(closer.OCCURRED_AT, FOLLOW_UP.DONE_AT);
        var promiser = TOUCHPOINT.as("promiser");
        // one with no touchpoint of its own (loaded in bulk, imported) was made by the touchpoint that promised a follow-up for
        // its day, when one did before it was saved: a promise still open from November is known in a brief of December
        Field<Instant> promisedAt = field(select(min(promiser.OCCURRED_AT)).from(promiser)
                .where(promiser.CLIENT_ID.eq(FOLLOW_UP.CLIENT_ID)).and(promiser.FOLLOW_UP_ON.eq(FOLLOW_UP.DUE_ON)));
        Field<Instant> saved = coalesce(source.OCCURRED_AT, least(coalesce(promisedAt, FOLLOW_UP.CREATED_AT), FOLLOW_UP.CREATED_AT));
        // one closed by a given day was made by then, however late it was saved (an import or a demo load of the past)
        Field<Instant> made = least(saved, coalesce(closed, saved));
        return dsl.select(FOLLOW_UP.fields()).select(closed)
                .from(FOLLOW_UP)
                .leftJoin(source).on(source.ID.eq(FOLLOW_UP.SOURCE_TOUCHPOINT))
                .leftJoin(closer).on(closer.ID.eq(FOLLOW_UP.CLOSED_BY))
                .where(FOLLOW_UP.CLIENT_ID.eq(clientId)).and(made.le(at))
                .orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.CREATED_AT, FOLLOW_UP.ID)
                .fetch(r -> {
                    FollowUp followUp = Rows.followUp(r.into(FOLLOW_UP));
                    Instant closedAt = r.get(closed);
                    // Done then, it is done as of the day it was closed on (the engine reads doneAt against the brief's instant).
                    Instant doneThen = followUp.doneAt() == null || closedAt == null || closedAt.isAfter(at) ? null : closedAt;
                    return new FollowUp(followUp.id(), followUp.clientId(), followUp.dueOn(), followUp.reason(), doneThen);
                });
    }

    /** The earliest open follow-up of the client, if any. */
    public LocalDate nextOpen(UUID clientId) {
        return nextOpenByClient(FOLLOW_UP.CLIENT_ID.eq(clientId)).get(clientId);
    }

    /** The earliest open follow-up due date by client, for the follow-ups meeting {@code condition}. */
    Map<UUID, LocalDate> nextOpenByClient(Condition condition) {
        Map<UUID, LocalDate> next = new HashMap<>();
        dsl.select(FOLLOW_UP.CLIENT_ID, min(FOLLOW_UP.DUE_ON)).from(IndexHints.followUpsOfNamedClients(dsl))
                .where(FOLLOW_UP.DONE_AT.isNull()).and(condition)
                .groupBy(FOLLOW_UP.CLIENT_ID)
                .forEach(r -> next.put(r.value1(), r.value2()));
        return next;
    }
}
