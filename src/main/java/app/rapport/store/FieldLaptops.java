package app.rapport.store;

import app.rapport.domain.change.Change.Operation;
import app.rapport.store.jooq.tables.records.SyncFieldClockRecord;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.DESK_PRESENCE;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.jooq.Tables.SEGMENT;
import static app.rapport.store.jooq.Tables.SYNC_CONFLICT;
import static app.rapport.store.jooq.Tables.SYNC_FIELD_CLOCK;
import static app.rapport.store.jooq.Tables.SYNC_LAPTOP;
import static app.rapport.store.jooq.Tables.SYNC_LINK;
import static app.rapport.store.jooq.Tables.SYNC_SERVER;

/**
 * A laptop's replica of a team book (issue 19): {@link #link} copies the server's book into an
 * empty store file; {@link #sync} then sends the laptop's own changes from its change log and
 * applies the server's, both through {@link Store#inTransaction}, so derived data, the search index
 * and the change log stay right on each side.
 * <p>
 * Every change is known everywhere by its origin (the node it was made on) and its sequence there,
 * and ordered by its hybrid logical clock stamp ({@link ChangeLog#write}). Each node keeps, per
 * field of each row, the stamp of the newest change applied to it ({@code sync_field_clock}); a
 * change sets a field only when it is newer, so every node ends with the same value whatever order
 * the changes arrive in. The server sees every pair of edits that crossed (a laptop's change and a
 * change the laptop had not pulled when it pushed): edits of different fields both stay; the same
 * field edited on both sides keeps the newer value and records the other in {@code sync_conflict},
 * a book table synced like any other, so each conflict is listed once everywhere; a delete meeting
 * an edit is undone and the client gets a note saying so.
 * <p>
 * Idempotence: the server moves the laptop's push cursor ({@code sync_laptop.pushed_seq}) in the
 * transaction that applies the pushed changes, and the laptop moves its pull cursor
 * ({@code sync_link.pulled_seq}) in the transaction that applies the pulled ones; a round cut at
 * any point is resumed by the next with nothing applied twice and nothing skipped.
 */
public final class FieldLaptops {
    /** Changes sent or applied per transaction. */
    private static final int BATCH = 500;
    /** Tables that are this node's and not the book's: never copied to or from a laptop. */
    private static final Set<Table<?>> NODE_TABLES = Set.of(CHANGE_LOG, DESK_PRESENCE, SYNC_LINK, SYNC_LAPTOP, SYNC_FIELD_CLOCK, SYNC_SERVER);
    /** Kept per node as the no-silent-overwrite guard of its desks (V29): raised on every applied edit, never copied. */
    private static final String VERSION = "version";
    private static final String DELETED_AT = "deleted_at";
    /** H2's delay between a commit and the file's write while a laptop's first link loads the book (the store's own is 0). */
    private static final int LOAD_WRITE_DELAY_MS = 1_000;
    /** Fields every edit or logged call moves: the same field changed on both sides there is bookkeeping, not a conflict. */
    private static final Set<String> BOOKKEEPING = Set.of("updated_at", "last_touchpoint_at", VERSION, DELETED_AT);
    /** Set when a follow-up is closed: closed on both sides (each by its own call) is one outcome, not two values to choose from. */
    private static final Set<String> CLOSING = Set.of("done_at", "closed_by");
    private static final JsonFactory JSON = new JsonFactory();

    private FieldLaptops() {
    }

    /** The link a laptop store holds: its own id, the server and book it follows, and how far it has pulled. */
    public record Link(String laptopId, String server, String bookId, long pulledSeq, Instant linkedAt, Instant syncedAt) {
    }

    /** A laptop as the server lists it; {@code segment}: the saved segment it holds, null for the whole book. */
    public record Laptop(String laptopId, String name, Instant linkedAt, Instant syncedAt, Instant revokedAt, long pushedSeq, String segment) {
    }

    /**
     * A laptop linked with a saved segment of the book: the segment's name (null once deleted at the
     * office), how many clients this laptop holds, and how many the whole book had at the last sync.
     */
    public record Territory(String segmentId, String segment, int held, Integer bookClients) {
    }

    /** What {@link #link} copied. */
    public record Linked(String laptopId, String bookId, long clients, long rows, int tables) {
    }

    /**
     * One round of {@link #sync}: changes sent and received, changes that met another's edit of the
     * same row, conflicts found, clients that came into a segment laptop's territory, copied whole,
     * and edits of clients erased elsewhere, dropped (an erase wins over any edit, on either side).
     */
    public record Round(int pushed, int pulled, int merged, int conflicts, int joined, int droppedForErased) {
        public Round(int pushed, int pulled, int merged, int conflicts) {
            this(pushed, pulled, merged, conflicts, 0, 0);
        }
    }

    /** A conflict: a field edited on two nodes; the kept value is in the book, the other is offered. */
    public record Conflict(UUID id, String entity, String rowId, UUID clientId, String field, String keptValue, String keptBy,
                           Instant keptAt, String otherValue, String otherBy, Instant otherAt, Instant foundAt) {
    }

