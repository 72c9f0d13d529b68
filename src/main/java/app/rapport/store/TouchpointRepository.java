package app.rapport.store;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.ConversationType;
import app.rapport.store.jooq.Indexes;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.MAILING_RECIPIENT;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.val;

public final class TouchpointRepository {
    private final DSLContext dsl;

    public TouchpointRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Touchpoints that are a conversation with the client: all but the messages a mailing sent.
     * A mailing's message stays on the timeline, but it keeps no promise, ends no silence after a
     * purchase and says nothing of the client's mood, so the client's state and brief leave it out.
     */
    public static Condition notFromAMailing() {
        return notExists(selectOne().from(MAILING_RECIPIENT).where(MAILING_RECIPIENT.TOUCHPOINT_ID.eq(TOUCHPOINT.ID)));
    }

    /** A new touchpoint; the client's last-touchpoint time moves forward to it when it is later. */
    public void insert(Touchpoint touchpoint, Instant createdAt) {
        RoundTrips.execute(dsl, insertQueries(touchpoint, createdAt));
    }

    private List<org.jooq.Query> insertQueries(Touchpoint touchpoint, Instant createdAt) {
        List<org.jooq.Query> queries = new ArrayList<>();
        queries.add(dsl.insertInto(TOUCHPOINT).set(Rows.touchpoint(touchpoint, createdAt)));
        queries.add(dsl.update(CLIENT)
                .set(CLIENT.LAST_TOUCHPOINT_AT, greatest(coalesce(CLIENT.LAST_TOUCHPOINT_AT, val(touchpoint.occurredAt())),
                        val(touchpoint.occurredAt())))
                .where(CLIENT.ID.eq(touchpoint.clientId())));
        return queries;
    }

    /**
     * A touchpoint logged by hand ({@link #insert}), with what goes with it: the pending call of its
     * id is gone, the client's open follow-ups due by {@code day} are closed by it, and
     * {@code followUp}, when not null, is its new follow-up. On a team server all of it is sent
     * in one round trip, each statement as its repository makes it; the closed follow-ups are not listed.
     */
    public void insertLogged(Touchpoint touchpoint, Instant createdAt, LocalDate day, app.rapport.domain.FollowUp followUp) {
        FollowUpRepository followUps = new FollowUpRepository(dsl);
        PendingCallRepository pendingCalls = new PendingCallRepository(dsl);
        if (!RoundTrips.onServer(dsl)) {
            insert(touchpoint, createdAt);
            pendingCalls.delete(touchpoint.id());
            followUps.closeOpenDueBy(touchpoint.clientId(), day, touchpoint.id(), createdAt);
            if (followUp != null) {
                followUps.insert(followUp, touchpoint.id(), createdAt);
            }
            return;
        }
        List<org.jooq.Query> queries = insertQueries(touchpoint, createdAt);
        queries.add(pendingCalls.deleteStatement(touchpoint.id()));
        queries.add(followUps.closeOpenDueByStatement(touchpoint.clientId(), day, touchpoint.id(), createdAt));
        if (followUp != null) {
            queries.add(followUps.insertStatement(followUp, touchpoint.id(), createdAt));
        }
        RoundTrips.execute(dsl, queries);
    }

    /**
     * The message a mailing sent, on the client's timeline: the client's last contact stays where
     * it was (see {@link #notFromAMailing}).
     */
    public void insertMailed(Touchpoint touchpoint, Instant createdAt) {
        dsl.executeInsert(Rows.touchpoint(touchpoint, createdAt));
    }

    /** Whether a touchpoint with this id is stored (deleted or not). */
    public boolean exists(UUID id) {
        return dsl.fetchExists(TOUCHPOINT, TOUCHPOINT.ID.eq(id));
    }

