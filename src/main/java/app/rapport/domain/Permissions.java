package app.rapport.domain;

/**
 * What the login of this desk may do beyond reading and writing clients and their history. On a
 * team server the database decides (an owner login may do everything, a desk login none of these);
 * a store file on one computer allows everything.
 */
public record Permissions(boolean erase, boolean restore, boolean exportBook, boolean editPlaybook, boolean seeAuditLog) {
    public static final Permissions EVERYTHING = new Permissions(true, true, true, true, true);
}
