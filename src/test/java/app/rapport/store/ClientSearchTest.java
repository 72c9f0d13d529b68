package app.rapport.store;

import app.rapport.domain.Client;
import app.rapport.domain.ClientSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSearchTest {
    @TempDir
    Path folder;

    private Store store;

    @BeforeEach
    void fill() {
        store = Store.open(TestStores.location(folder, "search"), Clock.systemDefaultZone());
        store.inTransaction(dsl -> {
            ClientRepository clients = new ClientRepository(dsl);
            clients.insert(StoreTest.client("Zoë Álvarez", "(555) 014-2231", "zoe.alvarez@example.org", "colour"));
            clients.insert(StoreTest.client("Anna Berg", "+46 70 123 45 67", "anna.berg@mail.example", "vip"));
            clients.insert(StoreTest.client("Andrew Hale", "0612 345 678", "drew@halecarpentry.example", "sensitive-scalp"));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsByNamePrefixWithoutCaseOrAccents() {
        assertThat(names("an")).containsExactly("Andrew Hale", "Anna Berg");
        assertThat(names("zoe")).containsExactly("Zoë Álvarez");
        assertThat(names("ALVA")).containsExactly("Zoë Álvarez");
        assertThat(names("an be")).containsExactly("Anna Berg");
    }

    @Test
    void findsByPhoneDigitsInAnyFormat() {
        assertThat(names("555 014")).containsExactly("Zoë Álvarez");
        assertThat(names("0142231")).containsExactly("Zoë Álvarez");
        assertThat(names("345")).containsExactly("Andrew Hale", "Anna Berg");
        assertThat(names("+46 70")).containsExactly("Anna Berg");
    }

    @Test
    void findsByEmailAndTag() {
        assertThat(names("drew@hale")).containsExactly("Andrew Hale");
        assertThat(names("halecarpentry")).containsExactly("Andrew Hale");
        assertThat(names("vip")).containsExactly("Anna Berg");
        assertThat(names("scalp")).containsExactly("Andrew Hale");
    }

    @Test
    void anEmptyQueryListsEveryoneAndANonsenseQueryNobody() {
        assertThat(names("  ")).containsExactly("Andrew Hale", "Anna Berg", "Zoë Álvarez");
        assertThat(names("qqqq")).isEmpty();
        assertThat(new ClientRepository(store.dsl(), store.searchIndex()).countMatching("an")).isEqualTo(2);
    }

    @Test
    void aSummaryCarriesWhatTheListShows() {
        ClientSummary anna = new ClientRepository(store.dsl(), store.searchIndex()).search("anna", 10).get(0);
        assertThat(anna.primaryPhone()).isEqualTo("+46 70 123 45 67");
        assertThat(anna.primaryEmail()).isEqualTo("anna.berg@mail.example");
        assertThat(anna.tags()).containsExactly("vip");
    }

    private List<String> names(String query) {
        return new ClientRepository(store.dsl(), store.searchIndex()).search(query, 100).stream().map(ClientSummary::displayName).toList();
    }
}
