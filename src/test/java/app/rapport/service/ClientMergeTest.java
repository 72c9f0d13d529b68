package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.contacts.DuplicateFinder;
import app.rapport.demo.DemoBusiness;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Merging two clients on a real H2 store: every row of history moves, and undo puts it all back. */
class ClientMergeTest {
    private static final List<String> HISTORY = List.of("TOUCHPOINT", "NOTE", "PURCHASE", "FOLLOW_UP", "OPPORTUNITY", "CLIENT_COMPETITOR");

    @TempDir
    Path folder;

    private Store store;
    private ContactService contacts;
    private ClientService clients;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "merge"), Clock.systemDefaultZone());
        TestClock clock = new TestClock(Instant.parse("2026-05-14T09:30:00Z"));
        new DemoDataService(store, clock).load(DemoBusiness.MIXED, 60, 11, Progress.NONE);
        contacts = new ContactService(store, clock);
        clients = new ClientService(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mergeMovesAllHistoryAndUndoRestoresBothClients() {
        List<UUID> busiest = store.dsl().select(CLIENT.ID).from(CLIENT).orderBy(CLIENT.LAST_TOUCHPOINT_AT.desc().nullsLast(), CLIENT.ID)
                .limit(2).fetch(CLIENT.ID);
        UUID kept = busiest.get(0);
        UUID gone = busiest.get(1);
        Map<String, Integer> keptBefore = history(kept);
        Map<String, Integer> goneBefore = history(gone);
        Client keptProfile = clients.profile(kept).orElseThrow().client();
        Client goneProfile = clients.profile(gone).orElseThrow().client();
        assertThat(goneBefore.values().stream().mapToInt(Integer::intValue).sum()).as("the merged-away client has history").isPositive();

        ContactService.MergeDone merged = contacts.merge(kept, gone);

        Map<String, Integer> keptAfter = history(kept);
        for (String table : HISTORY) {
            assertThat(keptAfter.get(table)).as(table).isEqualTo(keptBefore.get(table) + goneBefore.get(table));
            assertThat(history(gone).get(table)).as(table).isZero();
        }
        Client combined = clients.profile(kept).orElseThrow().client();
        assertThat(combined.phones()).extracting(ContactPoint::value)
                .containsAll(keptProfile.phones().stream().map(ContactPoint::value).toList());
        assertThat(combined.emails().size()).isGreaterThanOrEqualTo(keptProfile.emails().size());
        assertThat(clients.profile(gone)).as("the other record is in the trash").isEmpty();
        assertThat(merged.movedCount()).isEqualTo(goneBefore.values().stream().mapToInt(Integer::intValue).sum());

        contacts.unmerge(merged);

        assertThat(history(kept)).isEqualTo(keptBefore);
        assertThat(history(gone)).isEqualTo(goneBefore);
        assertThat(clients.profile(kept).orElseThrow().client().phones()).isEqualTo(keptProfile.phones());
        assertThat(clients.profile(kept).orElseThrow().client().emails()).isEqualTo(keptProfile.emails());
        assertThat(clients.profile(gone).orElseThrow().client().displayName()).isEqualTo(goneProfile.displayName());
        assertThat(clients.search(goneProfile.displayName(), 10).clients()).extracting(s -> s.id()).contains(gone);
    }

    @Test
    void findDuplicatesPairsClientsSharingAnEmailOrASimilarName() {
        Client anna = clients.save(ClientServiceTest.person("Annabelle", "Winterbottom", List.of(), List.of("anna@winter.example")));
        Client typo = clients.save(ClientServiceTest.person("Anabelle", "Winterbottom", List.of(), List.of()));
        Client sameMail = clients.save(ClientServiceTest.person("A.", "W.", List.of(), List.of("ANNA@winter.example")));

        List<DuplicateFinder.Pair> pairs = contacts.findDuplicates();

        assertThat(pairs).anySatisfy(pair -> {
            assertThat(List.of(pair.first().id(), pair.second().id())).containsExactlyInAnyOrder(anna.id(), typo.id());
            assertThat(pair.reason()).isEqualTo("similar name");
        });
        assertThat(pairs).anySatisfy(pair -> {
            assertThat(List.of(pair.first().id(), pair.second().id())).contains(sameMail.id());
            assertThat(pair.reason()).isEqualTo("same email anna@winter.example");
        });
    }

    private Map<String, Integer> history(UUID clientId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : HISTORY) {
            Field<UUID> column = DSL.field(DSL.name(table, "CLIENT_ID"), UUID.class);
            counts.put(table, store.dsl().fetchCount(DSL.table(DSL.name(table)), column.eq(clientId)));
        }
        return counts;
    }
}
