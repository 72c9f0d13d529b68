package app.rapport.store;

import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.PENDING_CALL;

/** Calls that rang for a client and are not logged yet (see V36: they are no touchpoints). */
public final class PendingCallRepository {
    /** A call that rang at {@code rangAt} from {@code number} for the client. */
    public record Row(UUID id, UUID clientId, String number, Instant rangAt) {
    }

    private final DSLContext dsl;

    public PendingCallRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Row call) {
        dsl.insertInto(PENDING_CALL)
                .set(PENDING_CALL.ID, call.id())
                .set(PENDING_CALL.CLIENT_ID, call.clientId())
                .set(PENDING_CALL.NUMBER, call.number())
                .set(PENDING_CALL.RANG_AT, call.rangAt())
                .execute();
    }

    /** The client's calls not logged yet, oldest first. */
    public List<Row> forClient(UUID clientId) {
        return dsl.selectFrom(PENDING_CALL).where(PENDING_CALL.CLIENT_ID.eq(clientId)).orderBy(PENDING_CALL.RANG_AT, PENDING_CALL.ID)
                .fetch(r -> new Row(r.getId(), r.getClientId(), r.getNumber(), r.getRangAt()));
    }

    /** Takes the call away (logged or discarded); false when it was not there. */
    public boolean delete(UUID id) {
        return deleteStatement(id).execute() > 0;
    }

    /** {@link #delete} as a statement, for a caller that sends it together with others ({@link RoundTrips}). */
    org.jooq.Query deleteStatement(UUID id) {
        return dsl.deleteFrom(PENDING_CALL).where(PENDING_CALL.ID.eq(id));
    }
}
