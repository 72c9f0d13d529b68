package app.rapport.service;

import app.rapport.store.FieldLaptops;
import app.rapport.store.ServerUnavailableException;
import app.rapport.store.Store;
import app.rapport.store.StoreLocation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A field laptop's replica of a team book (issue 19): linking a new store file to a server, one
 * sync round, the laptops a server knows, and the conflicts two edits of one field left behind.
 */
public final class LaptopService {
    private final Store store;
    private final Clock clock;

    LaptopService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What a link copied: the laptop's id, and how many clients and rows came; {@code territory} for a segment's link. */
    public record Linked(String laptopId, String server, long clients, long rows, int tables, Optional<Territory> territory) {
    }

    /**
     * A laptop that holds a saved segment of the book ("my territory"): the segment's name (null once
     * deleted at the office), the clients held here, and the whole book's at the last sync.
     */
    public record Territory(String segment, int held, Integer bookClients) {
        /** "My territory: 1,240 of 5,000 clients", as the window's corner says it. */
        public String counts() {
            return "My territory: " + (bookClients == null ? count(held, "client") : String.format("%,d of %s", held, count(bookClients, "client")));
        }

        /** {@link #counts()} and which segment it is. */
        public String sentence() {
            return counts() + (segment == null ? " (its segment was deleted at the office: the clients here stay, no new ones come)"
                    : " (the saved segment \u201c" + segment + "\u201d)");
        }
    }

    /** This laptop's link, as the status and {@code sync} show it. */
    public record Link(String laptopId, String server, Instant linkedAt, Instant syncedAt, int waiting) {
    }

    /**
     * One sync round: changes sent and received, how many met another's edit of the same record,
     * and new conflicts. Offline: the server could not be reached, {@code waiting} changes are kept.
     */
    public record SyncRound(boolean offline, int pushed, int pulled, int merged, int conflicts, int waiting, String problem, int joined,
                            int droppedForErased) {
        /** One plain sentence saying what happened. */
        public String sentence() {
            if (offline) {
                return "Kept " + count(waiting, "change") + "; will push when the server is reachable (" + problem + ")";
            }
            return "Sent " + count(pushed, "change") + ", received " + count(pulled, "change") + ", merged " + count(merged, "record")
                    + (joined == 0 ? "" : "; " + count(joined, "client") + " came into your territory and " + (joined == 1 ? "was" : "were")
                    + " copied whole")
                    + (droppedForErased == 0 ? "" : "; " + count(droppedForErased, "edit") + " of clients erased elsewhere "
                    + (droppedForErased == 1 ? "was" : "were") + " dropped")
                    + (conflicts == 0 ? "; no conflicts." : "; " + count(conflicts, "conflict") + " to look at (rapport conflicts).");
        }
    }

    /** A laptop linked to this server's book; {@code segment}: the saved segment it holds, null for the whole book. */
    public record Laptop(String id, String name, Instant linkedAt, Instant syncedAt, Instant revokedAt, String segment) {
    }

    /** The same field changed on two computers: the value kept, and the other one, with who and when. */
    public record Conflict(UUID id, String entity, String rowId, UUID clientId, String field, String keptValue, String keptBy,
                           Instant keptAt, String otherValue, String otherBy, Instant otherAt) {
    }

    /** Told how far a sync round has come. */
    public interface SyncProgress {
        void changed(int done, int total);
    }

    /**
     * Makes this store, an empty store file, a replica of the book at {@code serverLocation}
     * (logged into with {@code password}, null: .pgpass; the array is cleared), named {@code name}
     * in the server's list of laptops.
     */
    public Linked link(String serverLocation, char[] password, String name) {
        return link(serverLocation, null, password, name);
    }

    /** Like {@link #link(String, char[], String)}, logging in as {@code user} (blank: the location's, else this computer's login). */
    public Linked link(String serverLocation, String user, char[] password, String name) {
        return link(serverLocation, user, password, name, null);
    }

