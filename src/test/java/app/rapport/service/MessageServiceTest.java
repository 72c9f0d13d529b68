package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Purchase;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.message.TemplateProblem;
import app.rapport.store.Store;
import app.rapport.store.TestStores;
import app.rapport.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private MessageService messages;
    private ClientService clients;
    private PurchaseService purchases;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "messages"), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        messages = new MessageService(store, clock);
        clients = new ClientService(store, clock);
        purchases = new PurchaseService(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTemplateIsSavedAndFilledInForAClientWithTheirLastPurchase() {
        Client anna = clients.save(ClientServiceTest.person("Anna", "Berg", List.of("+44 7700 900123"), List.of("anna@example.org")));
        purchases.save(new Purchase(null, anna.id(), null, "Kettle", LocalDate.of(2026, 1, 5), BigDecimal.TEN, null, null));
        purchases.save(new Purchase(null, anna.id(), null, "Toaster", LocalDate.of(2026, 4, 30), BigDecimal.TEN, null, null));
        messages.setBusinessName("Bright Home");
        MessageTemplate saved = messages.save(new MessageTemplate(null, " Thank you ", MessageChannel.EMAIL,
                "Your {{lastPurchase}}", "Hi {{addressAs}}, thanks for buying the {{lastPurchase}} on {{lastPurchaseDate}}. {{businessName}}", null, null));

        assertThat(saved.name()).isEqualTo("Thank you");
        assertThat(messages.templates()).extracting(MessageTemplate::name).containsExactly("Thank you");
        MessageService.Addressed message = messages.render(saved, anna.id()).orElseThrow();
        assertThat(message.message().subject()).isEqualTo("Your Toaster");
        assertThat(message.message().body()).isEqualTo("Hi Anna, thanks for buying the Toaster on 30 April 2026. Bright Home");
        assertThat(message.email()).isEqualTo("anna@example.org");
        assertThat(message.mailto()).contains("mailto:anna@example.org?subject=Your%20Toaster&body=Hi%20Anna%2C%20thanks%20for%20buying%20the%20Toaster%20on%2030%20April%202026.%20Bright%20Home");
    }

    @Test
    void aTemplateWithAnUnknownFieldOrNoNameIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> messages.save(new MessageTemplate(null, "", MessageChannel.MESSAGE, null, "Hi {{firstname}}", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("name", "Give the template a name."),
                        new FieldProblem("body", "Unknown merge field {{firstname}} (body, line 1, column 4); did you mean {{firstName}}?")));
        assertThat(messages.templates()).isEmpty();
    }

    @Test
    void namesAreUniqueIgnoringCaseAndADeletedTemplateComesBackWhenSavedAgain() {
        MessageTemplate first = messages.save(new MessageTemplate(null, "Welcome", MessageChannel.MESSAGE, null, "Hi", null, null));
        assertThatThrownBy(() -> messages.save(new MessageTemplate(null, "welcome", MessageChannel.MESSAGE, null, "Hello", null, null)))
                .isInstanceOf(ValidationException.class).hasMessage("Another template is already called \u201cwelcome\u201d.");

        MessageTemplate deleted = messages.delete(first.id()).orElseThrow();
        assertThat(messages.templates()).isEmpty();
        messages.save(deleted);
        assertThat(messages.templates()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(first.id());
            assertThat(t.body()).isEqualTo("Hi");
        });
    }

    @Test
    void aClientWithoutAPurchaseGetsAGapThatIsReported() {
        Client prospect = clients.save(ClientServiceTest.person("Luca", "Neri", List.of(), List.of()));
        MessageTemplate template = messages.save(new MessageTemplate(null, "T", MessageChannel.MESSAGE, null, "How is the {{lastPurchase}}?", null, null));

        MessageService.Addressed message = messages.render(template, prospect.id()).orElseThrow();

        assertThat(message.message().problems()).extracting(TemplateProblem::kind).containsExactly(TemplateProblem.Kind.NO_VALUE);
        assertThat(message.mailto()).isEmpty();
    }
}
