package app.rapport.store;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.store.jooq.tables.records.TouchpointRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.coalesce;

public final class TouchpointRepository {
    private final DSLContext dsl;

    public TouchpointRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Touchpoint touchpoint) {
        dsl.executeInsert(Rows.touchpoint(touchpoint, Instant.now()));
        dsl.update(CLIENT)
                .set(CLIENT.LAST_TOUCHPOINT_AT, greatest(coalesce(CLIENT.LAST_TOUCHPOINT_AT, touchpoint.occurredAt()),
                        org.jooq.impl.DSL.val(touchpoint.occurredAt())))
                .where(CLIENT.ID.eq(touchpoint.clientId()))
                .execute();
        new AuditLog(dsl).record("touchpoint", touchpoint.id(), touchpoint.clientId(), "create", touchpoint.summary());
    }

    /** The client's touchpoints, newest first. */
    public List<Touchpoint> latestForClient(UUID clientId, int limit) {
        return dsl.selectFrom(TOUCHPOINT)
                .where(TOUCHPOINT.CLIENT_ID.eq(clientId)).and(TOUCHPOINT.DELETED_AT.isNull())
                .orderBy(TOUCHPOINT.OCCURRED_AT.desc())
                .limit(limit)
                .fetch(TouchpointRepository::touchpoint);
    }

    private static Touchpoint touchpoint(TouchpointRecord r) {
        return new Touchpoint(r.getId(), r.getClientId(), r.getOccurredAt(), Channel.valueOf(r.getChannel()),
                Direction.valueOf(r.getDirection()), r.getSummary(), r.getOutcome(),
                r.getMood() == null ? null : Mood.valueOf(r.getMood()), r.getFollowUpOn());
    }
}
