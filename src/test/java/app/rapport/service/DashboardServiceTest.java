package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Complexity;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.dashboard.Chart;
import app.rapport.domain.dashboard.Slice;
import app.rapport.store.ClientStateRepository;
import app.rapport.store.TestStores;
import app.rapport.store.Store;
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

import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dashboard's charts on a small store, today being 14 May 2026 (UTC): Anna bought a complex
 * dryer on 20 April and was never called back (honeymoon, ghosted since 28 April); Ben bought in
 * January 2025 and heard nothing until a happy call on 12 May (ghosted until then); Cara never
 * bought, was frustrated in an email in March, and refused for price.
 */
class DashboardServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private DashboardService dashboard;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "dashboard"), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        dashboard = new DashboardService(store, clock);
        ClientService clients = new ClientService(store, clock);
        PurchaseService purchases = new PurchaseService(store, clock);
        TouchpointService touchpoints = new TouchpointService(store, clock);
        Client anna = clients.save(ClientServiceTest.person("Anna", "Berg", List.of(), List.of()));
        Client ben = clients.save(ClientServiceTest.person("Ben", "Okoro", List.of(), List.of()));
        Client cara = clients.save(ClientServiceTest.person("Cara", "Diaz", List.of(), List.of()));
        Product dryer = purchases.saveProduct(new Product(null, "Dryer X2", "Appliances", Complexity.COMPLEX, new BigDecimal("500")));
        purchases.save(new Purchase(null, anna.id(), dryer.id(), null, LocalDate.of(2026, 4, 20), new BigDecimal("500"), null, null));
        purchases.save(new Purchase(null, ben.id(), null, "Cut", LocalDate.of(2025, 1, 10), new BigDecimal("45"), null, null));
        touchpoints.log(new Touchpoint(null, ben.id(), Instant.parse("2026-05-12T10:00:00Z"), Channel.CALL, null, "Called", null, Mood.HAPPY, null));
        touchpoints.log(new Touchpoint(null, cara.id(), Instant.parse("2026-03-03T10:00:00Z"), Channel.EMAIL, null, "Wrote", null, Mood.FRUSTRATED, null));
        store.dsl().insertInto(OPPORTUNITY, OPPORTUNITY.ID, OPPORTUNITY.CLIENT_ID, OPPORTUNITY.KIND, OPPORTUNITY.STATUS,
                        OPPORTUNITY.REASON_CODE, OPPORTUNITY.SUMMARY, OPPORTUNITY.OPENED_ON, OPPORTUNITY.CREATED_AT)
                .values(Ids.next(), cara.id(), "REFUSAL", "LOST", "PRICE", "Too dear", LocalDate.of(2026, 3, 3), NOW).execute();
        new ClientStateRepository(store.dsl()).rebuildAll(clock.getZone());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static long value(Chart chart, String series, String category) {
        return chart.series().stream().filter(s -> s.name().equals(series)).findFirst().orElseThrow().bars().stream()
                .filter(bar -> bar.category().equals(category)).findFirst().orElseThrow().value();
    }

    private List<String> clientsBehind(Chart chart, String series, String category) {
        Slice slice = chart.series().stream().filter(s -> s.name().equals(series)).findFirst().orElseThrow().bars().stream()
                .filter(bar -> bar.category().equals(category)).findFirst().orElseThrow().slice();
        return dashboard.clients(slice).stream().map(ClientSummary::displayName).toList();
    }

    @Test
    void everyChartCountsWhatItSaysAndItsBarsOpenTheirClients() {
        List<Chart> charts = dashboard.charts();
        assertThat(charts).extracting(Chart::title).containsExactly("Clients by phase", "Mood at touchpoints, by month",
                "Clients being ghosted, at each month's end", "Refusals by reason", "Opportunities won and lost, by kind",
                "Touchpoints per week, by channel");

        Chart phases = charts.get(0);
        assertThat(phases.categories()).containsExactly("Prospect", "Honeymoon", "Honeymoon at risk", "Mature", "Lapsed");
        assertThat(phases.series().get(0).bars()).extracting(Chart.Bar::value).containsExactly(1L, 1L, 0L, 1L, 0L);
        assertThat(clientsBehind(phases, "Clients", "Honeymoon")).containsExactly("Anna Berg");

        Chart moods = charts.get(1);
        assertThat(moods.categories()).hasSize(12).endsWith("May 26");
        assertThat(value(moods, "Positive", "May 26")).isEqualTo(1);
        assertThat(value(moods, "Negative", "Mar 26")).isEqualTo(1);
        assertThat(clientsBehind(moods, "Negative", "Mar 26")).containsExactly("Cara Diaz");

        Chart ghosted = charts.get(2);
        assertThat(value(ghosted, "Ghosted", "Mar 26")).as("Ben, not called since his purchase").isEqualTo(1);
        assertThat(value(ghosted, "Ghosted", "Apr 26")).as("and Anna, ten days after a complex purchase").isEqualTo(2);
        assertThat(value(ghosted, "Ghosted", "May 26")).as("Ben was called on 12 May").isEqualTo(1);
        assertThat(clientsBehind(ghosted, "Ghosted", "May 26")).containsExactly("Anna Berg");

        Chart refusals = charts.get(3);
        assertThat(value(refusals, "Refusals", "Price")).isEqualTo(1);
        assertThat(value(refusals, "Refusals", "No need")).isZero();
        assertThat(clientsBehind(refusals, "Refusals", "Price")).containsExactly("Cara Diaz");

        Chart outcomes = charts.get(4);
        assertThat(value(outcomes, "Lost", "Refusal")).isEqualTo(1);
        assertThat(value(outcomes, "Won", "Refusal")).isZero();

        Chart weeks = charts.get(5);
        assertThat(weeks.categories()).hasSize(12).endsWith("11 May");
        assertThat(value(weeks, "Call", "11 May")).isEqualTo(1);
        assertThat(clientsBehind(weeks, "Call", "11 May")).containsExactly("Ben Okoro");
    }

    @Test
    void aNewClientWhoComplainedIsCountedAsHoneymoonAtRiskNotAsMature() {
        TestClock clock = new TestClock(NOW);
        Client dora = new ClientService(store, clock).save(ClientServiceTest.person("Dora", "Ekwueme", List.of(), List.of()));
        new PurchaseService(store, clock).save(new Purchase(null, dora.id(), null, "Colour", LocalDate.of(2026, 5, 5),
                new BigDecimal("80"), null, null));
        new OpportunityService(store, clock).save(new Opportunity(null, dora.id(), OpportunityKind.COMPLAINT, null, null, null, null,
                "The colour faded", LocalDate.of(2026, 5, 11), null));

        Chart phases = dashboard.clientsByPhase();

        assertThat(phases.series().get(0).bars()).extracting(Chart.Bar::category, Chart.Bar::value).containsExactly(
                tuple("Prospect", 1L), tuple("Honeymoon", 1L), tuple("Honeymoon at risk", 1L), tuple("Mature", 1L), tuple("Lapsed", 0L));
        assertThat(clientsBehind(phases, "Clients", "Honeymoon at risk")).containsExactly("Dora Ekwueme");
        assertThat(clientsBehind(phases, "Clients", "Mature")).as("only Ben's relationship has lasted").containsExactly("Ben Okoro");
        Slice atRisk = phases.series().get(0).bars().get(2).slice();
        assertThat(atRisk).isEqualTo(new Slice.InPhase(Phase.HONEYMOON_AT_RISK));
        assertThat(atRisk.describe()).isEqualTo("Clients in the honeymoon at risk phase");
    }

    @Test
    void anEmptyStoreGivesChartsThatSayTheyAreEmpty() {
        store.dsl().deleteFrom(OPPORTUNITY).execute();
        store.dsl().deleteFrom(app.rapport.store.jooq.Tables.TOUCHPOINT).execute();
        assertThat(dashboard.refusalReasons().isEmpty()).isTrue();
        assertThat(dashboard.touchpointsByWeek().isEmpty()).isTrue();
        assertThat(dashboard.moodByMonth().isEmpty()).isTrue();
    }
}