    /**
     * Like {@link #link(String, String, char[], String)}, holding only the clients of the server's
     * saved segment called {@code segment} (null or blank: the whole book). An unknown name is
     * refused, with the saved segments named, before anything is copied.
     */
    public Linked link(String serverLocation, String user, char[] password, String name, String segment) {
        StoreLocation server = TeamService.serverLocation(serverLocation, user, password);
        FieldLaptops.Linked linked;
        try {
            linked = FieldLaptops.link(store, server, name, segment == null || segment.isBlank() ? null : segment.strip(), clock);
        } catch (app.rapport.store.UnknownSegmentException e) {
            throw new UnknownSegmentException(e.getMessage(), e.saved());
        }
        return new Linked(linked.laptopId(), server.toString(), linked.clients(), linked.rows(), linked.tables(), territory());
    }

    /** The segment this laptop holds; empty for a laptop that holds the whole book, or a store that is no laptop. */
    public Optional<Territory> territory() {
        return FieldLaptops.territory(store.dsl()).map(territory -> new Territory(territory.segment(), territory.held(), territory.bookClients()));
    }

    /** This store's link, if it is a laptop store. */
    public Optional<Link> link() {
        return FieldLaptops.link(store.dsl()).map(link -> new Link(link.laptopId(), link.server(), link.linkedAt(), link.syncedAt(),
                FieldLaptops.waiting(store)));
    }

    /** Ends this store's link; it keeps what it holds. */
    public String unlink() {
        return FieldLaptops.unlink(store).server();
    }

    /**
     * One round with the server this laptop is linked to: its changes are sent, the server's are
     * applied here. A server that cannot be reached is no error: the changes wait for the next round.
     */
    public SyncRound sync(char[] password, SyncProgress progress) {
        FieldLaptops.Link link = FieldLaptops.link(store.dsl())
                .orElseThrow(() -> new IllegalStateException("This store is not linked to a team server: run  rapport --db FILE link postgresql://…  first."));
        StoreLocation server = TeamService.serverLocation(link.server(), null, password);
        try {
            FieldLaptops.Round round = FieldLaptops.sync(store, server, clock, progress == null ? FieldLaptops.Progress.NONE : progress::changed);
            return new SyncRound(false, round.pushed(), round.pulled(), round.merged(), round.conflicts(), 0, null, round.joined(),
                    round.droppedForErased());
        } catch (ServerUnavailableException e) {
            return new SyncRound(true, 0, 0, 0, 0, FieldLaptops.waiting(store), e.getMessage(), 0, 0);
        }
    }

    /** The laptops linked to this server's book. */
    public List<Laptop> laptops() {
        return FieldLaptops.laptops(store).stream()
                .map(laptop -> new Laptop(laptop.laptopId(), laptop.name(), laptop.linkedAt(), laptop.syncedAt(), laptop.revokedAt(),
                        laptop.segment())).toList();
    }

    /** Stops the laptop whose id starts with {@code idPrefix} from syncing again. */
    public boolean revoke(String idPrefix) {
        return FieldLaptops.revoke(store, idPrefix, clock);
    }

    /** The conflicts nobody has resolved, oldest first. */
    public List<Conflict> conflicts() {
        return FieldLaptops.openConflicts(store.dsl()).stream().map(LaptopService::conflict).toList();
    }

    /** Takes the other value of the conflict whose id starts with {@code idPrefix} (or, with {@code takeOther} false, keeps the kept one). */
    public Conflict resolve(String idPrefix, boolean takeOther) {
        return conflict(FieldLaptops.resolve(store, idPrefix, takeOther, store.author()));
    }

    private static Conflict conflict(FieldLaptops.Conflict conflict) {
        return new Conflict(conflict.id(), conflict.entity(), conflict.rowId(), conflict.clientId(), conflict.field(), conflict.keptValue(),
                conflict.keptBy(), conflict.keptAt(), conflict.otherValue(), conflict.otherBy(), conflict.otherAt());
    }

    private static String count(int n, String thing) {
        return String.format("%,d %s%s", n, thing, n == 1 ? "" : "s");
    }
}
