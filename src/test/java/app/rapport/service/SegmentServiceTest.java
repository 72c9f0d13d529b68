package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientSummary;
import app.rapport.domain.Complexity;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;
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
import java.util.Set;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT_COMPETITOR;
import static app.rapport.store.jooq.Tables.COMPETITOR;
import static app.rapport.store.jooq.Tables.OPPORTUNITY;
import static app.rapport.store.jooq.Tables.SEGMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each criterion of a segment, and combinations, on a real store. Today is 14 May 2026 (UTC):
 * <ul>
 *     <li>Anna (vip): bought a complex dryer (Appliances, 500) on 20 April, never contacted: honeymoon, ghosted;</li>
 *     <li>Ben: bought a haircut (Hair, 45) in January 2025, happy on 10 May 2026, refused for price, uses a competitor: mature;</li>
 *     <li>Cara (newsletter): never bought, doubtful on 1 February: prospect;</li>
 *     <li>Dan: bought a haircut in January 2024, neutral in June 2024, refused for timing: lapsed;</li>
 *     <li>Eve (vip, in the trash): never listed.</li>
 * </ul>
 * Some tests add clients of their own (new ones whose first weeks went wrong: honeymoon at risk).
 */
class SegmentServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");

    @TempDir
    Path folder;

    private Store store;
    private SegmentService segments;
    private Client anna;
    private Client ben;
    private Client cara;
    private Client dan;
    private Product dryer;
    private UUID rival;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "segments"), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        segments = new SegmentService(store, clock);
        ClientService clients = new ClientService(store, clock);
        PurchaseService purchases = new PurchaseService(store, clock);
        TouchpointService touchpoints = new TouchpointService(store, clock);
        anna = clients.save(ClientServiceTest.person("Anna", "Berg", List.of(), List.of(), "vip"));
        ben = clients.save(ClientServiceTest.person("Ben", "Okoro", List.of(), List.of()));
        cara = clients.save(ClientServiceTest.person("Cara", "Diaz", List.of(), List.of(), "newsletter"));
        dan = clients.save(ClientServiceTest.person("Dan", "Evans", List.of(), List.of()));
        Client eve = clients.save(ClientServiceTest.person("Eve", "Frost", List.of(), List.of(), "vip"));
        dryer = purchases.saveProduct(new Product(null, "Dryer X2", "Appliances", Complexity.COMPLEX, new BigDecimal("500")));
        Product cut = purchases.saveProduct(new Product(null, "Cut", "Hair", Complexity.SIMPLE, new BigDecimal("45")));
        purchases.save(new Purchase(null, anna.id(), dryer.id(), null, LocalDate.of(2026, 4, 20), new BigDecimal("500"), null, null));
        purchases.save(new Purchase(null, ben.id(), cut.id(), null, LocalDate.of(2025, 1, 10), new BigDecimal("45"), null, null));
        purchases.save(new Purchase(null, dan.id(), cut.id(), null, LocalDate.of(2024, 1, 1), new BigDecimal("45"), null, null));
        purchases.save(new Purchase(null, eve.id(), dryer.id(), null, LocalDate.of(2026, 4, 20), new BigDecimal("500"), null, null));
        touchpoints.log(touchpoint(ben, "2026-05-10T10:00:00Z", Mood.HAPPY));
        touchpoints.log(touchpoint(cara, "2026-02-01T10:00:00Z", Mood.DOUBTFUL));
        touchpoints.log(touchpoint(dan, "2024-06-01T10:00:00Z", Mood.NEUTRAL));
        refusal(ben, "PRICE");
        refusal(dan, "TIMING");
        rival = Ids.next();
        store.dsl().insertInto(COMPETITOR, COMPETITOR.ID, COMPETITOR.NAME, COMPETITOR.CREATED_AT).values(rival, "Cheap Cuts", NOW).execute();
        store.dsl().insertInto(CLIENT_COMPETITOR, CLIENT_COMPETITOR.ID, CLIENT_COMPETITOR.CLIENT_ID, CLIENT_COMPETITOR.COMPETITOR_ID,
                CLIENT_COMPETITOR.RELATION, CLIENT_COMPETITOR.NOTED_ON, CLIENT_COMPETITOR.CREATED_AT)
                .values(Ids.next(), ben.id(), rival, "ALSO_BUYS_FROM", LocalDate.of(2026, 3, 1), NOW).execute();
        new app.rapport.store.ClientStateRepository(store.dsl()).rebuildAll(clock.getZone());
        clients.delete(eve.id());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Touchpoint touchpoint(Client client, String at, Mood mood) {
        return new Touchpoint(null, client.id(), Instant.parse(at), Channel.CALL, null, "Talked", null, mood, null);
    }

    private void refusal(Client client, String reason) {
        store.dsl().insertInto(OPPORTUNITY, OPPORTUNITY.ID, OPPORTUNITY.CLIENT_ID, OPPORTUNITY.KIND, OPPORTUNITY.STATUS,
                        OPPORTUNITY.REASON_CODE, OPPORTUNITY.SUMMARY, OPPORTUNITY.OPENED_ON, OPPORTUNITY.CREATED_AT)
                .values(Ids.next(), client.id(), "REFUSAL", "LOST", reason, "Said no", LocalDate.of(2026, 3, 1), NOW).execute();
    }

    private List<String> names(SegmentCriteria criteria) {
        List<String> names = segments.clients(criteria).stream().map(ClientSummary::displayName).toList();
        assertThat(segments.count(criteria)).as("count of " + criteria).isEqualTo(names.size());
        return names;
    }

    private static SegmentCriteria where() {
        return SegmentCriteria.EVERYONE;
    }

    @Test
    void noCriteriaIsEveryoneOutOfTheTrash() {
        assertThat(names(where())).containsExactly("Anna Berg", "Ben Okoro", "Cara Diaz", "Dan Evans");
    }

    @Test
    void phaseIsTodaysPhaseAndSeveralPhasesAreEitherOr() {
        assertThat(names(where().withPhases(Set.of(Phase.HONEYMOON)))).containsExactly("Anna Berg");
        assertThat(names(where().withPhases(Set.of(Phase.MATURE)))).containsExactly("Ben Okoro");
        assertThat(names(where().withPhases(Set.of(Phase.PROSPECT)))).containsExactly("Cara Diaz");
        assertThat(names(where().withPhases(Set.of(Phase.LAPSED)))).containsExactly("Dan Evans");
        assertThat(names(where().withPhases(Set.of(Phase.PROSPECT, Phase.LAPSED)))).containsExactly("Cara Diaz", "Dan Evans");
    }

    @Test
    void aNewClientWhoseFirstWeeksWentWrongIsAtRiskNotMature() {
        TestClock clock = new TestClock(NOW);
        ClientService clients = new ClientService(store, clock);
        PurchaseService purchases = new PurchaseService(store, clock);
        Client fay = clients.save(ClientServiceTest.person("Fay", "Gray", List.of(), List.of()));
        Client gil = clients.save(ClientServiceTest.person("Gil", "Hart", List.of(), List.of()));
        for (Client client : List.of(fay, gil)) {
            purchases.save(new Purchase(null, client.id(), null, "Colour", LocalDate.of(2026, 5, 5), new BigDecimal("80"), null, null));
        }
        new OpportunityService(store, clock).save(new app.rapport.domain.Opportunity(null, fay.id(),
                app.rapport.domain.OpportunityKind.COMPLAINT, null, null, null, null, "The colour faded", LocalDate.of(2026, 5, 11), null));
        new TouchpointService(store, clock).log(touchpoint(gil, "2026-05-12T10:00:00Z", Mood.FRUSTRATED));

        assertThat(names(where().withPhases(Set.of(Phase.HONEYMOON_AT_RISK)))).as("bought 9 days ago, then complained or was frustrated")
                .containsExactly("Fay Gray", "Gil Hart");
        assertThat(names(where().withPhases(Set.of(Phase.MATURE)))).as("mature is a relationship that has lasted").containsExactly("Ben Okoro");
        assertThat(names(where().withPhases(Set.of(Phase.HONEYMOON)))).containsExactly("Anna Berg");
        assertThat(names(where().withPhases(Set.of(Phase.HONEYMOON, Phase.HONEYMOON_AT_RISK))))
                .containsExactly("Anna Berg", "Fay Gray", "Gil Hart");
    }

    @Test
    void aSegmentOfClientsAtRiskIsSavedWithThePhaseCodeAndReadBack() {
        SegmentCriteria criteria = where().withPhases(Set.of(Phase.HONEYMOON_AT_RISK, Phase.MATURE));
        Segment saved = segments.save(new Segment(null, "Needs care", criteria, null, null));

        assertThat(store.dsl().select(SEGMENT.DEFINITION).from(SEGMENT).where(SEGMENT.ID.eq(saved.id())).fetchOne(SEGMENT.DEFINITION))
                .isEqualTo("{\"version\":1,\"phases\":[\"honeymoon-at-risk\",\"mature\"]}");
        assertThat(segments.findByName("Needs care")).get().satisfies(found -> {
            assertThat(found.readable()).as(found.problem()).isTrue();
            assertThat(found.segment().criteria()).isEqualTo(criteria);
        });
    }

    @Test
    void aStoredPhaseIsReadByItsCodeOrItsNameAndAnUnknownOneIsAProblem() {
        store.dsl().insertInto(SEGMENT, SEGMENT.ID, SEGMENT.NAME, SEGMENT.DEFINITION, SEGMENT.CREATED_AT, SEGMENT.UPDATED_AT)
                .values(Ids.next(), "Old names", "{\"version\": 1, \"phases\": [\"mature\", \"HONEYMOON_AT_RISK\"]}", NOW, NOW)
                .values(Ids.next(), "Made up", "{\"version\": 1, \"phases\": [\"newlywed\"]}", NOW, NOW).execute();

        assertThat(segments.findByName("Old names").orElseThrow().segment().criteria().phases())
                .containsExactlyInAnyOrder(Phase.MATURE, Phase.HONEYMOON_AT_RISK);
        assertThat(segments.findByName("Made up").orElseThrow().problem())
                .isEqualTo("Segment criterion 'phases' has an unknown value 'newlywed'");
    }

    @Test
    void moodIsTheLatestRecordedMood() {
        assertThat(names(where().withMoods(Set.of(Mood.HAPPY)))).containsExactly("Ben Okoro");
        assertThat(names(where().withMoods(Set.of(Mood.DOUBTFUL, Mood.NEUTRAL)))).containsExactly("Cara Diaz", "Dan Evans");
        assertThat(names(where().withMoods(Set.of(Mood.REGRETFUL)))).isEmpty();
    }

    @Test
    void anyOfTheTagsWillDo() {
        assertThat(names(where().withTags(Set.of("vip")))).containsExactly("Anna Berg");
        assertThat(names(where().withTags(Set.of("vip", "newsletter")))).containsExactly("Anna Berg", "Cara Diaz");
    }

    @Test
    void lastContactBeforeOrAfterADayAndWithinOrBeyondSomeDays() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertThat(names(where().withContact(march, null, null, null))).as("no contact since, never contacted included")
                .containsExactly("Anna Berg", "Cara Diaz", "Dan Evans");
        assertThat(names(where().withContact(null, march, null, null))).containsExactly("Ben Okoro");
        assertThat(names(where().withContact(null, LocalDate.of(2026, 2, 1), null, null))).as("the day itself counts")
                .containsExactly("Ben Okoro", "Cara Diaz");
        assertThat(names(where().withContact(null, null, 102, null))).as("Cara's last contact is 102 days old")
                .containsExactly("Anna Berg", "Cara Diaz", "Dan Evans");
        assertThat(names(where().withContact(null, null, 103, null))).containsExactly("Anna Berg", "Dan Evans");
        assertThat(names(where().withContact(null, null, null, 4))).containsExactly("Ben Okoro");
        assertThat(names(where().withContact(null, null, null, 3))).isEmpty();
    }

    @Test
    void purchasedProductOrCategory() {
        assertThat(names(where().withPurchases(Set.of(dryer.id()), null))).as("Eve bought one too, but is in the trash")
                .containsExactly("Anna Berg");
        assertThat(names(where().withPurchases(null, Set.of("Hair")))).containsExactly("Ben Okoro", "Dan Evans");
        assertThat(names(where().withPurchases(null, Set.of("Hair", "Appliances")))).containsExactly("Anna Berg", "Ben Okoro", "Dan Evans");
    }

    @Test
    void refusalReasonAndCompetitorLink() {
        assertThat(names(where().withRefusalReasons(Set.of("PRICE")))).containsExactly("Ben Okoro");
        assertThat(names(where().withRefusalReasons(Set.of("PRICE", "TIMING")))).containsExactly("Ben Okoro", "Dan Evans");
        assertThat(names(where().withRefusalReasons(Set.of("QUALITY")))).isEmpty();
        assertThat(names(where().withCompetitors(Set.of(rival)))).containsExactly("Ben Okoro");
    }

    @Test
    void spendIsTheTotalOfPurchasesWithBothBoundsIncluded() {
        assertThat(names(where().withSpent(new BigDecimal("100"), null))).containsExactly("Anna Berg");
        assertThat(names(where().withSpent(null, new BigDecimal("45")))).containsExactly("Ben Okoro", "Cara Diaz", "Dan Evans");
        assertThat(names(where().withSpent(new BigDecimal("45"), new BigDecimal("45.00")))).containsExactly("Ben Okoro", "Dan Evans");
    }

    @Test
    void ghostedOrNot() {
        assertThat(names(where().withGhosted(true))).containsExactly("Anna Berg");
        assertThat(names(where().withGhosted(false))).containsExactly("Ben Okoro", "Cara Diaz", "Dan Evans");
    }

    @Test
    void criteriaCombineWithAnd() {
        assertThat(names(where().withTags(Set.of("vip")).withPhases(Set.of(Phase.HONEYMOON)))).containsExactly("Anna Berg");
        assertThat(names(where().withTags(Set.of("vip")).withPhases(Set.of(Phase.MATURE)))).isEmpty();
        assertThat(names(where().withPhases(Set.of(Phase.MATURE, Phase.LAPSED)).withPurchases(null, Set.of("Hair"))
                .withRefusalReasons(Set.of("TIMING")))).containsExactly("Dan Evans");
        assertThat(names(where().withPurchases(null, Set.of("Hair")).withContact(null, null, 90, null).withMoods(Set.of(Mood.NEUTRAL))))
                .containsExactly("Dan Evans");
    }

    @Test
    void aSavedSegmentIsFoundByNameWithItsCriteriaAndNamesAreUnique() {
        SegmentCriteria criteria = where().withPhases(Set.of(Phase.MATURE, Phase.LAPSED)).withTags(Set.of("vip"))
                .withContact(LocalDate.of(2026, 1, 1), null, 30, null).withPurchases(Set.of(dryer.id()), Set.of("Hair"))
                .withRefusalReasons(Set.of("PRICE")).withCompetitors(Set.of(rival)).withSpent(new BigDecimal("10.50"), null)
                .withGhosted(false).withMoods(Set.of(Mood.HAPPY));
        Segment saved = segments.save(new Segment(null, "  Loyal VIPs ", criteria, null, null));

        assertThat(saved.name()).isEqualTo("Loyal VIPs");
        assertThat(segments.findByName("loyal vips")).get().satisfies(found -> {
            assertThat(found.readable()).isTrue();
            assertThat(found.segment().criteria()).isEqualTo(criteria);
        });
        assertThatThrownBy(() -> segments.save(new Segment(null, "LOYAL VIPS", where(), null, null)))
                .isInstanceOf(ValidationException.class).hasMessage("Another segment is already called \u201cLOYAL VIPS\u201d.");
    }

    @Test
    void impossibleCriteriaAreRefused() {
        assertThatThrownBy(() -> segments.save(new Segment(null, "Odd", where().withSpent(BigDecimal.TEN, BigDecimal.ONE), null, null)))
                .isInstanceOf(ValidationException.class).hasMessage("The most spent (1) is below the least (10).");
        assertThat(segments.segments()).isEmpty();
    }

    @Test
    void aStoredDefinitionThatCannotBeReadIsListedWithItsProblem() {
        store.dsl().insertInto(SEGMENT, SEGMENT.ID, SEGMENT.NAME, SEGMENT.DEFINITION, SEGMENT.CREATED_AT, SEGMENT.UPDATED_AT)
                .values(Ids.next(), "Broken", "{\"version\": 1, \"phase\": [\"mature\"]}", NOW, NOW).execute();

        assertThat(segments.segments()).singleElement().satisfies(s -> {
            assertThat(s.readable()).isFalse();
            assertThat(s.problem()).isEqualTo("Unknown segment criterion 'phase'");
        });
    }
}
