package app.rapport.store;

import app.rapport.domain.Permissions;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Locale;

import static app.rapport.store.jooq.Tables.AUDIT_LOG;
import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.PERSON;
import static app.rapport.store.jooq.Tables.PLAYBOOK_RULE;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;

/**
 * The two database roles of a book on a team server, granted by PostgreSQL itself so that no
 * program (not even psql) gets round them: <em>owner</em> may do everything; <em>desk</em> reads and
 * writes clients and their history but cannot erase (its login may not delete a client or any of
 * their history), restore a backup over the book, export the whole book or see the audit log (its
 * login cannot read the old audit log, which a whole-book export carries), edit the playbook or
 * the list of people. Logins are made by the server's administrator and given one of the roles.
 */
public final class TeamRoles {
    /** A client and their history are never deleted by a desk: trash is a mark, erasing is the owner's. */
    private static final List<Table<?>> HISTORY = List.of(CLIENT, TOUCHPOINT, NOTE, PURCHASE, OPPORTUNITY);

    private TeamRoles() {
    }

    /** The owner role's name for a database: its name, made safe, and "_owner". */
    public static String ownerRole(String database) {
        return roleBase(database) + "_owner";
    }

    /** The desk role's name for a database: its name, made safe, and "_desk". */
    public static String deskRole(String database) {
        return roleBase(database) + "_desk";
    }

    private static String roleBase(String database) {
        String base = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return base.length() > 56 ? base.substring(0, 56) : base;
    }

    /**
     * Makes the two roles (if missing) and grants them their rights on every table the book has now.
     * Run again after an upgrade that added tables; it changes nothing else.
     */
    static void grant(DSLContext dsl, String database) {
        Name owner = DSL.name(ownerRole(database));
        Name desk = DSL.name(deskRole(database));
        for (Name role : List.of(owner, desk)) {
            boolean exists = dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_roles")))
                    .where(DSL.field(DSL.name("rolname"), String.class).eq(role.last())));
            if (!exists) {
                dsl.execute("CREATE ROLE {0} NOLOGIN", role);
            }
        }
        Name schema = DSL.name(dsl.fetchValue(DSL.field("current_schema()", String.class)));
        dsl.execute("GRANT CONNECT, TEMPORARY ON DATABASE {0} TO {1}, {2}", DSL.name(database), owner, desk);
        dsl.execute("GRANT USAGE ON SCHEMA {0} TO {1}, {2}", schema, owner, desk);
        dsl.execute("GRANT ALL ON ALL TABLES IN SCHEMA {0} TO {1}", schema, owner);
        dsl.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA {0} TO {1}", schema, owner);
        dsl.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {0} TO {1}", schema, desk);
        dsl.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {0} TO {1}", schema, desk);
        for (Table<?> table : HISTORY) {
            dsl.execute("REVOKE DELETE ON {0} FROM {1}", lower(table), desk);
        }
        // the log of changes is written by every desk and rewritten by nobody; compacting it is the owner's
        dsl.execute("REVOKE UPDATE, DELETE ON {0} FROM {1}", lower(CHANGE_LOG), desk);
        dsl.execute("REVOKE INSERT, UPDATE, DELETE ON {0}, {1} FROM {2}", lower(PLAYBOOK_RULE), lower(PERSON), desk);
        dsl.execute("REVOKE ALL ON {0} FROM {1}", lower(AUDIT_LOG), desk);
        dsl.execute("REVOKE INSERT, UPDATE, DELETE ON {0} FROM {1}", DSL.name("flyway_schema_history"), desk);
    }

    /** What the login of {@code dsl} may do, as the server's grants say. */
    static Permissions of(DSLContext dsl) {
        boolean deleteClients = privilege(dsl, CLIENT, "DELETE");
        boolean readAudit = privilege(dsl, AUDIT_LOG, "SELECT");
        return new Permissions(deleteClients, deleteClients, readAudit, privilege(dsl, PLAYBOOK_RULE, "UPDATE"), readAudit);
    }

    /** Whether the login may delete from the change log (compacting it when the store opens). */
    static boolean mayCompactChangeLog(DSLContext dsl) {
        return privilege(dsl, CHANGE_LOG, "DELETE");
    }

    private static boolean privilege(DSLContext dsl, Table<?> table, String privilege) {
        return Boolean.TRUE.equals(dsl.fetchValue("SELECT has_table_privilege({0}, {1})",
                DSL.inline(table.getName().toLowerCase(Locale.ROOT)), DSL.inline(privilege)));
    }

    private static Name lower(Table<?> table) {
        return DSL.name(table.getName().toLowerCase(Locale.ROOT));
    }
}
