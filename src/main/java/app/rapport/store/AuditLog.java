package app.rapport.store;

import app.rapport.domain.Ids;
import org.jooq.DSLContext;

import java.util.UUID;

import static app.rapport.store.jooq.Tables.AUDIT_LOG;

/**
 * Appends who-changed-what entries in the same transaction as the change itself, stamped by the
 * clock the store was opened with (jOOQ's {@code Configuration.clock()}, see {@link Store#open}).
 */
public final class AuditLog {
    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(String entity, UUID entityId, UUID clientId, String action, String details) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, Ids.next())
                .set(AUDIT_LOG.OCCURRED_AT, dsl.configuration().clock().instant())
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.CLIENT_ID, clientId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.DETAILS, details)
                .execute();
    }
}