    /** Told after each change pushed or pulled, with the running count (a test cuts a round here). */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void changed(int done, int total);
    }

    // ---------------------------------------------------------------- link

    /**
     * Copies the book at {@code serverLocation} into {@code laptop}, an empty store file, as one
     * consistent snapshot, checks every table's count and checksum, and records the link. The
     * server is only read, apart from listing the laptop. Refuses a store that is linked already
     * or holds a book.
     */
    public static Linked link(Store laptop, StoreLocation serverLocation, String laptopName, Clock clock) {
        return link(laptop, serverLocation, laptopName, null, clock);
    }

    /**
     * As {@link #link(Store, StoreLocation, String, Clock)}, holding only the clients of the saved
     * segment called {@code segmentName} (null: the whole book) with all of their rows, and every
     * table that belongs to no one client whole. An unknown segment is refused with the saved ones
     * listed, before anything is written anywhere.
     */
    public static Linked link(Store laptop, StoreLocation serverLocation, String laptopName, String segmentName, Clock clock) {
        return link(laptop, serverLocation, laptopName, segmentName, clock, Progress.NONE);
    }

    /**
     * As {@link #link(Store, StoreLocation, String, String, Clock)}, telling {@code progress} after
     * each table copied (tables done, of all). A link that does not finish, whatever the cause,
     * leaves the file as a new one: nothing of the book, and no link.
     */
    public static Linked link(Store laptop, StoreLocation serverLocation, String laptopName, String segmentName, Clock clock, Progress progress) {
        if (laptop.isOnServer()) {
            throw new StoreException("Link makes a laptop store file from a team book; " + laptop.location() + " is on a server itself.");
        }
        link(laptop.dsl()).ifPresent(link -> {
            throw new StoreException("This store is linked to " + link.server() + " already (since " + link.linkedAt()
                    + "). Run  unlink  first, or link into a new store file.");
        });
        refuseUnlessEmpty(laptop);
        String laptopId = UUID.randomUUID().toString();
        // what opening this new file logged (its first settings) is not the book's: never sent
        long ownSeq = Optional.ofNullable(laptop.dsl().select(DSL.max(CHANGE_LOG.SEQ)).from(CHANGE_LOG).fetchOne(0, Long.class)).orElse(0L);
        try (Store server = Store.open(serverLocation, clock)) {
            LaptopSegment segment = segmentName == null ? null : LaptopSegment.named(server.dsl(), segmentName, clock);
            String segmentId = segment == null ? null : segment.id().toString();
            String bookId = bookId(server);
            server.dsl().insertInto(SYNC_LAPTOP)
                    .set(SYNC_LAPTOP.LAPTOP_ID, laptopId).set(SYNC_LAPTOP.NAME, laptopName).set(SYNC_LAPTOP.PUSHED_SEQ, ownSeq)
                    .set(SYNC_LAPTOP.SEGMENT, segmentId)
                    .set(SYNC_LAPTOP.LINKED_AT, clock.instant()).execute();
            List<Table<?>> tables = bookTables();
            long[] copied = new long[3];
            server.dsl().transaction(snapshot -> {
                DSLContext from = snapshot.dsl();
                from.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
                // below every transaction still running: what they commit later is pulled, not skipped (applying a row again is harmless)
                long serverSeq = new ChangeLog(from).lastSeq();
                copied[2] = serverSeq;
                int bookClients = bookClients(from);
                try {
                    fill(laptop, from, tables, segment, copied, clock, progress);
                    laptop.dsl().insertInto(SYNC_LINK).set(SYNC_LINK.LAPTOP_ID, laptopId).set(SYNC_LINK.SERVER, serverLocation.toString())
                            .set(SYNC_LINK.BOOK_ID, bookId).set(SYNC_LINK.PULLED_SEQ, serverSeq).set(SYNC_LINK.PUSHED_SEQ, ownSeq)
                            .set(SYNC_LINK.CLOCKED_SEQ, ownSeq).set(SYNC_LINK.SEGMENT, segmentId).set(SYNC_LINK.BOOK_CLIENTS, bookClients)
                            .set(SYNC_LINK.LINKED_AT, clock.instant()).execute();
                } catch (RuntimeException e) {
                    startAfresh(laptop, e);
                    throw lostMidCopy(serverLocation, e);
                } catch (Error e) {
                    startAfresh(laptop, e);
                    throw e;
                }
            });
            server.dsl().update(SYNC_LAPTOP).set(SYNC_LAPTOP.PULLED_SEQ, copied[2]).where(SYNC_LAPTOP.LAPTOP_ID.eq(laptopId)).execute();
            ClientChanges.everythingChanged();
            return new Linked(laptopId, bookId, copied[0], copied[1], tables.size());
        }
    }

    /**
     * Fills the laptop's book tables with the server's rows and checks them; the link is recorded
     * only after. Each batch of rows is committed as it goes in, and the indexes no constraint needs
     * are made once the rows are in ({@link DeferredIndexes}): H2's DDL commits, so a cut copy is
     * undone by starting the file afresh, not by a rollback.
     */
    private static void fill(Store laptop, DSLContext from, List<Table<?>> tables, LaptopSegment segment, long[] copied, Clock clock,
                             Progress progress) {
        DSLContext to = laptop.dsl();
        ChangeRecording muted = ChangeRecording.startMuted(clock);
        try {
            to.transaction(local -> {
                for (int i = tables.size() - 1; i >= 0; i--) {
                    local.dsl().deleteFrom(tables.get(i)).execute(); // what opening the new store wrote (settings, playbook)
                }
            });
            DeferredIndexes indexes = DeferredIndexes.drop(to, tables);
            laptop.dropCaptureTriggers();
            // each batch's commit is then not a write of the file of its own: H2 writes it as the rows go in, and at the end
            to.execute("SET WRITE_DELAY " + LOAD_WRITE_DELAY_MS);
            List<BookCopy.TableCheck> sent = new ArrayList<>();
            try {
                for (Table<?> table : tables) {
                    // summed as the server's rows went by: read once
                    sent.add(BookCopy.copyCommittingEachBatch(from, to, table, held(segment, table)));
                    progress.changed(sent.size(), tables.size());
                }
                indexes.create(to);
                laptop.captureChanges();
            } finally {
                to.execute("SET WRITE_DELAY 0"); // the store's own (Store's URL): a commit is on disk before it returns
            }
            to.execute("CHECKPOINT");
            for (int i = 0; i < tables.size(); i++) {
                Table<?> table = tables.get(i);
                BookCopy.TableCheck there = sent.get(i);
                BookCopy.TableCheck here = BookCopy.check(to, table);
                if (!there.equals(here)) {
                    throw new StoreException("The copy of " + table.getName().toLowerCase(Locale.ROOT) + " does not match the server's ("
                            + there.rows() + " rows there, " + here.rows() + " here); nothing was kept. Link again.");
                }
                copied[1] += here.rows();
            }
            copied[0] = to.fetchCount(CLIENT);
        } finally {
            muted.end();
        }
    }

    /** A server gone in the middle of a link is the server being unavailable, told in words; any other failure is left as it is. */
    private static RuntimeException lostMidCopy(StoreLocation serverLocation, RuntimeException failure) {
        if (!serverWentAway(failure)) {
            return failure;
        }
        return new ServerUnavailableException("The connection to the team server " + serverLocation.server().address()
                + " was lost in the middle of the copy; nothing of the book was kept in this file. Link again when the server"
                + " can be reached.", failure);
    }

    /** Whether the failure, or a cause of it, is the server's connection lost or the server going down. */
    private static boolean serverWentAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // 08: connection exceptions; 57P01-57P03: the server shutting down, crashed, or starting up again
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** What a link that did not finish leaves: the file as new, with nothing of the book in it. */
    private static void startAfresh(Store laptop, Throwable cut) {
        try {
            laptop.startAfresh();
        } catch (RuntimeException e) {
            cut.addSuppressed(e);
        }
    }

    /** The rows of {@code table} a laptop holding {@code segment} (null: the whole book) keeps. */
    private static Condition held(LaptopSegment segment, Table<?> table) {
        return segment == null ? DSL.noCondition() : LaptopSegment.rowsOf(table, client -> client.in(segment.clientIds()));
    }

    /** The book's clients out of the trash, as a segment laptop says "1,240 of 5,000 clients". */
    private static int bookClients(DSLContext server) {
        return server.fetchCount(CLIENT, CLIENT.DELETED_AT.isNull());
    }

    /** The segment this laptop store holds; empty for a whole-book laptop or a store that is not linked. */
    public static Optional<Territory> territory(DSLContext laptop) {
        return laptop.select(SYNC_LINK.SEGMENT, SYNC_LINK.BOOK_CLIENTS).from(SYNC_LINK).where(SYNC_LINK.SEGMENT.isNotNull()).fetchOptional()
                .map(row -> new Territory(row.value1(), segmentName(laptop, row.value1()), laptop.fetchCount(CLIENT, CLIENT.DELETED_AT.isNull()),
                        row.value2()));
    }

    private static String segmentName(DSLContext dsl, String segmentId) {
        return segmentId == null ? null
                : dsl.select(SEGMENT.NAME).from(SEGMENT).where(SEGMENT.ID.eq(UUID.fromString(segmentId))).fetchOptional(SEGMENT.NAME).orElse(null);
    }

    /** Ends this store's link: it becomes a plain store file holding what it holds. The server is not asked. */
    public static Link unlink(Store laptop) {
        Link link = link(laptop.dsl()).orElseThrow(() -> new StoreException("This store is not linked to a team server."));
        laptop.dsl().deleteFrom(SYNC_LINK).execute();
        return link;
    }

    /** The link this store holds, if it is a laptop store. */
    public static Optional<Link> link(DSLContext dsl) {
        return dsl.selectFrom(SYNC_LINK).fetchOptional().map(row -> new Link(row.getLaptopId(), row.getServer(), row.getBookId(),
                row.getPulledSeq(), row.getLinkedAt(), row.getSyncedAt()));
    }

    /** The laptops linked to the book of {@code server}, newest link first. */
    public static List<Laptop> laptops(Store server) {
        return server.dsl().selectFrom(SYNC_LAPTOP).orderBy(SYNC_LAPTOP.LINKED_AT.desc()).fetch(row -> new Laptop(row.getLaptopId(), row.getName(),
                row.getLinkedAt(), row.getSyncedAt(), row.getRevokedAt(), row.getPushedSeq(),
                row.getSegment() == null ? null : Optional.ofNullable(segmentName(server.dsl(), row.getSegment())).orElse("a segment since deleted")));
    }

    /**
     * Before a server's log is folded: brings the server's own changes into its field clocks (what
     * they say must outlive them, or a laptop's older edit would win over them), and returns the
     * first change a linked laptop may still need, the one after the oldest pull cursor of the
     * laptops not revoked. The log is folded only below it; {@link Long#MAX_VALUE} when no laptop is linked.
     */
    static long foldOnlyBelowLaptops(DSLContext dsl) {
        Long oldestPulled = dsl.select(DSL.min(SYNC_LAPTOP.PULLED_SEQ)).from(SYNC_LAPTOP).where(SYNC_LAPTOP.REVOKED_AT.isNull()).fetchOne(0, Long.class);
        if (oldestPulled == null) {
            return Long.MAX_VALUE;
        }
        dsl.select(SYNC_SERVER.BOOK_ID).from(SYNC_SERVER).fetchOptional(SYNC_SERVER.BOOK_ID)
                .ifPresent(bookId -> dsl.transaction(fold -> foldOwnChanges(fold.dsl(), "sync_server", bookId)));
        return oldestPulled + 1;
    }

    /** Stops a laptop's further syncs; what it already sent stays. */
    public static boolean revoke(Store server, String laptopId, Clock clock) {
        return server.dsl().update(SYNC_LAPTOP).set(SYNC_LAPTOP.REVOKED_AT, clock.instant())
                .where(SYNC_LAPTOP.LAPTOP_ID.startsWith(laptopId).and(SYNC_LAPTOP.REVOKED_AT.isNull())).execute() > 0;
    }

    /** Changes made on this laptop that the server has not confirmed yet (0 when not linked). */
    public static int waiting(Store laptop) {
        Long pushed = laptop.dsl().select(SYNC_LINK.PUSHED_SEQ).from(SYNC_LINK).fetchOne(SYNC_LINK.PUSHED_SEQ);
        return pushed == null ? 0 : waiting(laptop, pushed);
    }

    private static int waiting(Store laptop, long pushedSeq) {
        return new ChangeLog(laptop.dsl()).countSince(pushedSeq, CHANGE_LOG.ORIGIN.isNull());
    }

    private static void refuseUnlessEmpty(Store laptop) {
        int clients = laptop.dsl().fetchCount(CLIENT);
        if (clients > 0) {
            throw new StoreException("This store holds a book of its own (" + clients + " clients). Link into a new store file, so nothing"
                    + " here is overwritten.");
        }
    }

    private static String bookId(Store server) {
        return server.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Optional<String> id = tx.select(SYNC_SERVER.BOOK_ID).from(SYNC_SERVER).fetchOptional(SYNC_SERVER.BOOK_ID);
            if (id.isPresent()) {
                return id.get();
            }
            String made = UUID.randomUUID().toString();
            // the book's history before its first laptop needs no field clocks (every laptop's copy holds its outcome, and each
            // of its edits comes after it); folded from 0, a published book's whole log was read on the first sync's open
            tx.insertInto(SYNC_SERVER).set(SYNC_SERVER.BOOK_ID, made).set(SYNC_SERVER.CLOCKED_SEQ, new ChangeLog(tx).lastSeq()).execute();
            return made;
        });
    }

    /** The book's tables in foreign-key order, without this node's own. */
    private static List<Table<?>> bookTables() {
        return BookCopy.copiedTables().stream().filter(table -> !NODE_TABLES.contains(table)).toList();
    }

    // ---------------------------------------------------------------- sync

    /**
     * One round: pushes this laptop's changes the server has not applied, then pulls and applies
     * the server's changes since this laptop's cursor (without those that came from it).
     */
    public static Round sync(Store laptop, StoreLocation serverLocation, Clock clock, Progress progress) {
        Link link = link(laptop.dsl()).orElseThrow(() -> new StoreException("This store is not linked to a team server: run  link  first."));
        try (Store server = Store.open(serverLocation, clock)) {
            String bookId = server.dsl().select(SYNC_SERVER.BOOK_ID).from(SYNC_SERVER).fetchOptional(SYNC_SERVER.BOOK_ID).orElse(null);
            if (!link.bookId().equals(bookId)) {
                throw new StoreException("The server " + serverLocation + " holds another book than the one this laptop was linked to;"
                        + " nothing was sent or taken. Link a new store file to it instead.");
            }
            Laptop registered = laptops(server).stream().filter(laptop1 -> laptop1.laptopId().equals(link.laptopId())).findFirst()
                    .orElse(null);
            if (registered == null || registered.revokedAt() != null) {
                throw new StoreException("The team server no longer syncs with this laptop" + (registered == null ? "" : " (its link was revoked on "
                        + registered.revokedAt() + ")") + ". Its " + waiting(laptop, registered == null ? 0 : registered.pushedSeq())
                        + " unsent changes are kept in this file; ask the book's owner, or unlink and link a new store file.");
            }
            refuseErasesTheLoginMayNotMake(laptop, server, registered.pushedSeq());
            int[] counts = new int[5];
            String segmentId = laptop.dsl().select(SYNC_LINK.SEGMENT).from(SYNC_LINK).fetchOne(SYNC_LINK.SEGMENT);
            int joined;
            try {
                push(laptop, server, link, registered.pushedSeq(), counts, progress);
                pull(laptop, server, link, segmentId != null, counts, progress);
                joined = segmentId == null ? 0 : bringNewcomers(laptop, server, segmentId, clock);
                Instant now = clock.instant();
                server.dsl().update(SYNC_LAPTOP).set(SYNC_LAPTOP.SYNCED_AT, now).where(SYNC_LAPTOP.LAPTOP_ID.eq(link.laptopId())).execute();
                laptop.dsl().update(SYNC_LINK).set(SYNC_LINK.SYNCED_AT, now).set(SYNC_LINK.BOOK_CLIENTS, bookClients(server.dsl())).execute();
            } catch (RuntimeException e) {
                throw lostMidRound(serverLocation, e);
            }
            return new Round(counts[0], counts[1], counts[2], counts[3], joined, counts[4]);
        }
    }

    /**
     * An erase made on this laptop is made on the server too, which only the book owner's login may
     * do: with a desk's login, nothing is sent (in order, the erase would stop the round every time).
     */
    private static void refuseErasesTheLoginMayNotMake(Store laptop, Store server, long pushedSeq) {
        int erases = laptop.dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.ORIGIN.isNull().and(CHANGE_LOG.SEQ.gt(pushedSeq))
                .and(CHANGE_LOG.OPERATION.eq(Operation.ERASE.name())));
        if (erases > 0 && !server.permissions().erase()) {
            throw new StoreException("This laptop erased " + (erases == 1 ? "a client" : erases + " clients") + " for good, and only the book"
                    + " owner's login may erase on the team server; nothing was sent. Sync once with the owner's login, and every"
                    + " change waiting here goes with it.");
        }
    }

    /**
     * A server restarted or a network gone in the middle of a round is the server being
     * unavailable, told in words: what each committed batch carried stays, and the next round
     * resumes from the cursors. Any other failure is left as it is.
     */
    private static RuntimeException lostMidRound(StoreLocation serverLocation, RuntimeException failure) {
        if (!serverWentAway(failure)) {
            return failure;
        }
        return new ServerUnavailableException("The connection to the team server " + serverLocation.server().address()
                + " was lost in the middle of the sync; what got through is kept on both sides, your other changes wait here,"
                + " and the next sync carries on from there.", failure);
    }

    /** A change as one node sends it to another: its global id, stamp, what it changed and the row's values now. */
    private record Outgoing(String origin, long originSeq, long hlc, String author, Instant at, String entity, String rowId, UUID clientId,
                            String operation, List<String> fields, Record row, long localSeq) {
    }

    private static void push(Store laptop, Store server, Link link, long pushedSeq, int[] counts, Progress progress) {
        int total = waiting(laptop, pushedSeq);
        long after = pushedSeq;
        laptop.dsl().update(SYNC_LINK).set(SYNC_LINK.PUSHED_SEQ, after).execute();
        try (ReadAhead ahead = new ReadAhead(from -> readChanges(laptop.dsl(), from, CHANGE_LOG.ORIGIN.isNull(), link.laptopId(), laptop.dsl()))) {
            ahead.readAfter(after);
            while (true) {
                List<Outgoing> batch = ahead.next();
                if (batch.isEmpty()) {
                    return;
                }
                // the laptop reads the next batch while the server applies this one
                ahead.readAfter(batch.get(batch.size() - 1).localSeq());
                after = pushBatch(laptop, server, link, batch, after, counts, progress, total);
            }
        }
    }

    /** Applies one batch of the laptop's changes on the server; returns the laptop's push cursor after it. */
    private static long pushBatch(Store laptop, Store server, Link link, List<Outgoing> batch, long after, int[] counts, Progress progress,
                                  int total) {
        long[] applied = {after};
        server.inTransaction(tx -> {
            long serverPushed = tx.select(SYNC_LAPTOP.PUSHED_SEQ).from(SYNC_LAPTOP).where(SYNC_LAPTOP.LAPTOP_ID.eq(link.laptopId()))
                    .forUpdate().fetchOne(SYNC_LAPTOP.PUSHED_SEQ);
            long sincePulled = link(laptop.dsl()).map(Link::pulledSeq).orElse(0L);
            Crossing crossing = new Crossing(tx, sincePulled, link.laptopId());
            Applier applier = new Applier(tx, "sync_server", link.bookId(), crossing, server.clock(), batch);
            for (Outgoing change : batch) {
                if (change.localSeq() > serverPushed) {
                    applier.apply(change);
                    counts[0]++;
                    progress.changed(counts[0], total);
                }
                applied[0] = change.localSeq();
            }
            applier.finish();
            counts[2] += applier.merged;
            counts[3] += applier.conflicts;
            counts[4] += applier.droppedForErased;
            tx.update(SYNC_LAPTOP).set(SYNC_LAPTOP.PUSHED_SEQ, Math.max(serverPushed, applied[0]))
                    .where(SYNC_LAPTOP.LAPTOP_ID.eq(link.laptopId())).execute();
            return null;
        });
        laptop.dsl().update(SYNC_LINK).set(SYNC_LINK.PUSHED_SEQ, applied[0]).execute();
        return applied[0];
    }

    /**
     * Copies, whole and as one snapshot of the server, the clients the laptop's segment picks now
     * that it does not hold yet (changes of theirs were skipped by the pulls until then). A segment
     * deleted at the office brings nobody new; the laptop keeps what it holds.
     */
    private static int bringNewcomers(Store laptop, Store server, String segmentId, Clock clock) {
        return server.dsl().transactionResult(snapshot -> {
            DSLContext from = snapshot.dsl();
            from.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
            Optional<LaptopSegment> segment = LaptopSegment.byId(from, segmentId, clock);
            List<UUID> newcomers = segment.map(found -> found.newcomers(from, laptop.dsl())).orElse(List.of());
            if (newcomers.isEmpty()) {
                return 0;
            }
            List<Table<?>> tables = bookTables().stream().filter(LaptopSegment::perClient).toList();
            ChangeRecording muted = ChangeRecording.startMuted(clock);
            try {
                laptop.dsl().transaction(local -> {
                    for (int start = 0; start < newcomers.size(); start += BATCH) {
                        List<UUID> some = newcomers.subList(start, Math.min(newcomers.size(), start + BATCH));
                        for (Table<?> table : tables) {
                            BookCopy.copy(from, local.dsl(), table, LaptopSegment.rowsOfOnly(table, some));
                        }
                    }
                });
            } finally {
                muted.end();
            }
            ClientChanges.everythingChanged();
            return newcomers.size();
        });
    }

    private static void pull(Store laptop, Store server, Link link, boolean segmentOnly, int[] counts, Progress progress) {
        long after = link(laptop.dsl()).map(Link::pulledSeq).orElseThrow();
        int total = new ChangeLog(server.dsl()).countSince(after, notFrom(link.laptopId()));
        int[] seen = {0};
        int[] clientsErased = {0};
        try (ReadAhead ahead = new ReadAhead(from -> readChanges(server.dsl(), from, DSL.trueCondition(), link.bookId(), server.dsl()))) {
            ahead.readAfter(after);
            while (true) {
                List<Outgoing> batch = ahead.next();
                if (batch.isEmpty()) {
                    break;
                }
                long last = batch.get(batch.size() - 1).localSeq();
                ahead.readAfter(last); // the server reads the next batch while the laptop applies this one
                pullBatch(laptop, link, segmentOnly, batch, last, counts, seen, clientsErased, progress, total);
                after = last;
            }
        }
        // the server folds its log only below this (a lower bound: a round cut before this line leaves it behind)
        server.dsl().update(SYNC_LAPTOP).set(SYNC_LAPTOP.PULLED_SEQ, after).where(SYNC_LAPTOP.LAPTOP_ID.eq(link.laptopId())).execute();
        if (clientsErased[0] > 0) {
            // as an erase made here: on the disk now, and no page of theirs left in the file once it closes
            laptop.checkpoint();
            laptop.compactOnClose();
        }
    }

    /** Applies one batch of the server's changes on the laptop, and moves its pull cursor past them in the same transaction. */
    private static void pullBatch(Store laptop, Link link, boolean segmentOnly, List<Outgoing> batch, long last, int[] counts, int[] seen,
                                  int[] clientsErased, Progress progress, int total) {
        laptop.inTransaction(tx -> {
            long pulled = tx.select(SYNC_LINK.PULLED_SEQ).from(SYNC_LINK).forUpdate().fetchOne(SYNC_LINK.PULLED_SEQ);
            Applier applier = new Applier(tx, "sync_link", link.laptopId(), null, laptop.clock(), batch);
            for (Outgoing change : batch) {
                if (change.localSeq() > pulled && !link.laptopId().equals(change.origin())) {
                    if (segmentOnly && !holds(tx, change.clientId())) {
                        seen[0]++; // a client outside this laptop's segment: copied whole if it comes to match
                    } else {
                        applier.apply(change);
                        counts[1]++;
                    }
                    progress.changed(counts[1] + seen[0], total);
                }
            }
            applier.finish();
            counts[4] += applier.droppedForErased;
            clientsErased[0] += applier.clientsErased;
            tx.update(SYNC_LINK).set(SYNC_LINK.PULLED_SEQ, Math.max(pulled, last)).execute();
            return null;
        });
    }

    /**
     * The next batch of a push or a pull, read on a thread of its own while the current batch is
     * applied: reading on one side and applying on the other overlap, instead of each side waiting
     * for the other once per batch. Reading writes nothing, so a round cut at any moment resumes
     * from the cursors as before. At most one read runs; closing waits for it.
     */
    private static final class ReadAhead implements AutoCloseable {
        private final java.util.function.LongFunction<List<Outgoing>> read;
        private final java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "Rapport sync read-ahead");
            thread.setDaemon(true);
            return thread;
        });
        private java.util.concurrent.Future<List<Outgoing>> next;

        ReadAhead(java.util.function.LongFunction<List<Outgoing>> read) {
            this.read = read;
        }

        /** Starts reading the batch after {@code afterSeq}. */
        void readAfter(long afterSeq) {
            next = reader.submit(() -> read.apply(afterSeq));
        }

        /** The batch being read, once it is read; a failure to read it is thrown here, as it was thrown there. */
        List<Outgoing> next() {
            try {
                return next.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new StoreException("Reading the changes to sync failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("The sync was interrupted.", e);
            } finally {
                next = null;
            }
        }

        /** Waits for a read still running (its connection goes back to the pool before the store may close), then ends the thread. */
        @Override
        public void close() {
            try {
                if (next != null) {
                    try {
                        next.get();
                    } catch (java.util.concurrent.ExecutionException ignored) {
                        // what failed is not this round's failure: the round ended before it needed the batch
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            } finally {
                reader.shutdown();
            }
        }
    }

    /** Whether this laptop holds the client a change is about (a change about no client is everyone's). */
    private static boolean holds(DSLContext tx, UUID clientId) {
        return clientId == null || tx.fetchExists(CLIENT, CLIENT.ID.eq(clientId));
    }

    private static Condition notFrom(String laptopId) {
        return CHANGE_LOG.ORIGIN.isNull().or(CHANGE_LOG.ORIGIN.ne(laptopId));
    }

    /**
     * The next batch of changes after {@code afterSeq} in {@code dsl}'s log, each with the row's
     * values as they are now (the log keeps none for an insert). A change of this node's own
     * (origin null) is known elsewhere by {@code selfId} and its sequence here.
     */
    private static List<Outgoing> readChanges(DSLContext dsl, long afterSeq, Condition which, String selfId, DSLContext rows) {
        var log = new ChangeLog(dsl).committedAfter(afterSeq, which, BATCH).rows();
        Map<Table<?>, Map<List<Object>, Record>> current = new HashMap<>();
        for (var change : log) {
            Table<?> table = table(change.getEntity());
            if (table != null && change.getRowId() != null) {
                current.computeIfAbsent(table, ignored -> new HashMap<>()).put(keyValues(table, change.getRowId()), null);
            }
        }
        current.forEach((table, byKey) -> readRows(rows, table, byKey));
        List<Outgoing> changes = new ArrayList<>();
        for (var change : log) {
            String origin = change.getOrigin() == null ? selfId : change.getOrigin();
            long originSeq = change.getOriginSeq() == null ? change.getSeq() : change.getOriginSeq();
            Instant at = change.getOccurredAt();
            long hlc = change.getHlc() == null ? at.toEpochMilli() * ChangeLog.HLC_PER_MILLI : change.getHlc();
            Table<?> table = table(change.getEntity());
            Record row = table == null || change.getRowId() == null ? null : current.get(table).get(keyValues(table, change.getRowId()));
            String columns = change.getChangedColumns() != null ? change.getChangedColumns() : change.getChangedColumnsLarge();
            changes.add(new Outgoing(origin, originSeq, hlc, change.getAuthor(), at, change.getEntity(), change.getRowId(), change.getClientId(),
                    change.getOperation(), fieldNames(columns), row, change.getSeq()));
        }
        return changes;
    }

    /** Reads the rows of {@code table} whose keys {@code byKey} holds, in one query (one round trip to a server per table and batch). */
    private static void readRows(DSLContext dsl, Table<?> table, Map<List<Object>, Record> byKey) {
        List<? extends Field<?>> keys = table.getPrimaryKey().getFields();
        Condition any = keys.size() == 1 ? keys.get(0).in(byKey.keySet().stream().map(key -> key.get(0)).toList())
                : DSL.or(byKey.keySet().stream().map(key -> keyOf(table, key)).toList());
        for (Record row : dsl.selectFrom(table).where(any).fetch()) {
            byKey.put(keys.stream().<Object>map(row::get).toList(), row);
        }
    }

    /**
     * On the server, the changes a pushing laptop had not pulled when it made its own: by row, the
     * fields they changed with the newest stamp and author of each, and whether one deleted the row.
     */
    private static final class Crossing {
        private final Map<String, Map<String, Touch>> byRow = new HashMap<>();

        record Touch(long hlc, String author) {
        }

        Crossing(DSLContext tx, long sincePulled, String laptopId) {
            for (var change : tx.selectFrom(CHANGE_LOG).where(CHANGE_LOG.SEQ.gt(sincePulled)).and(notFrom(laptopId))
                    .and(CHANGE_LOG.OPERATION.ne("INSERT")).orderBy(CHANGE_LOG.SEQ).fetch()) {
                String columns = change.getChangedColumns() != null ? change.getChangedColumns() : change.getChangedColumnsLarge();
                long hlc = change.getHlc() == null ? change.getOccurredAt().toEpochMilli() * ChangeLog.HLC_PER_MILLI : change.getHlc();
                Map<String, Touch> fields = byRow.computeIfAbsent(change.getEntity() + "|" + change.getRowId(), key -> new HashMap<>());
                for (String field : fieldNames(columns)) {
                    fields.merge(field, new Touch(hlc, change.getAuthor()), (a, b) -> a.hlc() >= b.hlc() ? a : b);
                }
            }
        }

        Map<String, Touch> of(String entity, String rowId) {
            return byRow.getOrDefault(entity + "|" + rowId, Map.of());
        }
    }

    /**
     * Applies other nodes' changes in one transaction of the target store, field by field. A batch's
     * rows, field clocks and erased clients are read up front (one query per table, one per entity
     * for the clocks, one for the erases) and kept
     * here as the changes move them, and the field clocks are written back in one JDBC batch at
     * {@link #finish}: on a server every statement is a round trip, and one change used to cost eight.
     */
    private static final class Applier {
        private final DSLContext tx;
        private final Crossing crossing;
        private final Clock clock;
        int merged;
        int conflicts;
        int droppedForErased;
        int clientsErased;
        private ChangeLog.Stamp applying;
        /** Clients of the batch this node has erased: an edit of theirs from a node that had not heard yet is dropped. */
        private final Set<UUID> erased;
        /** The stamp the recording writes with now: switched only before a write, as each switch takes in what was captured. */
        private ChangeLog.Stamp recordingAs;
        /**
         * On a server: the batch's inserts and updates not sent yet, each after a {@code SET LOCAL}
         * that names the change it applies to the capture trigger; sent as one JDBC batch (one round
         * trip) before anything reads or writes otherwise, where each used to cost a drain and a write.
         */
        private final List<Query> queued = new ArrayList<>();
        private final boolean pipelined;
        private ChangeLog.Stamp queuedAs;
        /** The batch's rows as they are in this transaction, by table and key (null: no such row). */
        private final Map<Table<?>, Map<List<Object>, Record>> rows = new HashMap<>();
        private final FieldClocks fieldClocks;

        Applier(DSLContext tx, String clockedIn, String selfId, Crossing crossing, Clock clock, List<Outgoing> batch) {
            this.tx = tx;
            this.crossing = crossing;
            this.clock = clock;
            this.pipelined = tx.dialect().family() == SQLDialect.POSTGRES;
            foldOwnChanges(tx, clockedIn, selfId);
            Map<Table<?>, Map<List<Object>, Record>> wanted = new HashMap<>();
            for (Outgoing change : batch) {
                Table<?> table = table(change.entity());
                if (table != null && change.rowId() != null && !NODE_TABLES.contains(table)) {
                    wanted.computeIfAbsent(table, ignored -> new HashMap<>()).put(keyValues(table, change.rowId()), null);
                }
            }
            wanted.forEach((table, byKey) -> {
                readRows(tx, table, byKey);
                rows.put(table, byKey);
            });
            fieldClocks = new FieldClocks(tx, batch);
            List<UUID> clients = batch.stream().map(Outgoing::clientId).filter(Objects::nonNull).distinct().toList();
            erased = clients.isEmpty() ? new HashSet<>() : new HashSet<>(tx.selectDistinct(CHANGE_LOG.CLIENT_ID).from(CHANGE_LOG)
                    .where(CHANGE_LOG.OPERATION.eq(Operation.ERASE.name())).and(CHANGE_LOG.CLIENT_ID.in(clients)).fetch(CHANGE_LOG.CLIENT_ID));
        }

        void apply(Outgoing change) {
            applying = new ChangeLog.Stamp(change.origin(), change.originSeq(), change.hlc(), change.author(), change.at());
            if (Operation.ERASE.name().equals(change.operation())) {
                erase(change.clientId());
                return;
            }
            if (change.clientId() != null && erased.contains(change.clientId())) {
                droppedForErased++;
                return;
            }
            Table<?> table = table(change.entity());
            if (table == null || change.rowId() == null || NODE_TABLES.contains(table)) {
                return; // a table this release does not know
            }
            List<Object> keyValues = keyValues(table, change.rowId());
            Condition key = keyOf(table, keyValues);
            Record here = rowHere(table, keyValues, key);
            if (change.row() == null) {
                if (here != null && "DELETE".equals(change.operation())) {
                    recordAs(applying);
                    tx.deleteFrom(table).where(key).execute(); // gone for good at its origin
                    rows.clear(); // its cascade may have taken other rows of the batch: read them again
                }
                return; // otherwise a row deleted for good since: its deletion follows
            }
            if (here == null) {
                if (!"DELETE".equals(change.operation())) {
                    Map<Field<?>, Object> values = new LinkedHashMap<>();
                    for (Field<?> field : table.fields()) {
                        values.put(field, change.row().get(field));
                    }
                    send(tx.insertInto(table).set(values));
                    rows.computeIfAbsent(table, ignored -> new HashMap<>()).remove(keyValues); // read again if the batch edits it
                }
                return;
            }
            List<String> fields = "INSERT".equals(change.operation())
                    ? List.of(table.fields()).stream().map(field -> field.getName().toLowerCase(Locale.ROOT)).toList() : change.fields();
            Map<String, Crossing.Touch> crossed = crossing == null ? Map.of() : crossing.of(change.entity(), change.rowId());
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            for (String name : fields) {
                Field<?> field = table.field(name.toUpperCase(Locale.ROOT));
                if (field == null || name.equals(VERSION) || isKey(table, field)) {
                    continue;
                }
                Object incoming = change.row().get(field);
                Object current = here.get(field);
                Crossing.Touch other = crossed.get(name);
                boolean newer = fieldClocks.isNewer(change.entity(), change.rowId(), name, change.hlc(), change.origin());
                boolean closedOnBothSides = CLOSING.contains(name) && incoming != null && current != null;
                if (other != null && !Objects.equals(incoming, current) && !BOOKKEEPING.contains(name) && !closedOnBothSides) {
                    conflict(change, table, name, newer, current, other, incoming);
                }
                if (newer) {
                    values.put(field, incoming);
                    fieldClocks.set(change.entity(), change.rowId(), name, new FieldStamp(change.hlc(), change.origin(), change.author()));
                }
            }
            if (!crossed.isEmpty()) {
                merged++;
            }
            Field<?> deletedAt = table.field(DELETED_AT.toUpperCase(Locale.ROOT));
            boolean deletes = deletedAt != null && values.containsKey(deletedAt) && values.get(deletedAt) != null;
            boolean editsCrossedDelete = deletedAt != null && crossed.containsKey(DELETED_AT) && here.get(deletedAt) != null
                    && !values.containsKey(deletedAt);
            boolean deleteCrossedEdits = deletes && crossed.keySet().stream().anyMatch(name -> !name.equals(DELETED_AT));
            write(table, key, here, values);
            if (deleteCrossedEdits || editsCrossedDelete) {
                keepEdited(change, table, key, here, deleteCrossedEdits);
            }
        }

        /**
         * Erases the client here for good, as at the node the erase came from: every row about them,
         * their search entries and what this node's change log held about them. The log keeps the
         * erase itself (the client's id and no value, stamped from its origin), so it reaches every
         * other laptop and outlasts any edit of theirs still on its way.
         */
        private void erase(UUID clientId) {
            if (clientId == null) {
                return; // erased before erasures were synced: the change names no one
            }
            recordAs(applying);
            if (!new ClientDossier(tx).erase(clientId).isEmpty()) {
                clientsErased++;
            }
            erased.add(clientId);
            rows.clear();
        }

        /** Writes the field clocks the batch moved and makes the recording's changes this node's own again. */
        void finish() {
            flush();
            fieldClocks.write();
            recordAs(null);
        }

        /** Writes as the change being applied: at once on H2, whose trigger runs in this process; queued on a server. */
        private void send(Query write) {
            if (!pipelined) {
                recordAs(applying);
                write.execute();
                return;
            }
            if (queuedAs != applying) {
                queued.add(DSL.query("SET LOCAL rapport.stamp = " + DSL.inline(ChangeRecording.current().keyOf(applying))));
                queuedAs = applying;
            }
            queued.add(write);
        }

        /** Sends the queued writes, and leaves what is written after them stamped by the recording again. */
        private void flush() {
            if (queued.isEmpty()) {
                return;
            }
            queued.add(DSL.query("SET LOCAL rapport.stamp = ''"));
            tx.batch(queued).execute();
            queued.clear();
            queuedAs = null;
        }

        /** The row as it is in this transaction: read with the batch, or now if a delete made the batch's copy doubtful. */
        private Record rowHere(Table<?> table, List<Object> keyValues, Condition key) {
            Map<List<Object>, Record> ofTable = rows.get(table);
            if (ofTable != null && ofTable.containsKey(keyValues)) {
                return ofTable.get(keyValues);
            }
            flush(); // a row the batch inserted or changed is read as written
            Record read = tx.selectFrom(table).where(key).fetchOne();
            rows.computeIfAbsent(table, ignored -> new HashMap<>()).put(keyValues, read);
            return read;
        }

        private void recordAs(ChangeLog.Stamp stamp) {
            flush();
            if (stamp != recordingAs) {
                stamp(tx, stamp);
                recordingAs = stamp;
            }
        }

        private void write(Table<?> table, Condition key, Record here, Map<Field<?>, Object> values) {
            if (values.isEmpty()) {
                return;
            }
            values.forEach((field, value) -> {
                @SuppressWarnings("unchecked")
                Field<Object> kept = (Field<Object>) field;
                here.set(kept, value);
            });
            Field<?> version = table.field(VERSION.toUpperCase(Locale.ROOT));
            if (version != null) {
                @SuppressWarnings("unchecked")
                Field<Integer> counter = (Field<Integer>) version;
                values.put(counter, counter.plus(1)); // this node's desks read an older version: their save must be checked again
            }
            send(tx.update(table).set(values).where(key));
        }

        /** A delete and an edit crossed: the edit wins, the record comes back, and its client says why. */
        private void keepEdited(Outgoing change, Table<?> table, Condition key, Record here, boolean deletedHere) {
            recordAs(null); // this node's own change, after the one applied: newer everywhere
            Field<?> deletedAt = table.field(DELETED_AT.toUpperCase(Locale.ROOT));
            @SuppressWarnings("unchecked")
            Field<Object> deleted = (Field<Object>) deletedAt;
            tx.update(table).set(deleted, (Object) null).where(key).execute();
            here.set(deleted, null);
            UUID clientId = change.clientId();
            if (clientId != null && tx.fetchExists(CLIENT, CLIENT.ID.eq(clientId))) {
                Instant now = clock.instant();
                String what = table.getName().equalsIgnoreCase("client") ? "this client" : "a " + table.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
                tx.insertInto(NOTE).set(NOTE.ID, UUID.randomUUID()).set(NOTE.CLIENT_ID, clientId)
                        .set(NOTE.BODY, (deletedHere ? change.author() + " deleted " + what + " on a laptop while it was being edited elsewhere"
                                : change.author() + " edited " + what + " after it had been deleted elsewhere")
                                + "; the edit was kept and the record brought back.")
                        .set(NOTE.CREATED_AT, now).set(NOTE.UPDATED_AT, now).execute();
            }
        }

        private void conflict(Outgoing change, Table<?> table, String field, boolean incomingWins, Object current, Crossing.Touch other,
                              Object incoming) {
            long otherHlc = other.hlc();
            recordAs(null); // the conflict is this node's finding, so it goes to every laptop, the pushing one too
            // one open conflict per field: a later crossing edit of it replaces the values offered
            UUID id = tx.select(SYNC_CONFLICT.ID).from(SYNC_CONFLICT).where(SYNC_CONFLICT.ENTITY.eq(change.entity())
                    .and(SYNC_CONFLICT.ROW_ID.eq(change.rowId())).and(SYNC_CONFLICT.FIELD.eq(field)).and(SYNC_CONFLICT.RESOLVED_AT.isNull()))
                    .fetchOptional(SYNC_CONFLICT.ID).orElse(null);
            var row = tx.newRecord(SYNC_CONFLICT);
            row.setEntity(change.entity());
            row.setRowId(change.rowId());
            row.setClientId(change.clientId());
            row.setField(field);
            row.setKeptValue(text(incomingWins ? incoming : current));
            row.setKeptBy(incomingWins ? change.author() : other.author());
            row.setKeptHlc(incomingWins ? change.hlc() : otherHlc);
            row.setOtherValue(text(incomingWins ? current : incoming));
            row.setOtherBy(incomingWins ? other.author() : change.author());
            row.setOtherHlc(incomingWins ? otherHlc : change.hlc());
            row.setFoundAt(clock.instant());
            if (id != null) {
                tx.update(SYNC_CONFLICT).set(row).where(SYNC_CONFLICT.ID.eq(id)).execute();
            } else {
                row.setId(UUID.randomUUID());
                tx.insertInto(SYNC_CONFLICT).set(row).execute();
                conflicts++;
            }
        }
    }

    /**
     * The field clocks of the rows a batch changes, read in one query and written back in one
     * batch of inserts and one of updates.
     */
    private static final class FieldClocks {
        private final DSLContext tx;
        private final Map<List<String>, SyncFieldClockRecord> held = new HashMap<>();
        private final Set<SyncFieldClockRecord> added = new java.util.LinkedHashSet<>();
        private final Set<SyncFieldClockRecord> moved = new java.util.LinkedHashSet<>();

        FieldClocks(DSLContext tx, List<Outgoing> batch) {
            this.tx = tx;
            held.putAll(readFieldClocks(tx, batch.stream().filter(change -> change.rowId() != null)
                    .map(change -> List.of(change.entity(), change.rowId())).toList()));
        }

        /** Whether a change stamped {@code hlc} at {@code origin} is newer than the last one applied to the field. */
        boolean isNewer(String entity, String rowId, String field, long hlc, String origin) {
            SyncFieldClockRecord last = held.get(List.of(entity, rowId, field));
            return last == null || new FieldStamp(hlc, origin, null).isNewerThan(last.getHlc(), last.getOrigin());
        }

        void set(String entity, String rowId, String field, FieldStamp stamp) {
            SyncFieldClockRecord row = held.get(List.of(entity, rowId, field));
            if (row == null) {
                row = tx.newRecord(SYNC_FIELD_CLOCK);
                row.setEntity(entity);
                row.setRowId(rowId);
                row.setField(field);
                held.put(List.of(entity, rowId, field), row);
                added.add(row);
            } else if (!added.contains(row)) {
                moved.add(row);
            }
            row.setHlc(stamp.hlc());
            row.setOrigin(stamp.origin());
            row.setAuthor(stamp.author());
        }

        void write() {
            writeFieldClocks(tx, added, moved);
            added.clear();
            moved.clear();
        }
    }

    /**
     * Brings this node's own changes since the last fold into its field clocks (a desk's edit on
     * the server, a call logged on the laptop), so a change from elsewhere is compared with them.
     */
    private static void foldOwnChanges(DSLContext tx, String clockedIn, String selfId) {
        Table<?> progress = clockedIn.equals("sync_link") ? SYNC_LINK : SYNC_SERVER;
        Field<Long> clocked = clockedIn.equals("sync_link") ? SYNC_LINK.CLOCKED_SEQ : SYNC_SERVER.CLOCKED_SEQ;
        long from = tx.select(clocked).from(progress).forUpdate().fetchOne(clocked);
        long last = from;
        Map<List<String>, FieldStamp> newest = new LinkedHashMap<>();
        ChangeLog log = new ChangeLog(tx);
        for (var change : log.committedAfter(from, CHANGE_LOG.OPERATION.ne("INSERT"), Integer.MAX_VALUE).rows()) {
            String columns = change.getChangedColumns() != null ? change.getChangedColumns() : change.getChangedColumnsLarge();
            long hlc = change.getHlc() == null ? change.getOccurredAt().toEpochMilli() * ChangeLog.HLC_PER_MILLI : change.getHlc();
            if (change.getRowId() != null) {
                String origin = change.getOrigin() == null ? selfId : change.getOrigin();
                FieldStamp stamp = new FieldStamp(hlc, origin, change.getAuthor());
                for (String field : fieldNames(columns)) {
                    newest.merge(List.of(change.getEntity(), change.getRowId(), field), stamp, (had, next) -> next.isNewerThan(had) ? next : had);
                }
            }
            last = change.getSeq();
        }
        setFieldClocksWhereNewer(tx, newest);
        tx.update(progress).set(clocked, Math.max(last, log.lastSeq())).execute();
    }

    /** A field's stamp: the hybrid time and origin of the change that set it, and its author. */
    private record FieldStamp(long hlc, String origin, String author) {
        /** By hybrid time, and between equal times by origin, so every node picks the same. */
        boolean isNewerThan(long otherHlc, String otherOrigin) {
            return hlc != otherHlc ? hlc > otherHlc : String.valueOf(origin).compareTo(String.valueOf(otherOrigin)) > 0;
        }

        boolean isNewerThan(FieldStamp other) {
            return isNewerThan(other.hlc(), other.origin());
        }
    }

    /**
     * The field clocks of the rows {@code keys} name (entity and row id first; a field after them is
     * not asked for, the rows' other fields come too), by (entity, row id, field). One query per
     * entity, answered from the key's index on both databases: on PostgreSQL
     * {@code entity = ? AND row_id IN (...)}; H2 looks up an {@code IN} list only on an index's
     * first column, and walked every clock of the entity with that (a laptop's grow with each
     * round), so there the row ids are a {@code VALUES} table joined to the key.
     */
    private static Map<List<String>, SyncFieldClockRecord> readFieldClocks(DSLContext tx, List<List<String>> keys) {
        Map<String, Set<String>> rowIdsByEntity = new HashMap<>();
        keys.forEach(key -> rowIdsByEntity.computeIfAbsent(key.get(0), entity -> new java.util.LinkedHashSet<>()).add(key.get(1)));
        Map<List<String>, SyncFieldClockRecord> held = new HashMap<>();
        boolean onH2 = tx.dialect().family() == SQLDialect.H2;
        rowIdsByEntity.forEach((entity, rowIds) -> {
            List<SyncFieldClockRecord> clocks;
            if (onH2) {
                @SuppressWarnings("unchecked")
                org.jooq.Row1<String>[] rows = rowIds.stream().map(DSL::row).toArray(org.jooq.Row1[]::new);
                Table<org.jooq.Record1<String>> wanted = DSL.values(rows).as("wanted", "row_id");
                clocks = tx.select(SYNC_FIELD_CLOCK.fields()).from(wanted).join(SYNC_FIELD_CLOCK)
                        .on(SYNC_FIELD_CLOCK.ENTITY.eq(entity)).and(SYNC_FIELD_CLOCK.ROW_ID.eq(wanted.field("row_id", String.class)))
                        .fetchInto(SYNC_FIELD_CLOCK);
            } else {
                clocks = tx.selectFrom(SYNC_FIELD_CLOCK).where(SYNC_FIELD_CLOCK.ENTITY.eq(entity)).and(SYNC_FIELD_CLOCK.ROW_ID.in(rowIds)).fetch();
            }
            clocks.forEach(row -> held.put(List.of(row.getEntity(), row.getRowId(), row.getField()), row));
        });
        return held;
    }

    /**
     * Sets each field clock (entity, row id, field) to its stamp where that is newer than the one
     * held, reading and writing a few hundred at a time: a fold after a day at a desk touches
     * thousands, and one query each was seconds on a server.
     */
    private static void setFieldClocksWhereNewer(DSLContext tx, Map<List<String>, FieldStamp> stamps) {
        List<List<String>> keys = new ArrayList<>(stamps.keySet());
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<List<String>> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH));
            Map<List<String>, SyncFieldClockRecord> held = readFieldClocks(tx, chunk);
            List<SyncFieldClockRecord> updates = new ArrayList<>();
            List<SyncFieldClockRecord> inserts = new ArrayList<>();
            for (List<String> key : chunk) {
                FieldStamp stamp = stamps.get(key);
                var row = held.get(key);
                if (row == null) {
                    row = tx.newRecord(SYNC_FIELD_CLOCK);
                    row.setEntity(key.get(0));
                    row.setRowId(key.get(1));
                    row.setField(key.get(2));
                    inserts.add(row);
                } else if (stamp.isNewerThan(row.getHlc(), row.getOrigin())) {
                    updates.add(row);
                } else {
                    continue;
                }
                row.setHlc(stamp.hlc());
                row.setOrigin(stamp.origin());
                row.setAuthor(stamp.author());
            }
            writeFieldClocks(tx, inserts, updates);
        }
    }

    /**
     * Inserts and updates field clocks as two batches of one statement each, rendered once and
     * bound per clock: a batch of jOOQ records renders every record's statement anew, which was
     * most of a laptop's time in folding its own edits of a day into its clocks.
     */
    private static void writeFieldClocks(DSLContext tx, java.util.Collection<SyncFieldClockRecord> inserts,
                                         java.util.Collection<SyncFieldClockRecord> updates) {
        if (!inserts.isEmpty()) {
            var insert = tx.batch(tx.insertInto(SYNC_FIELD_CLOCK, SYNC_FIELD_CLOCK.ENTITY, SYNC_FIELD_CLOCK.ROW_ID, SYNC_FIELD_CLOCK.FIELD,
                    SYNC_FIELD_CLOCK.HLC, SYNC_FIELD_CLOCK.ORIGIN, SYNC_FIELD_CLOCK.AUTHOR).values((String) null, null, null, (Long) null, null, null));
            for (SyncFieldClockRecord clock : inserts) {
                insert = insert.bind(clock.getEntity(), clock.getRowId(), clock.getField(), clock.getHlc(), clock.getOrigin(), clock.getAuthor());
            }
            insert.execute();
        }
        if (!updates.isEmpty()) {
            var update = tx.batch(tx.update(SYNC_FIELD_CLOCK).set(SYNC_FIELD_CLOCK.HLC, DSL.param("hlc", Long.class))
                    .set(SYNC_FIELD_CLOCK.ORIGIN, DSL.param("origin", String.class)).set(SYNC_FIELD_CLOCK.AUTHOR, DSL.param("author", String.class))
                    .where(SYNC_FIELD_CLOCK.ENTITY.eq(DSL.param("entity", String.class))).and(SYNC_FIELD_CLOCK.ROW_ID.eq(DSL.param("row_id", String.class)))
                    .and(SYNC_FIELD_CLOCK.FIELD.eq(DSL.param("field", String.class))));
            for (SyncFieldClockRecord clock : updates) {
                update = update.bind(clock.getHlc(), clock.getOrigin(), clock.getAuthor(), clock.getEntity(), clock.getRowId(), clock.getField());
            }
            update.execute();
        }
    }

    private static void stamp(DSLContext tx, ChangeLog.Stamp stamp) {
        ChangeRecording recording = ChangeRecording.current();
        tx.connection(connection -> recording.stamp(connection, stamp));
    }

    // ---------------------------------------------------------------- conflicts

    /** The conflicts nobody has resolved yet, oldest first. */
    public static List<Conflict> openConflicts(DSLContext dsl) {
        return dsl.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.RESOLVED_AT.isNull()).orderBy(SYNC_CONFLICT.FOUND_AT, SYNC_CONFLICT.ID)
                .fetch(row -> new Conflict(row.getId(), row.getEntity(), row.getRowId(), row.getClientId(), row.getField(), row.getKeptValue(),
                        row.getKeptBy(), hlcTime(row.getKeptHlc()), row.getOtherValue(), row.getOtherBy(), hlcTime(row.getOtherHlc()),
                        row.getFoundAt()));
    }

    /**
     * Resolves a conflict: with {@code takeOther}, the other value replaces the kept one (an edit
     * of this store's, synced like any); either way the conflict is marked resolved.
     */
    public static Conflict resolve(Store store, String idPrefix, boolean takeOther, String who) {
        List<Conflict> matching = openConflicts(store.dsl()).stream().filter(conflict -> conflict.id().toString().startsWith(idPrefix)).toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException(matching.isEmpty() ? "No open conflict has the id " + idPrefix + "; run  conflicts  to list them."
                    : "Several open conflicts start with " + idPrefix + "; give more of the id.");
        }
        Conflict conflict = matching.get(0);
        store.inTransaction(tx -> {
            Table<?> table = table(conflict.entity());
            if (takeOther && table != null) {
                Field<?> field = table.field(conflict.field().toUpperCase(Locale.ROOT));
                Object value = conflict.otherValue() == null ? null : field.getDataType().convert(conflict.otherValue());
                Map<Field<?>, Object> values = new LinkedHashMap<>();
                values.put(field, value);
                Field<?> version = table.field(VERSION.toUpperCase(Locale.ROOT));
                if (version != null) {
                    @SuppressWarnings("unchecked")
                    Field<Integer> counter = (Field<Integer>) version;
                    values.put(counter, counter.plus(1));
                }
                tx.update(table).set(values).where(keyOf(table, conflict.rowId())).execute();
            }
            tx.update(SYNC_CONFLICT).set(SYNC_CONFLICT.RESOLVED_AT, store.clock().instant()).set(SYNC_CONFLICT.RESOLVED_BY, who)
                    .where(SYNC_CONFLICT.ID.eq(conflict.id())).execute();
            return null;
        });
        return conflict;
    }

    // ---------------------------------------------------------------- rows and values

    private static Table<?> table(String entity) {
        return app.rapport.store.jooq.Public.PUBLIC.getTable(entity.toUpperCase(Locale.ROOT));
    }

    private static boolean isKey(Table<?> table, Field<?> field) {
        return table.getPrimaryKey() != null && table.getPrimaryKey().getFields().contains(field);
    }

    /** The row a change's row id names (its key values joined by '/', as the capture writes them). */
    private static Condition keyOf(Table<?> table, String rowId) {
        return keyOf(table, keyValues(table, rowId));
    }

    private static Condition keyOf(Table<?> table, List<Object> values) {
        List<? extends Field<?>> keys = table.getPrimaryKey().getFields();
        Condition condition = DSL.noCondition();
        for (int i = 0; i < keys.size(); i++) {
            @SuppressWarnings("unchecked")
            Field<Object> key = (Field<Object>) keys.get(i);
            condition = condition.and(key.eq(values.get(i)));
        }
        return condition;
    }

    /** A row id's key values, each in its field's type. */
    private static List<Object> keyValues(Table<?> table, String rowId) {
        List<? extends Field<?>> keys = table.getPrimaryKey().getFields();
        String[] parts = keys.size() == 1 ? new String[] {rowId} : rowId.split("/", keys.size());
        List<Object> values = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            values.add(keys.get(i).getDataType().convert(parts[i]));
        }
        return values;
    }

    /** The column names of a change's {@code {"column": [before, after]}} values. */
    static List<String> fieldNames(String json) {
        if (json == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toString();
        }
        return value.toString();
    }

    private static Instant hlcTime(long hlc) {
        return Instant.ofEpochMilli(hlc / ChangeLog.HLC_PER_MILLI);
    }

}
