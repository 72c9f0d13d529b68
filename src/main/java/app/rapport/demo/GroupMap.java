package app.rapport.demo;

/**
 * Our own SWOT map for the MIXED demo: one owner's small local group with a hair salon, an
 * appliance shop and a field-sales team for local firms, sharing one client book. Its cards are
 * true of the group as a whole, so a brief for a salon client never cites an installer, and the
 * other way round. The cards are in {@code group.txt}.
 */
final class GroupMap {
    private GroupMap() {
    }

    static final Profile.Card[][] CARDS = Profile.parseSwot(Tpl.table("group.txt"), "SWOT.us");
}