    public List<Touchpoint> latestForClient(UUID clientId, int limit) {
        return dsl.selectFrom(TOUCHPOINT)
                .where(TOUCHPOINT.CLIENT_ID.eq(clientId)).and(TOUCHPOINT.DELETED_AT.isNull())
                .orderBy(TOUCHPOINT.OCCURRED_AT.desc(), TOUCHPOINT.ID.desc())
                .limit(limit)
                .fetch(Rows::touchpoint);
    }

    /** All the client's touchpoints on these channels (empty: on any), newest first. */
    public List<Touchpoint> forClient(UUID clientId, Collection<Channel> channels) {
        return newestForClient(clientId, channels, Integer.MAX_VALUE);
    }

    /** All the client's conversations ({@link #notFromAMailing}), newest first: what a brief is made of. */
    public List<Touchpoint> conversationsWithClient(UUID clientId) {
        return lines(clientId, notFromAMailing(), Integer.MAX_VALUE).stream().map(TouchpointLine::touchpoint).toList();
    }

    /**
     * The newest {@code limit} of the client's touchpoints on these channels (empty: on any),
     * newest first; touchpoints at the same moment by id, highest first.
     */
    public List<Touchpoint> newestForClient(UUID clientId, Collection<Channel> channels, int limit) {
        return newestLinesForClient(clientId, channels, limit).stream().map(TouchpointLine::touchpoint).toList();
    }

    /** A touchpoint and who logged it (null: nobody named). */
    public record TouchpointLine(Touchpoint touchpoint, String author) {
    }

    /** {@link #newestForClient}, with who logged each touchpoint. */
    public List<TouchpointLine> newestLinesForClient(UUID clientId, Collection<Channel> channels, int limit) {
        Condition onChannels = channels == null || channels.isEmpty() ? trueCondition()
                : TOUCHPOINT.CHANNEL.in(channels.stream().map(Channel::name).toList());
        return lines(clientId, onChannels, limit);
    }

    private List<TouchpointLine> lines(UUID clientId, Condition which, int limit) {
        // Read straight from JDBC: a busy client's 5,000 touchpoints are read for the timeline and
        // again for the brief, and jOOQ's records would cost as much as H2's reading them.
        List<TouchpointLine> touchpoints = new ArrayList<>();
        RowStream.forEach(dsl.select(TOUCHPOINT.ID, TOUCHPOINT.OCCURRED_AT, TOUCHPOINT.CHANNEL, TOUCHPOINT.DIRECTION,
                                TOUCHPOINT.SUMMARY, TOUCHPOINT.OUTCOME, TOUCHPOINT.MOOD, TOUCHPOINT.FOLLOW_UP_ON, TOUCHPOINT.CONVERSATION_TYPE,
                                TOUCHPOINT.AUTHOR)
                        // H2 would pick the client foreign-key index and sort all of a busy client's rows;
                        // walking (client_id, occurred_at) backwards, which the leading client_id in the
                        // ORDER BY allows, reads only the newest ones when there is a limit.
                        .from(IndexHints.through(dsl, TOUCHPOINT, Indexes.TOUCHPOINT_CLIENT_TIME))
                        .where(TOUCHPOINT.CLIENT_ID.eq(clientId)).and(TOUCHPOINT.DELETED_AT.isNull()).and(which)
                        .orderBy(TOUCHPOINT.CLIENT_ID.desc(), TOUCHPOINT.OCCURRED_AT.desc(), TOUCHPOINT.ID.desc())
                        .limit(limit),
                "the client's touchpoints",
                row -> touchpoints.add(new TouchpointLine(new Touchpoint(row.getObject(1, UUID.class), clientId, RowStream.instant(row, 2),
                        Channel.valueOf(row.getString(3)), Direction.valueOf(row.getString(4)), row.getString(5), row.getString(6),
                        Rows.enumOrNull(Mood.class, row.getString(7)), row.getObject(8, LocalDate.class),
                        Rows.enumOrNull(ConversationType.class, row.getString(9))), row.getString(10))));
        return touchpoints;
    }
}
