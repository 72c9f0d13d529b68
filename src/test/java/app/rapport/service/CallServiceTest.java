package app.rapport.service;

import app.rapport.domain.ClientBuilder;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.PhoneNumbers;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who is calling, from the number the phone system gives, written however it writes it. */
class CallServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private ClientService clients;
    private CallService calls;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "calls"), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        clients = new ClientService(store, clock);
        calls = new CallService(store, clock);
        new ContactService(store, clock).changePhoneFormat("GB", PhoneNumbers.Style.NATIONAL);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNumberWrittenNationallyOrInternationallyFindsTheClientWhoseNumberItIs() {
        var maria = clients.save(ClientBuilder.person("Maria", "Okafor").phone("mobile", "+44 20 7946 0018").build());
        clients.save(ClientBuilder.person("Tom", "Hale").phone("mobile", "020 7946 0019").build());

        for (String calling : new String[] {"020 7946 0018", "+442079460018", "(020) 7946-0018"}) {
            CallService.IncomingCall call = calls.incoming(calling);
            assertThat(call.client()).as(calling).map(ClientSummary::id).contains(maria.id());
            assertThat(call.e164()).isEqualTo("+442079460018");
            assertThat(call.at()).isEqualTo(NOW);
        }
    }

    @Test
    void aNumberNobodyHasIsAnUnknownCallerAndASharedOneListsEveryoneWhoHasIt() {
        var anna = clients.save(ClientBuilder.person("Anna", "Berg").phone("home", "01632 960123").build());
        var ben = clients.save(ClientBuilder.person("Ben", "Berg").phone("home", "+44 1632 960123").build());
        var gone = clients.save(ClientBuilder.person("Carl", "Berg").phone("home", "01632 960123").build());
        clients.delete(gone.id());

        assertThat(calls.incoming("01632 960999").clients()).isEmpty();
        assertThat(calls.incoming("555").clients()).as("not a number that can be read").isEmpty();
        assertThat(calls.incoming("01632 960123").clients()).extracting(ClientSummary::id)
                .as("the trash is not asked").containsExactlyInAnyOrder(anna.id(), ben.id());
        assertThatThrownBy(() -> calls.incoming(" ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Give the number that is calling");
    }

    @Test
    void aNumberStoredWithoutARegionToReadItInIsFoundByItsDigitsHoweverTheCallGivesIt() {
        new ContactService(store, new TestClock(NOW)).changePhoneFormat("", PhoneNumbers.Style.NATIONAL);
        var jonathan = clients.save(ClientBuilder.person("Jonathan", "Duarte").phone("mobile", "0491 570 462").build());
        var freya = clients.save(ClientBuilder.person("Freya", "Ivanovic").phone("mobile", "(617) 555-0162").build());
        var tom = clients.save(ClientBuilder.person("Tom", "Hale").phone("mobile", "07700 900875").build());
        clients.save(ClientBuilder.person("Ruth", "Duarte").phone("mobile", "0491 570 463").build());

        java.util.Map<String, java.util.UUID> callers = java.util.Map.of("0491570462", jonathan.id(), "(0491) 570-462", jonathan.id(),
                "+16175550162", freya.id(), "617 555 0162", freya.id(), "07700900875", tom.id(), "+44 7700 900875", tom.id());
        callers.forEach((calling, client) -> assertThat(calls.incoming(calling).clients()).as(calling)
                .extracting(ClientSummary::id).containsExactly(client));
        assertThat(calls.incoming("0491 570 999").clients()).isEmpty();
        assertThat(calls.incoming("555").clients()).as("too few digits to compare").isEmpty();
    }
}
