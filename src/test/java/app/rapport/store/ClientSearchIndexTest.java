package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSort;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Ids;
import app.rapport.service.ClientService;
import app.rapport.service.ContactService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static app.rapport.store.jooq.Tables.CLIENT;
import static app.rapport.store.jooq.Tables.CLIENT_TAG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search answers from memory; these check that it follows every way a client can change,
 * including writes that bypass the client service, on a real store file.
 */
class ClientSearchIndexTest {
    @TempDir
    Path folder;

    private Store store;
    private ClientService clients;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "search"), Clock.systemDefaultZone());
        clients = new ClientService(store, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsByWordStartEmailTagAndAnyPhoneFragment() {
        clients.save(person("Zoë", "Álvarez", "(555) 014-2231", "zoe.alvarez@mail.example", "Gold member"));
        clients.save(person("Tom", "Berg", "+46 70 999 88 77", "tom@berg.example", "regular"));
        clients.save(person("Ian", "Long", "00 44 1234 567 890 123", "ian@long.example"));
        clients.save(person("Ana", "Nophone", null, "ana@none.example"));

        assertThat(names("zoe")).containsExactly("Zoë Álvarez");
        assertThat(names("ALV")).containsExactly("Zoë Álvarez");
        assertThat(names("zoe.alv")).containsExactly("Zoë Álvarez");
        assertThat(names("mail")).containsExactly("Zoë Álvarez");
        assertThat(names("gold mem")).containsExactly("Zoë Álvarez");
        assertThat(names("0142")).containsExactly("Zoë Álvarez");
        assertThat(names("555 014")).containsExactly("Zoë Álvarez");
        assertThat(names("999 88")).containsExactly("Tom Berg");
        // only a phone's last fifteen digits are searched
        assertThat(names("0044")).isEmpty();
        assertThat(names("441234")).containsExactly("Ian Long");
        // a fragment of the last three digits is too short to be a phone search
        assertThat(names("231")).isEmpty();
        assertThat(names("2231")).containsExactly("Zoë Álvarez");
        assertThat(names("0143")).isEmpty();
        // every word must match
        assertThat(names("tom zoe")).isEmpty();
        assertThat(names("lvarez")).isEmpty();
    }

    @Test
    void followsTheTrashAndItsRestore() {
        Client saved = clients.save(person("Maya", "Lindqvist", "0701234567", "maya@example.org", "vip"));
        assertThat(names("lindq")).containsExactly("Maya Lindqvist");

        clients.delete(saved.id());
        assertThat(names("lindq")).isEmpty();
        assertThat(clients.search("lindq", 10).totalMatching()).isZero();

        clients.restore(saved.id());
        assertThat(names("lindq")).containsExactly("Maya Lindqvist");
    }

    @Test
    void seesRowsWrittenWithoutTheClientService() {
        Client saved = clients.save(person("Ada", "Moreau", "0612345678", "ada@example.org"));
        clients.save(person("Otto", "Keller", "0798765432", "otto@keller.example", "Zürich"));
        clients.save(person("Yusuf", "Demir", "0551234567", "yusuf@demir.example"));
        names("ada"); // the index has read the book

        store.inTransaction(dsl -> dsl.update(CLIENT).set(CLIENT.DISPLAY_NAME, "Ada Moreau-Lenoir")
                .set(CLIENT.LAST_NAME, "Moreau-Lenoir").where(CLIENT.ID.eq(saved.id())).execute());
        store.dsl().insertInto(CLIENT_TAG, CLIENT_TAG.CLIENT_ID, CLIENT_TAG.TAG).values(saved.id(), "Lyon").execute();

        assertThat(names("lenoir")).containsExactly("Ada Moreau-Lenoir");
        assertThat(names("lyon")).containsExactly("Ada Moreau-Lenoir");
        // the clients nobody changed are still found by every part of them
        assertThat(names("zurich")).containsExactly("Otto Keller");
        assertThat(names("98765")).containsExactly("Otto Keller");
        assertThat(names("yusuf@demir")).containsExactly("Yusuf Demir");
        assertThat(names("0612")).containsExactly("Ada Moreau-Lenoir");
    }

    @Test
    void aChangeReadBeforeItsTransactionEndsIsReadAgainAfter() {
        clients.save(person("Ada", "Moreau", "0612345678", "ada@example.org"));
        names("ada");

        store.inTransaction(dsl -> {
            Client bruno = person("Bruno", "Costa", "0698765432", "bruno@example.org");
            Instant now = Instant.now();
            new ClientRepository(dsl).insert(ClientBuilder.from(bruno).id(Ids.next()).createdAt(now).updatedAt(now).build());
            // another connection searches meanwhile: the new client is not committed yet
            assertThat(names("bruno")).isEmpty();
            return null;
        });

        assertThat(names("bruno")).containsExactly("Bruno Costa");
    }

    @Test
    void aMergedClientIsFoundOnceUnderTheKeptName() {
        Client kept = clients.save(person("Lena", "Fischer", "0151111222", "lena@example.org"));
        Client gone = clients.save(person("L.", "Fischer", "0151999888", "lena.f@work.example"));
        ContactService contacts = new ContactService(store, Clock.systemUTC());

        ContactService.MergeDone merge = contacts.merge(kept.id(), gone.id());
        assertThat(names("fischer")).containsExactly("Lena Fischer");
        assertThat(names("0151999")).containsExactly("Lena Fischer");

        contacts.unmerge(merge);
        assertThat(names("fischer")).containsExactlyInAnyOrder("L. Fischer", "Lena Fischer");
    }

    @Test
    void aLongListIsCountedInFullAndShownInNameOrder() {
        for (int i = 0; i < 30; i++) {
            clients.save(person("Sam", String.format("Member%02d", 29 - i), "07000000" + String.format("%02d", i), "sam" + i + "@club.example"));
        }
        ClientService.SearchResult firstTen = clients.search("sam", ClientSort.NAME, null, 10);

        assertThat(firstTen.totalMatching()).isEqualTo(30);
        assertThat(firstTen.clients()).extracting(ClientSummary::displayName)
                .containsExactly("Sam Member00", "Sam Member01", "Sam Member02", "Sam Member03", "Sam Member04",
                        "Sam Member05", "Sam Member06", "Sam Member07", "Sam Member08", "Sam Member09");
        assertThat(clients.search("sam", ClientSort.NAME, "no such tag", 10).totalMatching()).isZero();
    }

    private List<String> names(String query) {
        return clients.search(query, ClientSort.NAME, null, 100).clients().stream().map(ClientSummary::displayName).toList();
    }

    private static Client person(String first, String last, String phone, String email, String... tags) {
        ClientBuilder client = ClientBuilder.person(first, last).email("home", email).tags(tags);
        if (phone != null) {
            client.phone("mobile", phone);
        }
        return client.build();
    }
}
