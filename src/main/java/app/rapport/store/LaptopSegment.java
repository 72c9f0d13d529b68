package app.rapport.store;

import app.rapport.domain.DisplayFormat;
import app.rapport.domain.brief.BriefSettings;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static app.rapport.store.jooq.Tables.CLIENT;

/**
 * A saved segment of a team book that a laptop was linked with ("my territory", issue 19): the
 * clients it picks on the server today, out of the trash. The laptop holds those clients with every
 * row of theirs, and every table that belongs to no one client (people, playbook, templates,
 * competitors, segments, settings) whole. The criteria are read from the server's book each time,
 * so a segment edited at the office moves the territory at the laptop's next sync.
 */
public final class LaptopSegment {
    private final UUID id;
    private final String name;
    private final Condition picks;

    private LaptopSegment(UUID id, String name, Condition picks) {
        this.id = id;
        this.name = name;
        this.picks = picks;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /**
     * The saved segment called {@code name} (ignoring case) in {@code server}'s book. An unknown
     * name, or a segment whose criteria cannot be read, is refused with the saved names listed.
     */
    static LaptopSegment named(DSLContext server, String name, Clock clock) {
        SegmentRepository segments = new SegmentRepository(server);
        SegmentRepository.Stored stored = segments.findByName(name).orElseThrow(() ->
                new UnknownSegmentException(name, segments.all().stream().map(segment -> segment.segment().name()).toList()));
        return of(server, stored, clock);
    }

    /**
     * The segment with this id in {@code server}'s book; empty once it was deleted there, or while
     * its criteria cannot be read (a sync must not stop over it: the laptop keeps what it holds).
     */
    static Optional<LaptopSegment> byId(DSLContext server, String id, Clock clock) {
        return new SegmentRepository(server).find(UUID.fromString(id)).filter(stored -> stored.problem() == null)
                .map(stored -> of(server, stored, clock));
    }

    private static LaptopSegment of(DSLContext server, SegmentRepository.Stored stored, Clock clock) {
        if (stored.problem() != null) {
            throw new StoreException("The segment \u201c" + stored.segment().name() + "\u201d cannot be read (" + stored.problem()
                    + "); open it in Clients \u2192 Segments\u2026 at the office and save it again.");
        }
        BriefSettings settings = BriefSettings.from(new SettingRepository(server).all(), DisplayFormat.BRITISH.locale(), new ArrayList<>());
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return new LaptopSegment(stored.segment().id(), stored.segment().name(),
                SegmentConditions.of(stored.segment().criteria(), today, settings).and(CLIENT.DELETED_AT.isNull()));
    }

    /** The ids of the clients the segment picks, as a sub-select to run on the server. */
    Select<Record1<UUID>> clientIds() {
        return DSL.select(CLIENT.ID).from(CLIENT).where(picks);
    }

    /**
     * The clients the segment picks on the server now that {@code laptop} does not hold yet: those
     * that came to match since the laptop's last look.
     */
    List<UUID> newcomers(DSLContext server, DSLContext laptop) {
        Set<UUID> held = new HashSet<>(laptop.select(CLIENT.ID).from(CLIENT).fetch(CLIENT.ID));
        return server.fetch(clientIds()).getValues(CLIENT.ID).stream().filter(id -> !held.contains(id)).toList();
    }

    /**
     * The rows of {@code table} a laptop holding the clients {@code held} accepts keeps: a client's
     * own row, or a row whose {@code client_id} names one of them. A table no client owns, and a row
     * that names no client (a SWOT card noted from nobody in particular), is everyone's.
     */
    static Condition rowsOf(Table<?> table, Function<Field<UUID>, Condition> held) {
        Field<UUID> owner = owner(table);
        if (owner == null) {
            return DSL.noCondition();
        }
        return table.equals(CLIENT) ? held.apply(owner) : owner.isNull().or(held.apply(owner));
    }

    /** The rows of {@code table} that belong to one of {@code clients}; nothing of a table no client owns. */
    static Condition rowsOfOnly(Table<?> table, Collection<UUID> clients) {
        Field<UUID> owner = owner(table);
        return owner == null ? DSL.falseCondition() : owner.in(clients);
    }

    /** Whether {@code table}'s rows belong to one client each (a segment laptop holds them only for its clients). */
    static boolean perClient(Table<?> table) {
        return owner(table) != null;
    }

    /** The column naming the client a row of {@code table} belongs to, or null for a table no client owns. */
    private static Field<UUID> owner(Table<?> table) {
        if (table.equals(CLIENT)) {
            return CLIENT.ID;
        }
        Field<?> clientId = table.field("CLIENT_ID");
        if (clientId == null || !UUID.class.equals(clientId.getType())) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Field<UUID> owner = (Field<UUID>) clientId;
        return owner;
    }
}
