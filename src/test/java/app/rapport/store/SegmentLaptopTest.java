package app.rapport.store;

import app.rapport.demo.DemoBusiness;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Direction;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
import app.rapport.service.ClientService;
import app.rapport.service.DemoDataService;
import app.rapport.service.NoteService;
import app.rapport.service.Progress;
import app.rapport.service.SegmentService;
import app.rapport.service.TouchpointService;
import org.jooq.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static app.rapport.store.SameBook.rows;
import static app.rapport.store.jooq.Tables.AUDIT_LOG;
import static app.rapport.store.jooq.Tables.CHANGE_LOG;
import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_STATE;
import static app.rapport.store.jooq.Tables.NOTE;
import static app.rapport.store.jooq.Tables.PURCHASE;
import static app.rapport.store.jooq.Tables.TOUCHPOINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A laptop linked with a saved segment of the team book ("my territory", issue 19): it holds the
 * segment's clients with their whole history and every table no client owns; sync keeps it so —
 * a client who comes to match at the office arrives whole, changes of other clients stay away, and
 * the laptop's own work is sent as from any laptop. PostgreSQL only (the server is one).
 */
@Tag("postgresql")
class SegmentLaptopTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String NORTH = "territory-north";
    /** Each store's own bookkeeping, and derived state each node works out for itself. */
    private static final Set<Table<?>> NOT_COMPARED = Set.of(CHANGE_LOG, AUDIT_LOG, CLIENT_STATE);

    @TempDir
    Path folder;

    @Test
    void aSegmentLaptopHoldsExactlyTheSegmentsClientsWithTheirWholeHistoryAndEveryTableNoClientOwns() {
        StoreLocation server = bookOnServer();
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, "North")) {
            List<UUID> north = tagged(office, 0, 5, 10, 15);

            assertThat(clientIds(ana)).containsExactlyInAnyOrderElementsOf(north);
            assertThat(ana.dsl().fetchCount(TOUCHPOINT)).as("their calls and visits came along")
                    .isPositive().isEqualTo(office.dsl().fetchCount(TOUCHPOINT, TOUCHPOINT.CLIENT_ID.in(north)));
            assertThat(ana.dsl().fetchCount(PURCHASE)).isEqualTo(office.dsl().fetchCount(PURCHASE, PURCHASE.CLIENT_ID.in(north)));
            assertSameRowsFor(office, ana, north);
            FieldLaptops.Territory territory = FieldLaptops.territory(ana.dsl()).orElseThrow();
            assertThat(territory).extracting(FieldLaptops.Territory::segment, FieldLaptops.Territory::held, FieldLaptops.Territory::bookClients)
                    .containsExactly("North", 4, office.dsl().fetchCount(CLIENT, CLIENT.DELETED_AT.isNull()));
            assertThat(FieldLaptops.laptops(office)).extracting(FieldLaptops.Laptop::name, FieldLaptops.Laptop::segment)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "North"));
        }
    }

    @Test
    void aClientWhoComesToMatchAtTheOfficeArrivesWholeAtTheNextSyncAndChangesOfOthersStayAway() {
        StoreLocation server = bookOnServer();
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, "North")) {
            List<UUID> everyone = clientIds(office);
            List<UUID> north = new ArrayList<>(tagged(office, 0, 5, 10, 15));
            UUID joining = everyone.get(7);
            UUID outside = everyone.get(8);
            new NoteService(office, CLOCK).add(joining, "Moved to the north side of town", false);
            save(office, joining, client -> client.tags(plus(client.build().tags(), NORTH)));
            new NoteService(office, CLOCK).add(outside, "Only the office needs this", false);
            save(office, outside, client -> client.source("office fair"));

            FieldLaptops.Round round = FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            north.add(joining);
            assertThat(round.joined()).isEqualTo(1);
            assertThat(clientIds(ana)).containsExactlyInAnyOrderElementsOf(north).doesNotContain(outside);
            assertThat(ana.dsl().fetchCount(NOTE, NOTE.CLIENT_ID.eq(outside))).as("a change of a client outside the segment").isZero();
            assertThat(ana.dsl().select(NOTE.BODY).from(NOTE).where(NOTE.CLIENT_ID.eq(joining)).fetch(NOTE.BODY))
                    .as("the newcomer's history, the note written before the tag too").contains("Moved to the north side of town");
            assertSameRowsFor(office, ana, north);

            FieldLaptops.Round again = FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);
            assertThat(again.joined()).as("a client copied once is held").isZero();
            assertSameRowsFor(office, ana, north);
        }
    }

    @Test
    void theLaptopsWorkOnItsClientsIsSentAndAClientWhoStopsMatchingStaysOnTheLaptop() {
        StoreLocation server = bookOnServer();
        try (Store office = Store.open(server, CLOCK);
             Store ana = linkedLaptop("ana", server, "North")) {
            List<UUID> north = tagged(office, 0, 5);
            ana.workAs("Ana");
            UUID call = new TouchpointService(ana, CLOCK).log(new Touchpoint(null, north.get(0), NOW, Channel.VISIT, Direction.OUTBOUND,
                    "Visited in the car park: wants the bigger model", null, null, null)).id();
            save(ana, north.get(1), client -> client.companyName("Ana's new lead"));
            UUID created = new ClientService(ana, CLOCK).save(ClientBuilder.person("Nia", "Fieldwork").build()).id();
            save(office, north.get(1), client -> client.tags(minus(client.build().tags(), NORTH)));

            FieldLaptops.Round round = FieldLaptops.sync(ana, server, CLOCK, FieldLaptops.Progress.NONE);

            assertThat(round.pushed()).isPositive();
            assertThat(office.dsl().fetchExists(TOUCHPOINT, TOUCHPOINT.ID.eq(call))).as("Ana's visit reached the office").isTrue();
            assertThat(client(office, north.get(1)).companyName()).isEqualTo("Ana's new lead");
            assertThat(client(office, created).lastName()).as("a client made on the laptop").isEqualTo("Fieldwork");
            assertThat(clientIds(ana)).as("the client who left the segment stays, and so does Ana's own").contains(north.get(1), created);
            assertThat(client(ana, north.get(1)).tags()).as("the office's edit of a held client").doesNotContain(NORTH);
            assertThat(FieldLaptops.waiting(ana)).isZero();
        }
    }

    @Test
    void anUnknownSegmentIsRefusedWithTheSavedOnesNamedAndNothingIsCopiedOrListed() {
        StoreLocation server = bookOnServer();
        try (Store office = Store.open(server, CLOCK);
             Store laptop = Store.open(StoreLocation.of(folder.resolve("ben").toString()), CLOCK)) {
            assertThatThrownBy(() -> FieldLaptops.link(laptop, server, "ben", "South", CLOCK))
                    .isInstanceOf(UnknownSegmentException.class)
                    .hasMessageContaining("no saved segment called \u201cSouth\u201d").hasMessageContaining("North");
            assertThat(FieldLaptops.link(laptop.dsl())).isEmpty();
            assertThat(laptop.dsl().fetchCount(CLIENT)).isZero();
            assertThat(FieldLaptops.laptops(office)).isEmpty();
        }
    }

    // ------------------------------------------------------------------

    /** A salon book of 20 clients with their history, and a saved segment "North": the clients tagged {@value #NORTH}. */
    private StoreLocation bookOnServer() {
        StoreLocation server = TestStores.emptyServerDatabase();
        try (Store office = Store.open(server, CLOCK)) {
            new DemoDataService(office, CLOCK).load(DemoBusiness.SALON, 20, 5, Progress.NONE);
            new SegmentService(office, CLOCK).save(new Segment(null, "North", SegmentCriteria.EVERYONE.withTags(Set.of(NORTH)), null, null));
        }
        return server;
    }

    private Store linkedLaptop(String name, StoreLocation server, String segment) {
        try (Store office = Store.open(server, CLOCK)) {
            List<UUID> everyone = clientIds(office);
            for (int index : new int[] {0, 5, 10, 15}) {
                save(office, everyone.get(index), client -> client.tags(plus(client.build().tags(), NORTH)));
            }
        }
        Store laptop = Store.open(StoreLocation.of(folder.resolve(name).toString()), CLOCK);
        FieldLaptops.link(laptop, server, name, segment, CLOCK);
        return laptop;
    }

    /** The clients at these places in id order, which {@link #linkedLaptop} tagged. */
    private static List<UUID> tagged(Store office, int... indexes) {
        List<UUID> everyone = clientIds(office);
        List<UUID> chosen = new ArrayList<>();
        for (int index : indexes) {
            chosen.add(everyone.get(index));
        }
        return chosen;
    }

    /** Every book table: on the laptop, exactly the server's rows of {@code clients} (and the rows no client owns). */
    private static void assertSameRowsFor(Store server, Store laptop, Collection<UUID> clients) {
        for (Table<?> table : BookCopy.copiedTables()) {
            if (NOT_COMPARED.contains(table)) {
                continue;
            }
            assertThat(rows(laptop, table)).as("%s on the laptop", table.getName())
                    .isEqualTo(rows(server, table, LaptopSegment.rowsOf(table, client -> client.in(clients))));
        }
    }

    private static List<UUID> clientIds(Store store) {
        return store.dsl().select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.ID).fetch(CLIENT.ID);
    }

    private static Client client(Store store, UUID id) {
        return new ClientService(store, CLOCK).profile(id).orElseThrow().client();
    }

    private static void save(Store store, UUID id, UnaryOperator<ClientBuilder> change) {
        new ClientService(store, store.clock()).save(change.apply(ClientBuilder.from(client(store, id))).build());
    }

    private static List<String> plus(Collection<String> tags, String tag) {
        Set<String> all = new HashSet<>(tags);
        all.add(tag);
        return List.copyOf(all);
    }

    private static List<String> minus(Collection<String> tags, String tag) {
        return tags.stream().filter(kept -> !kept.equals(tag)).toList();
    }
}
