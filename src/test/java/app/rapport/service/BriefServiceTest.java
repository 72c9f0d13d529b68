package app.rapport.service;

import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientBuilder;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Ids;
import app.rapport.domain.Mood;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.Brief;
import app.rapport.domain.brief.BriefInput;
import app.rapport.domain.brief.BriefLine;
import app.rapport.domain.ConversationType;
import app.rapport.domain.brief.OfferPolicy;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.brief.PlaybookEntry;
import app.rapport.domain.brief.RuleRole;
import app.rapport.store.BulkLoader;
import app.rapport.store.TestStores;
import app.rapport.store.SettingRepository;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BriefServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-14T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    @TempDir
    Path folder;

    private Store store;
    private BriefService briefs;
    private Client client;
    private Product router;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.location(folder, "briefs"), Clock.systemDefaultZone());
        TestClock clock = new TestClock(NOW);
        briefs = new BriefService(store, clock);
        ClientService clients = new ClientService(store, clock);
        client = clients.save(ClientBuilder.named("Theodore Nash").addressAs("Teddy").build());
        clients.save(ClientServiceTest.person("Theresa", "Nash", List.of(), List.of()));
        PurchaseService purchases = new PurchaseService(store, clock);
        router = purchases.saveProduct(new Product(null, "Mesh router", "network", Complexity.COMPLEX, BigDecimal.valueOf(300)));
        purchases.save(new Purchase(null, client.id(), router.id(), null, TODAY.minusDays(40), BigDecimal.valueOf(300),
                TODAY.plusDays(20), null));
        new TouchpointService(store, clock).log(new Touchpoint(null, client.id(), NOW.minus(Duration.ofDays(4)), Channel.VISIT,
                Direction.OUTBOUND, "Installed the router in the attic", "Works upstairs now", Mood.HAPPY, null));
        Competitor netz = new Competitor(Ids.next(), "NetzPlus", null, null, PriceLevel.LOWER, null);
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            loader.competitor(netz);
            loader.swotItem(new SwotItem(Ids.next(), netz.id(), Quadrant.WEAKNESS, "No on-site installation", null, null, null, 0));
            loader.swotItem(new SwotItem(Ids.next(), netz.id(), Quadrant.STRENGTH, "Lower prices", null, null, null, 0));
            loader.swotItem(new SwotItem(Ids.next(), null, Quadrant.STRENGTH, "We install and set up on site", null, null, null, 0));
            loader.competitorLink(new CompetitorLink(Ids.next(), client.id(), netz.id(), CompetitorRelation.CONSIDERING, TODAY.minusDays(4),
                    "Saw an ad"));
            loader.opportunity(new Opportunity(Ids.next(), client.id(), OpportunityKind.REFUSAL, OpportunityStatus.LOST, null, "PRICE",
                    null, "Declined the service plan", TODAY.minusDays(40), TODAY.minusDays(40)));
            loader.flush();
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aBriefIsBuiltFromEverythingInTheStore() {
        Brief brief = briefs.brief(client.id(), NOW).orElseThrow();

        assertThat(brief.phase()).isEqualTo(Phase.HONEYMOON);
        assertThat(brief.mood()).isEqualTo(Mood.HAPPY);
        assertThat(brief.ghosted()).isFalse();
        assertThat(brief.priorTouchpoint().channel()).isEqualTo(Channel.VISIT);
        assertThat(brief.conversation().opener().text()).contains("Teddy");
        assertThat(brief.headline().text()).contains("Theodore Nash", "Mesh router", "about a month ago");
        assertThat(brief.openItems()).extracting(BriefLine::text)
                .contains("Warranty of Mesh router ends on 3 June")
                .anyMatch(text -> text.startsWith("Refused: Declined the service plan (reason: price"));
        // Weighing up a competitor is more urgent than the warranty's end: it owns the call, the warranty is still listed.
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.competitor-considered");
        assertThat(brief.conversation().owner().text()).isEqualTo("they are weighing up NetzPlus");
        assertThat(brief.outranked()).contains("situation.renewal");
        assertThat(brief.conversation().type()).isEqualTo(ConversationType.DECISION_MAKING);
        assertThat(brief.conversation().offerPolicy()).isEqualTo(OfferPolicy.ONLY_WHAT_NEEDED);
        assertThat(brief.conversation().talkingPoints()).filteredOn(line -> line.source() != null)
                .extracting(BriefLine::text)
                .containsExactly("NetzPlus's weak spot is \u201cNo on-site installation\u201d, and our answer is "
                        + "\u201cWe install and set up on site\u201d: say it as a plain fact if it helps them decide.");
        // Both cards went into that talking point, so the competitor section does not repeat them.
        assertThat(brief.competitors()).singleElement().satisfies(c -> assertThat(c.points()).isEmpty());
        assertThat(brief.warnings()).isEmpty();
    }

    @Test
    void settingsComeFromTheStore() {
        store.inTransaction(dsl -> {
            new SettingRepository(dsl).put("phase.honeymoonDays", "30");
            new SettingRepository(dsl).put("ghosting.windowDaysComplex", "soon");
            return null;
        });
        Brief brief = briefs.brief(client.id(), NOW).orElseThrow();
        assertThat(brief.phase()).isEqualTo(Phase.MATURE);
        assertThat(brief.warnings()).singleElement().asString().contains("ghosting.windowDaysComplex");
    }

    @Test
    void theBriefIsAsOfTheInstantAsked() {
        Brief earlier = briefs.brief(client.id(), NOW.minus(Duration.ofDays(30))).orElseThrow();
        assertThat(earlier.priorTouchpoint()).isNull();
        assertThat(earlier.ghosted()).isTrue();
        assertThat(briefs.brief(client.id(), NOW.minus(Duration.ofDays(60))).orElseThrow().phase()).isEqualTo(Phase.PROSPECT);
    }

    @Test
    void aPurchaseOfTheBriefsOwnDaySoldOnlyLaterThatDayIsNotSeen() {
        TestClock clock = new TestClock(NOW);
        Client james = new ClientService(store, clock).save(ClientBuilder.named("James Fairley").build());
        Product gloss = new PurchaseService(store, clock).saveProduct(new Product(null, "Gloss & tone package", "hair", Complexity.SIMPLE,
                BigDecimal.valueOf(102)));
        TouchpointService touchpoints = new TouchpointService(store, clock);
        touchpoints.log(new Touchpoint(null, james.id(), Instant.parse("2026-04-30T17:05:00Z"), Channel.VISIT, Direction.INBOUND,
                "Had the bond-repair treatment", "Left a five-star review", Mood.HAPPY, null));
        // Our booking reminder that morning sells nothing; the visit at 10:15 did.
        touchpoints.log(new Touchpoint(null, james.id(), Instant.parse("2026-05-04T08:00:00Z"), Channel.MESSAGE, Direction.OUTBOUND,
                "Reminded James of the offer on the gloss package", null, null, null));
        touchpoints.log(new Touchpoint(null, james.id(), Instant.parse("2026-05-04T10:15:00Z"), Channel.VISIT, Direction.INBOUND,
                "Sold the gloss package; explained how booking works with it", "Paid by card", Mood.EXCITED, null));
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            loader.purchase(new Purchase(Ids.next(), james.id(), gloss.id(), null, LocalDate.of(2026, 5, 4), BigDecimal.valueOf(102), null, null));
            loader.flush();
            return null;
        });

        assertThat(briefs.inputAsOf(james.id(), Instant.parse("2026-05-04T09:00:00Z")).orElseThrow().purchases())
                .as("read at 09:00, before the visit that sold it").isEmpty();
        assertThat(briefs.inputAsOf(james.id(), Instant.parse("2026-05-04T11:00:00Z")).orElseThrow().purchases())
                .as("read after the visit").hasSize(1);
        assertThat(briefs.inputAsOf(james.id(), Instant.parse("2026-05-05T09:00:00Z")).orElseThrow().purchases()).hasSize(1);
    }

    @Test
    void aPurchaseOfTheBriefsOwnDayIsSeenWhenTheDayHoldsNoLaterVisit() {
        TestClock clock = new TestClock(NOW);
        Client rosa = new ClientService(store, clock).save(ClientBuilder.named("Rosa Quint").build());
        TouchpointService touchpoints = new TouchpointService(store, clock);
        touchpoints.log(new Touchpoint(null, rosa.id(), Instant.parse("2026-05-04T08:30:00Z"), Channel.VISIT, Direction.INBOUND,
                "Came in early for the router", null, Mood.HAPPY, null));
        touchpoints.log(new Touchpoint(null, rosa.id(), Instant.parse("2026-05-04T16:00:00Z"), Channel.CALL, Direction.INBOUND,
                "Asked about the setup", null, Mood.NEUTRAL, null));
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            loader.purchase(new Purchase(Ids.next(), rosa.id(), router.id(), null, LocalDate.of(2026, 5, 4), BigDecimal.valueOf(300), null, null));
            loader.purchase(new Purchase(Ids.next(), client.id(), router.id(), null, LocalDate.of(2026, 5, 4), BigDecimal.valueOf(300), null, null));
            loader.flush();
            return null;
        });
        Instant nine = Instant.parse("2026-05-04T09:00:00Z");

        assertThat(briefs.inputAsOf(rosa.id(), nine).orElseThrow().purchases()).as("she was in at 08:30, when it may have been sold")
                .hasSize(1);
        assertThat(briefs.inputAsOf(client.id(), nine).orElseThrow().purchases()).as("no contact that day places it: the day counts")
                .extracting(Purchase::purchasedOn).contains(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aPastBriefReadsEveryRecordAsItStoodThen() {
        TestClock clock = new TestClock(NOW);
        Client greta = new ClientService(store, clock).save(ClientBuilder.named("Greta Lind").build());
        TouchpointService touchpoints = new TouchpointService(store, clock);
        touchpoints.log(new Touchpoint(null, greta.id(), Instant.parse("2026-01-05T10:00:00Z"), Channel.CALL, Direction.OUTBOUND,
                "Quoted the boiler service", null, Mood.NEUTRAL, LocalDate.of(2026, 1, 10)));
        // Logged today for January: it closes January's promise on the day it happened, not today.
        touchpoints.log(new Touchpoint(null, greta.id(), Instant.parse("2026-01-10T10:00:00Z"), Channel.CALL, Direction.OUTBOUND,
                "Sent the quote as promised", null, Mood.HAPPY, null));
        touchpoints.log(new Touchpoint(null, greta.id(), Instant.parse("2026-03-20T10:00:00Z"), Channel.VISIT, Direction.OUTBOUND,
                "Looked at the new radiators", null, Mood.HAPPY, LocalDate.of(2026, 3, 25)));
        new NoteService(store, clock).add(greta.id(), "Prefers mornings", false);
        UUID opportunity = Ids.next();
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            loader.purchase(new Purchase(Ids.next(), greta.id(), router.id(), null, LocalDate.of(2026, 3, 15), BigDecimal.TEN, null, null));
            loader.opportunity(new Opportunity(opportunity, greta.id(), OpportunityKind.REQUEST, OpportunityStatus.WON, null, null, null,
                    "Radiator upgrade", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10)));
            Competitor rival = new Competitor(Ids.next(), "HeatCo", null, null, PriceLevel.LOWER, null);
            loader.competitor(rival);
            loader.competitorLink(new CompetitorLink(Ids.next(), greta.id(), rival.id(), CompetitorRelation.CONSIDERING,
                    LocalDate.of(2026, 3, 12), "Got a leaflet"));
            loader.flush();
            return null;
        });
        Instant march = Instant.parse("2026-03-01T09:00:00Z");

        BriefInput then = briefs.inputAsOf(greta.id(), march).orElseThrow();

        assertThat(then.touchpoints()).extracting(Touchpoint::summary)
                .containsExactlyInAnyOrder("Quoted the boiler service", "Sent the quote as promised");
        assertThat(then.followUps()).singleElement().satisfies(promise -> {
            assertThat(promise.dueOn()).isEqualTo(LocalDate.of(2026, 1, 10));
            assertThat(promise.doneAt()).as("done on 10 January, by the touchpoint logged for that day")
                    .isEqualTo(Instant.parse("2026-01-10T10:00:00Z"));
        });
        assertThat(then.notes()).isEmpty();
        assertThat(then.purchases()).isEmpty();
        assertThat(then.competitors()).isEmpty();
        assertThat(then.opportunities()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(OpportunityStatus.OPEN);
            assertThat(o.closedOn()).isNull();
        });
        Brief brief = briefs.brief(greta.id(), march).orElseThrow();
        assertThat(brief.priorTouchpoint().summary()).isEqualTo("Sent the quote as promised");
        assertThat(brief.openItems()).extracting(BriefLine::text).noneMatch(text -> text.contains("radiators") || text.contains("boiler"));

        // Between the promise and the visit that kept it, the promise was open.
        assertThat(briefs.inputAsOf(greta.id(), Instant.parse("2026-01-08T09:00:00Z")).orElseThrow().followUps())
                .singleElement().satisfies(promise -> assertThat(promise.doneAt()).isNull());
        // Now, everything counts.
        BriefInput now = briefs.input(greta.id()).orElseThrow();
        assertThat(now.followUps()).hasSize(2);
        assertThat(now.opportunities()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(OpportunityStatus.WON));
        assertThat(now.notes()).hasSize(1);
        assertThat(now.purchases()).hasSize(1);
        assertThat(now.competitors()).hasSize(1);
    }

    @Test
    void aFollowUpLoadedTodayThatWasDoneInJanuaryWasDoneInAPastBriefOfFebruary() {
        Client ingrid = new ClientService(store, new TestClock(NOW)).save(ClientBuilder.named("Ingrid Levi").build());
        new TouchpointService(store, new TestClock(NOW)).log(new Touchpoint(null, ingrid.id(), Instant.parse("2026-01-02T10:00:00Z"),
                Channel.CALL, Direction.INBOUND, "Ingrid asked whether Marco could do her cut", "Will call back after checking with Marco",
                Mood.NEUTRAL, null));
        store.inTransaction(dsl -> {
            BulkLoader loader = new BulkLoader(dsl, NOW);
            loader.followUp(new FollowUp(Ids.next(), ingrid.id(), LocalDate.of(2026, 1, 10), "Call Ingrid back about the cut",
                    Instant.parse("2026-01-10T12:00:00Z")));
            loader.flush();
            return null;
        });
        Instant february = Instant.parse("2026-02-01T09:00:00Z");

        assertThat(briefs.inputAsOf(ingrid.id(), february).orElseThrow().followUps()).singleElement()
                .satisfies(done -> assertThat(done.doneAt()).isEqualTo(Instant.parse("2026-01-10T12:00:00Z")));
        assertThat(briefs.brief(ingrid.id(), february).orElseThrow().openItems()).extracting(BriefLine::text)
                .noneMatch(text -> text.contains("Overdue"));
        assertThat(briefs.inputAsOf(ingrid.id(), Instant.parse("2026-01-05T09:00:00Z")).orElseThrow().followUps())
                .as("before the day it was done, a follow-up saved later is not known").isEmpty();
    }

    @Test
    void aPromiseStillOpenThatWasLoadedTodayIsKnownFromTheTouchpointThatMadeItAndLeadsAsLate() {
        Client lars = new ClientService(store, new TestClock(NOW)).save(ClientBuilder.named("Lars Sato").build());
        store.inTransaction(dsl -> {
            // a history loaded in one go (a demo book, an import): the follow-up is saved today, with no touchpoint of its own
            BulkLoader loader = new BulkLoader(dsl, NOW);
            loader.touchpoint(new Touchpoint(Ids.next(), lars.id(), Instant.parse("2026-04-10T10:20:00Z"), Channel.CALL, Direction.INBOUND,
                    "Lars asked what the warranty covers on the dryer", "Answered", Mood.NEUTRAL, LocalDate.of(2026, 4, 13)));
            loader.followUp(new FollowUp(Ids.next(), lars.id(), LocalDate.of(2026, 4, 13), "Chase the warranty claim for Lars", null));
            loader.flush();
            return null;
        });
        Instant may = Instant.parse("2026-05-06T09:00:00Z");

        assertThat(briefs.inputAsOf(lars.id(), may).orElseThrow().followUps()).as("made on April 10, by the call that promised it")
                .singleElement().satisfies(open -> assertThat(open.doneAt()).isNull());
        Brief brief = briefs.brief(lars.id(), may).orElseThrow();
        assertThat(brief.openItems()).extracting(BriefLine::text).anyMatch(text -> text.startsWith("Overdue follow-up: Chase the warranty claim"));
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise");
        assertThat(briefs.inputAsOf(lars.id(), Instant.parse("2026-04-09T09:00:00Z")).orElseThrow().followUps())
                .as("before the call that promised it, it was not made").isEmpty();
    }

    @Test
    void clientsAreFoundByIdOrByAnUnambiguousName() {
        assertThat(briefs.candidates(client.id().toString())).extracting(c -> c.id()).containsExactly(client.id());
        assertThat(briefs.candidates("theodore nash")).extracting(c -> c.id()).containsExactly(client.id());
        assertThat(briefs.candidates("Nash")).hasSize(2);
        assertThat(briefs.candidates("Nobody")).isEmpty();
        assertThat(briefs.brief(Ids.next(), NOW)).isEmpty();
    }

    @Test
    void aRuleBeingEditedIsPreviewedOnAClientWithoutChangingThePlaybook() {
        PlaybookEntry draft = new PlaybookEntry(null, "owner.preview-test", "Call every happy router client about the attic", null, true, 1000,
                "{\"mood\": \"happy\"}", "{\"opener\": \"{greeting}, how is the signal in the attic?\", \"goal\": \"hear how the attic works\", \"type\": \"relationship-building\"}",
                false, null, RuleRole.SITUATION, "they were happy with the installation");

        BriefService.Preview preview = briefs.preview(client.id(), null, draft).orElseThrow();

        assertThat(preview.unmetConditions()).isEmpty();
        assertThat(preview.brief().conversation().owner().rule()).isEqualTo("owner.preview-test");
        assertThat(preview.brief().conversation().opener().text()).isEqualTo("Teddy, how is the signal in the attic?");
        Brief saved = briefs.brief(client.id()).orElseThrow();
        assertThat(saved.conversation().owner().rule()).isNotEqualTo("owner.preview-test");
        assertThat(new PlaybookService(store, Clock.systemUTC()).find("owner.preview-test")).isEmpty();
    }

    @Test
    void aPreviewNamesTheConditionsThatDoNotHoldForTheClient() {
        PlaybookEntry draft = new PlaybookEntry(null, "owner.complaints", "Open complaints first", null, true, 1000,
                "{\"openComplaint\": true, \"mood\": \"happy\", \"daysSincePurchase\": {\"max\": 10}}",
                "{\"goal\": \"settle the complaint\"}", false, null, RuleRole.SITUATION, null);

        BriefService.Preview preview = briefs.preview(client.id(), null, draft).orElseThrow();

        assertThat(preview.unmetConditions()).containsExactly("openComplaint", "daysSincePurchase");
        assertThat(preview.brief().conversation().owner().rule()).isNotEqualTo("owner.complaints");
    }

    @Test
    void anEditedBuiltInRuleIsPreviewedInPlaceOfTheStoredOne() {
        PlaybookService playbook = new PlaybookService(store, Clock.systemUTC());
        Brief before = briefs.brief(client.id()).orElseThrow();
        String owner = before.conversation().owner().rule();
        PlaybookEntry stored = playbook.find(owner).orElseThrow();
        PlaybookEntry edited = new PlaybookEntry(stored.id(), stored.code(), stored.title(), stored.description(), true, stored.priority(),
                stored.conditions(), "{\"goal\": \"a goal only the preview knows\"}", true, null, stored.role(), stored.because());

        Brief preview = briefs.preview(client.id(), stored.code(), edited).orElseThrow().brief();

        assertThat(preview.conversation().owner().rule()).isEqualTo(owner);
        assertThat(preview.conversation().goal().text()).isEqualTo("a goal only the preview knows");
        assertThat(briefs.brief(client.id()).orElseThrow().conversation().goal().text()).isNotEqualTo("a goal only the preview knows");
    }
}
