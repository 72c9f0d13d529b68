package app.rapport.service;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientKind;
import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.Direction;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.change.Change;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private TestClock clock;
    private ClientService clients;
    private TouchpointService touchpoints;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "clients"), Clock.systemDefaultZone());
        clock = new TestClock(NOW);
        clients = new ClientService(store, clock);
        touchpoints = new TouchpointService(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewClientWithTwoPhonesIsFoundByAFragmentOfEither() {
        Client saved = clients.save(person("Maya", "Okafor", List.of("+44 7700 900123", "(020) 7946-0958"), List.of("maya@example.org"), "vip"));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.createdAt()).isEqualTo(NOW);
        assertThat(saved.updatedAt()).isEqualTo(NOW);
        assertThat(saved.phones()).extracting(ContactPoint::value).containsExactly("+44 7700 900123", "(020) 7946-0958");
        assertThat(names("7700 900")).containsExactly("Maya Okafor");
        assertThat(names("7946")).containsExactly("Maya Okafor");
        assertThat(names("0958")).containsExactly("Maya Okafor");
        assertThat(clients.profile(saved.id())).get().extracting(ClientService.ClientProfile::client).isEqualTo(saved);
        ClientSummary row = clients.search("maya", 10).clients().get(0);
        assertThat(row.primaryPhone()).isEqualTo("+44 7700 900123");
        assertThat(row.primaryEmail()).isEqualTo("maya@example.org");
        assertThat(row.tags()).containsExactly("vip");
    }

    @Test
    void anEditedClientIsFoundByTheNewNameAndEmailAndNoLongerByTheOldOnes() {
        Client saved = clients.save(person("Maya", "Okafor", List.of("+44 7700 900123"), List.of("maya@oldmail.example"), "vip"));
        clock.advance(Duration.ofHours(2));

        Client edited = clients.save(ClientBuilder.named("Maya Lindqvist").id(saved.id()).version(saved.version()).phone("mobile", "+46 70 555 0101")
                .email("work", "maya@newjob.example").address(saved.address()).tags("vip", "returning")
                .createdAt(saved.createdAt()).updatedAt(saved.updatedAt()).build());

        assertThat(edited.createdAt()).isEqualTo(NOW);
        assertThat(edited.updatedAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(names("lindq")).containsExactly("Maya Lindqvist");
        assertThat(names("newjob")).containsExactly("Maya Lindqvist");
        assertThat(names("maya@newjob.example")).containsExactly("Maya Lindqvist");
        assertThat(names("555 0101")).containsExactly("Maya Lindqvist");
        assertThat(names("returning")).containsExactly("Maya Lindqvist");
        assertThat(names("okafor")).isEmpty();
        assertThat(names("oldmail")).isEmpty();
        assertThat(names("900123")).isEmpty();
        assertThat(names("maya")).containsExactly("Maya Lindqvist");
        assertThat(clients.count()).isEqualTo(1);
        assertThat(loggedOperations(saved.id())).containsExactly(Change.Operation.INSERT, Change.Operation.UPDATE);
    }

    @Test
    void theFirstPageShowsTheFirstClientsByNameLeavingOutTheTrash() {
        Client zoe = clients.save(person("Zoe", "Adams", List.of(), List.of(), "vip"));
        Client cal = clients.save(person("Cal", "Moss", List.of(), List.of(), "vip"));
        Client bea = clients.save(person("Bea", "Young", List.of("+44 7700 900123"), List.of("bea@example.org"), "vip"));
        Client abe = clients.save(person("Abe", "Lin", List.of(), List.of(), "vip"));
        clients.delete(abe.id());

        ClientService.SearchResult page = clients.firstPage(2);

        assertThat(page.clients()).extracting(ClientSummary::id).containsExactly(bea.id(), cal.id());
        assertThat(page.clients().get(0).primaryPhone()).isEqualTo("+44 7700 900123");
        assertThat(clients.count()).isEqualTo(3);
        assertThat(zoe.id()).isNotIn(page.clients().stream().map(ClientSummary::id).toList());
    }

    @Test
    void aClientWithAnIdTheStoreDoesNotKnowIsNew() {
        UUID chosen = UUID.randomUUID();
        Client saved = clients.save(ClientBuilder.client().id(chosen).kind(ClientKind.COMPANY).displayName("Hale Carpentry")
                .companyName("Hale Carpentry Ltd").preferredChannel(Channel.EMAIL).build());
        assertThat(saved.id()).isEqualTo(chosen);
        assertThat(saved.kind()).isEqualTo(ClientKind.COMPANY);
        assertThat(saved.preferredChannel()).isEqualTo(Channel.EMAIL);
        assertThat(names("hale")).containsExactly("Hale Carpentry");
    }

    @Test
    void savingKeepsTheProfileFieldsAndCustomFieldsInOrder() {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("Shoe size", "39");
        custom.put("Allergies", "latex");
        Client saved = clients.save(ClientBuilder.client().firstName(" Zoë ").lastName("Álvarez").displayName("Zoë Álvarez").addressAs("Zo")
                .address(new Address("Main St 1", "75001", "Paris", "", "France")).birthday(LocalDate.of(1990, 4, 23))
                .source("referral").preferredChannel(Channel.VISIT).tags("colour", "colour", " balayage ").customFields(custom).build());

        Client stored = clients.profile(saved.id()).orElseThrow().client();
        assertThat(stored.firstName()).isEqualTo("Zoë");
        assertThat(stored.address()).isEqualTo(new Address("Main St 1", "75001", "Paris", null, "France"));
        assertThat(stored.birthday()).isEqualTo(LocalDate.of(1990, 4, 23));
        assertThat(stored.greetingName()).isEqualTo("Zo");
        assertThat(stored.tags()).containsExactly("balayage", "colour");
        assertThat(stored.customFields()).containsExactly(Map.entry("Shoe size", "39"), Map.entry("Allergies", "latex"));
        assertThat(names("alvarez")).containsExactly("Zoë Álvarez");
    }

    @Test
    void anInvalidClientIsRefusedWithEveryProblemAndNothingIsWritten() {
        long changesBefore = new ChangeService(store).lastSeq();
        Client invalid = person("Anna", "Berg", List.of("+46 70 123 45 67", "12"), List.of("anna@example.org", "anna@"), "vip");

        assertThatThrownBy(() -> clients.save(invalid))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("phones[1]", "emails[1]");
                    assertThat(e.problems()).extracting(FieldProblem::message).contains("Email 2 is not an email address: 'anna@'");
                });
        assertThat(clients.count()).isZero();
        assertThat(store.dsl().fetchCount(CLIENT)).isZero();
        assertThat(new ChangeService(store).lastSeq()).isEqualTo(changesBefore);
    }

    @Test
    void anInvalidEditLeavesTheStoredClientAsItWas() {
        Client saved = clients.save(person("Anna", "Berg", List.of(), List.of("anna@example.org")));
        Client broken = ClientBuilder.named("Anna Nilsson").id(saved.id()).email("home", "anna at example.org").build();

        assertThatThrownBy(() -> clients.save(broken)).isInstanceOf(ValidationException.class);
        assertThat(clients.profile(saved.id()).orElseThrow().client()).isEqualTo(saved);
        assertThat(names("nilsson")).isEmpty();
        assertThat(names("berg")).containsExactly("Anna Berg");
    }

    @Test
    void aDeletedClientLeavesSearchCountAndProfileForTheTrashAndComesBackRestored() {
        Client anna = clients.save(person("Anna", "Berg", List.of("0612 345 678"), List.of()));
        Client andrew = clients.save(person("Andrew", "Hale", List.of(), List.of()));
        clock.advance(Duration.ofMinutes(1));
        clients.delete(anna.id());
        clock.advance(Duration.ofMinutes(1));
        clients.delete(andrew.id());

        assertThat(names("an")).isEmpty();
        assertThat(names("0612 345")).isEmpty();
        assertThat(clients.count()).isZero();
        assertThat(clients.profile(anna.id())).isEmpty();
        assertThat(clients.trash()).extracting(ClientSummary::displayName).containsExactly("Andrew Hale", "Anna Berg");

        clients.delete(anna.id());
        clients.restore(anna.id());

        assertThat(names("an")).containsExactly("Anna Berg");
        assertThat(names("0612 345")).containsExactly("Anna Berg");
        assertThat(clients.count()).isEqualTo(1);
        assertThat(clients.profile(anna.id())).isPresent();
        assertThat(clients.trash()).extracting(ClientSummary::displayName).containsExactly("Andrew Hale");
        assertThat(loggedOperations(anna.id())).containsExactly(Change.Operation.INSERT, Change.Operation.DELETE, Change.Operation.RESTORE);
        assertThatThrownBy(() -> clients.delete(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theListSortsByNameByLastContactOrByNextFollowUp() {
        Client anna = clients.save(person("Anna", "Berg", List.of(), List.of()));
        Client bo = clients.save(person("Bo", "Ek", List.of(), List.of()));
        Client cleo = clients.save(person("Cleo", "Dahl", List.of(), List.of()));
        Client dan = clients.save(person("Dan", "Frisk", List.of(), List.of()));
        log(bo, NOW.minus(Duration.ofDays(30)), LocalDate.of(2026, 6, 1));
        log(cleo, NOW.minus(Duration.ofDays(2)), LocalDate.of(2026, 5, 20));
        log(dan, NOW.minus(Duration.ofDays(10)), null);

        assertThat(sorted(ClientSort.NAME)).containsExactly("Anna Berg", "Bo Ek", "Cleo Dahl", "Dan Frisk");
        assertThat(sorted(ClientSort.LAST_TOUCHPOINT)).containsExactly("Cleo Dahl", "Dan Frisk", "Bo Ek", "Anna Berg");
        assertThat(sorted(ClientSort.NEXT_FOLLOW_UP)).containsExactly("Cleo Dahl", "Bo Ek", "Anna Berg", "Dan Frisk");

        List<ClientSummary> rows = clients.search("", ClientSort.NEXT_FOLLOW_UP, null, 10).clients();
        assertThat(rows.get(0).nextFollowUpOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(rows.get(1).nextFollowUpOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(rows.get(2).nextFollowUpOn()).isNull();
        assertThat(clients.search("bo", 10).clients().get(0).nextFollowUpOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(clients.search("cleo", 10).clients().get(0).lastTouchpointAt()).isEqualTo(NOW.minus(Duration.ofDays(2)));
        assertThat(anna.id()).isNotNull();
    }

    @Test
    void aLimitedListStillCountsEveryMatch() {
        for (String name : List.of("Anna", "Anders", "Annika", "Bo")) {
            clients.save(person(name, "Berg", List.of(), List.of()));
        }
        ClientService.SearchResult result = clients.search("an", ClientSort.NAME, null, 2);
        assertThat(result.clients()).extracting(ClientSummary::displayName).containsExactly("Anders Berg", "Anna Berg");
        assertThat(result.totalMatching()).isEqualTo(3);
        assertThat(clients.search("berg", ClientSort.NAME, null, 10).totalMatching()).isEqualTo(4);
    }

    @Test
    void aTagNarrowsTheListAndTagsListsEveryTagInUse() {
        clients.save(person("Anna", "Berg", List.of(), List.of(), "vip", "Colour"));
        clients.save(person("Andrew", "Hale", List.of(), List.of(), "balayage"));
        Client bo = clients.save(person("Bo", "Ek", List.of(), List.of(), "vip", "trash-only"));
        clients.delete(bo.id());

        assertThat(clients.search("", ClientSort.NAME, "vip", 10).clients()).extracting(ClientSummary::displayName)
                .containsExactly("Anna Berg");
        assertThat(clients.search("an", ClientSort.NAME, "balayage", 10).clients()).extracting(ClientSummary::displayName)
                .containsExactly("Andrew Hale");
        assertThat(clients.search("", ClientSort.NAME, "vip", 10).totalMatching()).isEqualTo(1);
        assertThat(clients.tags()).containsExactly("balayage", "Colour", "vip");
    }

    private void log(Client client, Instant at, LocalDate followUpOn) {
        touchpoints.log(new Touchpoint(null, client.id(), at, Channel.CALL, Direction.OUTBOUND, "Checked in", null, null, followUpOn));
    }

    private List<String> sorted(ClientSort sort) {
        return clients.search("", sort, null, 100).clients().stream().map(ClientSummary::displayName).toList();
    }

    private List<String> names(String query) {
        return clients.search(query, ClientSort.NAME, null, 100).clients().stream().map(ClientSummary::displayName).toList();
    }

    /** What the change log says was done to the client's own row, in order. */
    private List<Change.Operation> loggedOperations(UUID clientId) {
        return new ChangeService(store).since(0, clientId, 1_000).stream()
                .filter(change -> change.entity().equals("client")).map(Change::operation).toList();
    }

    static Client person(String first, String last, List<String> phones, List<String> emails, String... tags) {
        ClientBuilder client = ClientBuilder.person(first, last).tags(tags);
        phones.forEach(phone -> client.phone("mobile", phone));
        emails.forEach(email -> client.email("home", email));
        return client.build();
    }
}
