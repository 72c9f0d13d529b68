package app.rapport.service;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientKind;
import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.Direction;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Touchpoint;
import app.rapport.store.Store;
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

import static app.rapport.store.jooq.Tables.AUDIT_LOG;
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
        store = Store.open(StoreLocation.of(folder.resolve("clients").toString()), Clock.systemDefaultZone());
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

        Client edited = clients.save(new Client(saved.id(), ClientKind.PERSON, "Maya", "Lindqvist", "Maya Lindqvist", null, null,
                List.of(new ContactPoint("mobile", "+46 70 555 0101")), List.of(new ContactPoint("work", "maya@newjob.example")),
                saved.address(), null, null, null, List.of("vip", "returning"), Map.of(), saved.createdAt(), saved.updatedAt(), null));

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
        assertThat(auditActions(saved.id())).containsExactly("create", "update");
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
        Client saved = clients.save(new Client(chosen, ClientKind.COMPANY, null, null, "Hale Carpentry", "Hale Carpentry Ltd", null,
                List.of(), List.of(), null, null, null, Channel.EMAIL, List.of(), Map.of(), null, null, null));
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
        Client saved = clients.save(new Client(null, ClientKind.PERSON, " Zoë ", "Álvarez", "Zoë Álvarez", null, "Zo",
                List.of(), List.of(), new Address("Main St 1", "75001", "Paris", "", "France"), LocalDate.of(1990, 4, 23),
                "referral", Channel.VISIT, List.of("colour", "colour", " balayage "), custom, null, null, null));

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
        Client invalid = person("Anna", "Berg", List.of("+46 70 123 45 67", "12"), List.of("anna@example.org", "anna@"), "vip");

        assertThatThrownBy(() -> clients.save(invalid))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("phones[1]", "emails[1]");
                    assertThat(e.problems()).extracting(FieldProblem::message).contains("Email 2 is not an email address: 'anna@'");
                });
        assertThat(clients.count()).isZero();
        assertThat(store.dsl().fetchCount(CLIENT)).isZero();
        assertThat(store.dsl().fetchCount(AUDIT_LOG)).isZero();
    }

    @Test
    void anInvalidEditLeavesTheStoredClientAsItWas() {
        Client saved = clients.save(person("Anna", "Berg", List.of(), List.of("anna@example.org")));
        Client broken = new Client(saved.id(), ClientKind.PERSON, "Anna", "Nilsson", "Anna Nilsson", null, null, List.of(),
                List.of(new ContactPoint("home", "anna at example.org")), null, null, null, null, List.of(), Map.of(), null, null, null);

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
        assertThat(auditActions(anna.id())).containsExactly("create", "delete", "restore");
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

    private List<String> auditActions(UUID clientId) {
        return store.dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq("client")).and(AUDIT_LOG.ENTITY_ID.eq(clientId))
                .orderBy(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION);
    }

    static Client person(String first, String last, List<String> phones, List<String> emails, String... tags) {
        return new Client(null, ClientKind.PERSON, first, last, first + " " + last, null, null,
                phones.stream().map(p -> new ContactPoint("mobile", p)).toList(),
                emails.stream().map(e -> new ContactPoint("home", e)).toList(),
                null, null, null, null, List.of(tags), Map.of(), null, null, null);
    }
}
