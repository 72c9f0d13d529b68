package app.rapport.store;

import java.util.UUID;

/**
 * The client list's order by name, as people read it: without regard to case or accents
 * ("Álvarez" beside "Alvarez", "de Vries" among the D's), then exactly, then by id. The list read
 * from the store and the search index both sort by it, and must agree: the list shows some pages
 * from one and some from the other.
 */
final class NameOrder {
    private NameOrder() {
    }

    /** Compares two clients by their names as {@code SearchTokens.normalise} gives them, their names, and their ids. */
    static int compare(String sortName, String name, UUID id, String otherSortName, String otherName, UUID otherId) {
        int order = sortName.compareTo(otherSortName);
        if (order == 0) {
            order = name.compareTo(otherName);
        }
        return order != 0 ? order : id.compareTo(otherId);
    }
}
