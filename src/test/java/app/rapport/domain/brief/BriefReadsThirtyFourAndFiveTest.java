package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contradictions of read 35 (seed 6029): a visit yesterday is no "only visit a year ago", an extended warranty bought
 * later covers the maker's warranty's end, a renewal in hand is no "meant to let it go", and a fix names what it fixed.
 * Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefReadsThirtyFourAndFiveTest {
    private static final Product STYLING = new Product(UUID.randomUUID(), "Wedding-day styling", "Occasions", Complexity.SIMPLE, new BigDecimal("166"));
    private static final Product DISHWASHER = new Product(UUID.randomUUID(), "Halden 60 cm dishwasher", "Kitchen", Complexity.COMPLEX, new BigDecimal("479"));
    private static final Product EXTENDED = new Product(UUID.randomUUID(), "Extended warranty (3 years)", "Cover", Complexity.SIMPLE, new BigDecimal("117"));
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3490"));
    private static final Product SUPPORT = new Product(UUID.randomUUID(), "Standard support plan (annual)", "Support plans", Complexity.SIMPLE,
            new BigDecimal("846"));
    private static final Product DASH_CAMS = new Product(UUID.randomUUID(), "Vehicle dash camera", "Hardware", Complexity.COMPLEX, new BigDecimal("1601"));

    @Test
    void aVisitOfTheirsSinceTheOnlyPurchaseIsNoLongTimeAway() {
        Given given = new Given().bought(STYLING, 500, "166")
                .touchpoint(500, Channel.VISIT, Direction.INBOUND, "Came in for the wedding-day styling; really pleased.", "Paid in full.", Mood.HAPPY);
        Brief cameIn = given.touchpoint(1, Channel.VISIT, Direction.INBOUND, "Dropped in to look at the new colours with Marco.", null, Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(cameIn)).doesNotContain("only visit");
    }

    @Test
    void anExtendedWarrantyBoughtMonthsLaterCoversTheMakersEnd() {
        Given given = new Given();
        given.products.put(DISHWASHER.id(), DISHWASHER);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, DISHWASHER.id(), null, TODAY.minusDays(680), new BigDecimal("479"),
                TODAY.plusDays(50), null));
        given.bought(EXTENDED, 580, "117")
                .touchpoint(580, Channel.EMAIL, Direction.INBOUND, "Signed up for the extended warranty.", "Paid in full.", Mood.NEUTRAL);
        assertThat(BriefEngineTest.spokenText(given.brief())).doesNotContain("warranty on the dishwasher ends");
    }

    @Test
    void aPlanWhoseRenewalWasInHandIsNotAskedWhetherTheyMeantToLetItGo() {
        Given given = new Given().bought(DISPATCH, 100, "3490");
        given.products.put(SUPPORT.id(), SUPPORT);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, SUPPORT.id(), null, TODAY.minusDays(385), new BigDecimal("846"),
                null, TODAY.minusDays(20)));
        given.touchpoint(100, Channel.CALL, Direction.OUTBOUND, "Dispatch licence signed with Niamh.", "Thanked us.", Mood.HAPPY);
        Brief inHand = given.touchpoint(40, Channel.CALL, Direction.OUTBOUND, "Renewal call: Niamh wants to keep the standard support plan.",
                null, Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(inHand)).doesNotContain("fell due");
    }

    @Test
    void aFixIsAskedAfterForTheThingItFixed() {
        Brief brief = new Given().bought(DASH_CAMS, 420, "1601").bought(DISPATCH, 90, "3490")
                .touchpoint(340, Channel.EMAIL, Direction.OUTBOUND, "Warranty replacement for dash cams shipped.", "Replaced.", Mood.NEUTRAL)
                .touchpoint(90, Channel.MEETING, Direction.OUTBOUND, "Signed the Dispatch licence.", "Handed over to onboarding.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("licence since we put it right");
    }

    @Test
    void anAtRiskNoteStandsUnpinnedUntilSomethingHappyOfTheirsAnswersIt() {
        Given given = new Given().bought(DISPATCH, 400, "3490")
                .touchpoint(400, Channel.MEETING, Direction.OUTBOUND, "Dispatch licence signed.", "Handed over to onboarding.", Mood.NEUTRAL)
                .note("At risk: unhappy with support response times; weekly check-in until it settles.", false, 200);
        assertThat(BriefFacts.derive(given.input(), BriefEngineTest.NOW).values).containsKey("atRiskNote");
        given.touchpoint(150, Channel.EMAIL, Direction.INBOUND, "Thanked us for the faster answers lately.", "Thanked us.", Mood.HAPPY);
        assertThat(BriefFacts.derive(given.input(), BriefEngineTest.NOW).values).doesNotContainKey("atRiskNote");
    }

    private static final Product GLOSS = new Product(UUID.randomUUID(), "Gloss package", "Treatments", Complexity.SIMPLE, new BigDecimal("60"));

    @Test
    void anOfferTheyWillDecideOnAfterPaydayIsNotChasedTheNextDay() {
        Given given = new Given().bought(STYLING, 200, "166")
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Came in for the styling; really pleased.", "Paid in full.", Mood.HAPPY);
        given.products.put(GLOSS.id(), GLOSS);
        Brief later = given.touchpoint(1, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Frank; interested, will think about it.",
                "Will decide after payday.", Mood.NEUTRAL).brief();
        assertThat(owner(later)).isNotEqualTo("situation.offer-pending");
        assertThat(BriefEngineTest.spokenText(later)).contains("no chasing").doesNotContain("Have any questions come up since");
        assertThat(TextSignals.decidesLater("Will think about it next month")).isTrue();
        assertThat(TextSignals.decidesLater("Interested, will think about it")).isFalse();
    }

    private static String owner(Brief brief) {
        return brief.conversation().owner().rule();
    }
}
