package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.ConversationType;
import app.rapport.domain.today.TodayItem;
import app.rapport.domain.today.TodayReason;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each reason a client is in the Today queue, on a real store, and how contact takes them out. */
class TodayServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @TempDir
    Path folder;

    private Store store;
    private TestClock clock;
    private ClientService clients;
    private PurchaseService purchases;
    private TouchpointService touchpoints;
    private TodayService today;
    private Product kettle;
    private Product oven;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "today"), Clock.systemDefaultZone());
        clock = new TestClock(NOW);
        clients = new ClientService(store, clock);
        purchases = new PurchaseService(store, clock);
        touchpoints = new TouchpointService(store, clock);
        today = new TodayService(store, clock);
        kettle = purchases.saveProduct(new Product(null, "Kettle", "kitchen", Complexity.SIMPLE, BigDecimal.TEN));
        oven = purchases.saveProduct(new Product(null, "Steam oven", "kitchen", Complexity.COMPLEX, BigDecimal.valueOf(900)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyBookHasAnEmptyQueue() {
        assertThat(today.queue().items()).isEmpty();
        assertThat(today.queue().day()).isEqualTo(TODAY);
    }

    @Test
    void followUpsDueTodayAndOverdueAreThereUntilATouchpointClosesThem() {
        UUID late = client("Lena Late", null);
        UUID due = client("Dora Due", null);
        UUID later = client("Lara Later", null);
        FollowUpService followUps = new FollowUpService(store, clock);
        clock.advance(Duration.ofDays(-5));
        followUps.create(late, TODAY.minusDays(3), "Send the price list");
        clock.advance(Duration.ofDays(5));
        followUps.create(due, TODAY, "Call about the delivery day");
        followUps.create(later, TODAY.plusDays(2), "Not yet");

        List<TodayItem> queue = today.queue().items();
        assertThat(queue).extracting(TodayItem::clientName).containsExactly("Lena Late", "Dora Due");
        assertThat(queue.get(0).reason()).isEqualTo(TodayReason.FOLLOW_UP_OVERDUE);
        assertThat(queue.get(0).overdue(TODAY)).isTrue();
        assertThat(queue.get(0).why()).contains("Send the price list").contains("3 days ago");
        assertThat(queue.get(1).reason()).isEqualTo(TodayReason.FOLLOW_UP_DUE);

        call(late, null);
        assertThat(today.queue().items()).extracting(TodayItem::clientName).containsExactly("Dora Due");
    }

    @Test
    void aFollowUpCannotBeDueInThePastNorHaveNoReason() {
        UUID ada = client("Ada Byron", null);
        FollowUpService followUps = new FollowUpService(store, clock);
        assertThatThrownBy(() -> followUps.create(ada, TODAY.minusDays(1), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("dueOn", "reason"));
    }

    @Test
    void anOpenComplaintIsThereUntilTheClientIsContactedOrItCloses() {
        UUID vera = client("Vera Vexed", null);
        buy(vera, kettle, TODAY.minusDays(200), null, null);
        touchpoints.log(touchpoint(vera, NOW.minus(Duration.ofDays(30)), null));
        OpportunityService opportunities = new OpportunityService(store, clock);
        Opportunity complaint = opportunities.save(new Opportunity(null, vera, OpportunityKind.COMPLAINT, null, kettle.id(), null, null,
                "The kettle leaks", TODAY.minusDays(2), null));

        TodayItem item = only();
        assertThat(item.reason()).isEqualTo(TodayReason.OPEN_COMPLAINT);
        assertThat(item.why()).contains("The kettle leaks");
        // What to say is the brief's: it leads with the same complaint.
        assertThat(new BriefService(store, clock).brief(vera).orElseThrow().conversation().owner().rule()).isEqualTo("situation.open-complaint");

        opportunities.setStatus(complaint.id(), OpportunityStatus.WON);
        assertThat(today.queue().items()).isEmpty();
    }

    @Test
    void aBuyerNotContactedPastTheGhostingWindowIsGhostedUntilLoggingATouchpoint() {
        UUID gus = client("Gus Ghost", null);
        buy(gus, kettle, TODAY.minusDays(30), null, null); // simple: 21-day window

        TodayItem item = only();
        assertThat(item.reason()).isEqualTo(TodayReason.GHOSTED);
        assertThat(item.due()).isEqualTo(TODAY.minusDays(30).plusDays(22));
        assertThat(item.why()).contains("30 days ago").contains("heard nothing");

        call(gus, null);
        assertThat(today.queue().items()).isEmpty();
    }

    @Test
    void aNewBuyerGetsACheckInSoonerForAComplexProductThanForASimpleOne() {
        UUID olga = client("Olga Oven", null);
        UUID kurt = client("Kurt Kettle", null);
        buy(olga, oven, TODAY.minusDays(3), null, null); // complex: check in after 2 days
        buy(kurt, kettle, TODAY.minusDays(3), null, null); // simple: after 5

        TodayItem item = only();
        assertThat(item.clientName()).isEqualTo("Olga Oven");
        assertThat(item.reason()).isEqualTo(TodayReason.HONEYMOON_CHECK_IN);
        assertThat(item.why()).contains("help getting started");

        clock.advance(Duration.ofDays(2));
        assertThat(today.queue().items()).extracting(TodayItem::clientName, TodayItem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Olga Oven", TodayReason.HONEYMOON_CHECK_IN),
                        org.assertj.core.groups.Tuple.tuple("Kurt Kettle", TodayReason.HONEYMOON_CHECK_IN));
        clock.advance(Duration.ofDays(4));
        assertThat(today.queue().items()).extracting(TodayItem::reason).containsOnly(TodayReason.GHOSTED, TodayReason.HONEYMOON_CHECK_IN)
                .startsWith(TodayReason.GHOSTED);
    }

    @Test
    void aNewBuyerWhoComplainedIsAtRiskAndGetsTheCheckInNotTheSilentMatureCall() {
        UUID nina = client("Nina New", null);
        buy(nina, kettle, TODAY.minusDays(9), null, null);
        OpportunityService opportunities = new OpportunityService(store, clock);
        Opportunity complaint = opportunities.save(new Opportunity(null, nina, OpportunityKind.COMPLAINT, null, kettle.id(), null, null,
                "The lid sticks", TODAY.minusDays(3), null));

        TodayItem item = only();
        assertThat(item.reason()).isEqualTo(TodayReason.OPEN_COMPLAINT);
        assertThat(item.alsoReasons()).as("a new client, not a long-time one gone silent").containsExactly(TodayReason.HONEYMOON_CHECK_IN);

        opportunities.setStatus(complaint.id(), OpportunityStatus.DISMISSED);
        TodayItem checkIn = only();
        assertThat(checkIn.reason()).isEqualTo(TodayReason.HONEYMOON_CHECK_IN);
        assertThat(checkIn.due()).isEqualTo(TODAY.minusDays(4));
        assertThat(checkIn.why()).isEqualTo("Bought 9 days ago (5 May 2026), and the first weeks went wrong: listen and put it right");
        assertThat(checkIn.alsoReasons()).isEmpty();

        call(nina, null);
        assertThat(today.queue().items()).isEmpty();
    }

    @Test
    void aRoughStartThatAHappyVisitEndedIsNotShownAsGoingWrongAsTheBriefSays() {
        UUID nina = client("Nina New", null);
        buy(nina, kettle, TODAY.minusDays(30), null, null);
        OpportunityService opportunities = new OpportunityService(store, clock);
        Opportunity complaint = opportunities.save(new Opportunity(null, nina, OpportunityKind.COMPLAINT, null, kettle.id(), null, null,
                "The lid sticks", TODAY.minusDays(25), null));
        opportunities.setStatus(complaint.id(), OpportunityStatus.WON);
        touchpoints.log(new Touchpoint(null, nina, NOW.minus(Duration.ofDays(20)), Channel.VISIT, Direction.INBOUND,
                "Came in to say the new lid is perfect", null, Mood.HAPPY, null));
        buy(nina, oven, TODAY.minusDays(3), null, null);

        TodayItem checkIn = only();
        assertThat(checkIn.reason()).isEqualTo(TodayReason.HONEYMOON_CHECK_IN);
        assertThat(checkIn.why()).contains("happy again").doesNotContain("went wrong");
        app.rapport.domain.brief.Brief brief = new BriefService(store, clock).brief(nina).orElseThrow();
        assertThat(brief.phaseWhy().text()).as("the brief reads the start the same way").contains("happy again");
    }

    @Test
    void warrantyEndsAndRenewalsComingUpAreShownAheadOfTime() {
        UUID wes = client("Wes Warranty", null);
        UUID rita = client("Rita Renewal", null);
        buy(wes, oven, TODAY.minusDays(100), TODAY.plusDays(10), null);
        buy(rita, kettle, TODAY.minusDays(100), null, TODAY.plusDays(40));
        touchpoints.log(touchpoint(wes, NOW.minus(Duration.ofDays(20)), null));
        touchpoints.log(touchpoint(rita, NOW.minus(Duration.ofDays(20)), null));

        TodayItem item = only();
        assertThat(item.reason()).isEqualTo(TodayReason.WARRANTY_ENDING);
        assertThat(item.due()).isEqualTo(TODAY.plusDays(10));
        assertThat(item.why()).contains("Steam oven").contains("in 10 days");
        assertThat(new BriefService(store, clock).brief(wes).orElseThrow().conversation().owner().rule()).isEqualTo("situation.renewal");

        clock.advance(Duration.ofDays(15));
        assertThat(today.queue().items()).extracting(TodayItem::clientName, TodayItem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rita Renewal", TodayReason.RENEWAL_DUE));
    }

    @Test
    void aMatureClientSilentForTooLongIsThereButALapsedOneIsNot() {
        UUID mia = client("Mia Mature", null);
        UUID lou = client("Lou Lapsed", null);
        buy(mia, kettle, TODAY.minusDays(300), null, null);
        touchpoints.log(touchpoint(mia, NOW.minus(Duration.ofDays(200)), null));
        buy(lou, kettle, TODAY.minusDays(700), null, null);
        touchpoints.log(touchpoint(lou, NOW.minus(Duration.ofDays(500)), null));

        TodayItem item = only();
        assertThat(item.clientName()).isEqualTo("Mia Mature");
        assertThat(item.reason()).isEqualTo(TodayReason.MATURE_SILENT);
        assertThat(item.why()).contains("Last contact 200 days ago");
    }

    @Test
    void birthdaysInTheComingWeekAcrossTheNewYear() {
        client("Bea Birthday", LocalDate.of(1980, 5, 17));
        client("Not Yet", LocalDate.of(1980, 5, 30));
        client("Newyear Baby", LocalDate.of(1990, 1, 2));

        assertThat(only().reason()).isEqualTo(TodayReason.BIRTHDAY);
        assertThat(only().due()).isEqualTo(LocalDate.of(2026, 5, 17));

        clock.advance(Duration.between(NOW, Instant.parse("2026-12-29T10:00:00Z")));
        TodayItem newYear = only();
        assertThat(newYear.clientName()).isEqualTo("Newyear Baby");
        assertThat(newYear.due()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(newYear.why()).isEqualTo("Birthday in 4 days (2 Jan 2027)");
    }

    @Test
    void oneRowPerClientUnderTheMostUrgentReasonWithTheOthersBesideIt() {
        UUID both = client("Bo Both", LocalDate.of(1970, 5, 15));
        buy(both, kettle, TODAY.minusDays(30), null, null);

        TodayItem item = only();
        assertThat(item.reason()).isEqualTo(TodayReason.GHOSTED);
        assertThat(item.alsoReasons()).containsExactly(TodayReason.BIRTHDAY);
    }

    @Test
    void clientsInTheTrashAreLeftOut() {
        UUID gus = client("Gus Ghost", null);
        buy(gus, kettle, TODAY.minusDays(30), null, null);
        clients.delete(gus);
        assertThat(today.queue().items()).isEmpty();
        clients.restore(gus);
        assertThat(only().clientId()).isEqualTo(gus);
    }

    @Test
    void aClientInTheTrashStaysOutWhenTheirStateIsDerivedAgain() {
        UUID gus = client("Gus Ghost", null);
        buy(gus, kettle, TODAY.minusDays(30), null, null);
        clients.delete(gus);

        // any write about the client derives their state again
        store.inTransaction(dsl -> dsl.update(CLIENT).set(CLIENT.SOURCE, "walk-in").where(CLIENT.ID.eq(gus)).execute());
        assertThat(today.queue().items()).isEmpty();
        store.inTransaction(dsl -> new ClientStateRepository(dsl).rebuildAll(clock.getZone()));
        assertThat(today.queue().items()).isEmpty();

        clients.restore(gus);
        store.inTransaction(dsl -> new ClientStateRepository(dsl).rebuildAll(clock.getZone()));
        assertThat(only().clientId()).isEqualTo(gus);
    }

    @Test
    void theQueueCanKeepItsMostUrgentRowsAndStillCountsEveryClientByReason() {
        for (int daysAgo = 30; daysAgo < 35; daysAgo++) {
            buy(client("Ghost " + daysAgo, null), kettle, TODAY.minusDays(daysAgo), null, null);
        }
        client("Bea Birthday", LocalDate.of(1980, 5, 17));
        client("Bob Birthday", LocalDate.of(1981, 5, 18));

        TodayService.Today whole = today.queue(NOW, Integer.MAX_VALUE);
        TodayService.Today head = today.queue(NOW, 3);

        assertThat(whole.items()).hasSize(7);
        assertThat(head.items()).isEqualTo(whole.items().subList(0, 3));
        assertThat(head.items()).extracting(TodayItem::clientName).containsExactly("Ghost 34", "Ghost 33", "Ghost 32");
        assertThat(head.counts()).isEqualTo(whole.counts())
                .containsExactly(Map.entry(TodayReason.GHOSTED, 5), Map.entry(TodayReason.BIRTHDAY, 2));
        assertThat(head.total()).isEqualTo(7);
        assertThat(head.notShown()).isEqualTo(4);
        assertThat(head.late()).isEqualTo(5);

        call(head.items().get(0).clientId(), null);
        assertThat(today.queue(NOW, 3).items()).extracting(TodayItem::clientName).containsExactly("Ghost 33", "Ghost 32", "Ghost 31");
    }

    private TodayItem only() {
        List<TodayItem> items = today.queue().items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private UUID client(String name, LocalDate birthday) {
        return clients.save(ClientBuilder.named(name).birthday(birthday).build()).id();
    }

    private void buy(UUID client, Product product, LocalDate on, LocalDate warrantyUntil, LocalDate renewalOn) {
        purchases.save(new Purchase(null, client, product.id(), null, on, product.price(), warrantyUntil, renewalOn));
    }

    private void call(UUID client, LocalDate followUpOn) {
        touchpoints.log(touchpoint(client, clock.instant(), followUpOn));
    }

    private static Touchpoint touchpoint(UUID client, Instant at, LocalDate followUpOn) {
        return new Touchpoint(null, client, at, Channel.CALL, Direction.OUTBOUND, "Talked", null, Mood.HAPPY, followUpOn);
    }
}
