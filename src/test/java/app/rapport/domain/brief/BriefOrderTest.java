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
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What matters most now leads the call (reads 44–45): a signing of two weeks ago over the warranty end of something older
 * and smaller (Kestrel Glazing); a problem of theirs with a fix of ours booked (in any words) over our own offer made the next day
 * (Sebastián Silva); a quote we owe before a stock tip (Lina Cohen, Anna Hoffman); the rattle and the check we booked for it
 * said once (Samantha Duarte). Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefOrderTest {

    private static final Product DASH_CAM = new Product(UUID.randomUUID(), "Vehicle dash camera", "Hardware", Complexity.SIMPLE, new BigDecimal("259"));
    private static final Product APP = new Product(UUID.randomUUID(), "Mobile app add-on (annual)", "Software licences", Complexity.SIMPLE,
            new BigDecimal("1200"));
    private static final Product DRYER = new Product(UUID.randomUUID(), "Heat-pump dryer", "Laundry", Complexity.SIMPLE, new BigDecimal("749"));
    private static final Product FRIDGE = new Product(UUID.randomUUID(), "American-style fridge freezer", "Refrigeration", Complexity.SIMPLE,
            new BigDecimal("1299"));
    private static final Product WINE_COOLER = new Product(UUID.randomUUID(), "Wine cooler", "Refrigeration", Complexity.SIMPLE, new BigDecimal("499"));

    /** Two dash cams bought 14 months ago, their warranty ending in three weeks; then, {@code appDaysAgo}, two app add-ons worth {@code appAmount}. */
    private static Given warrantyBesideSigning(String appAmount) {
        Given given = new Given();
        given.products.put(DASH_CAM.id(), DASH_CAM);
        given.products.put(APP.id(), APP);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, DASH_CAM.id(), "2 × Vehicle dash camera", TODAY.minusDays(430),
                new BigDecimal("518"), TODAY.plusDays(21), null));
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, APP.id(), "2 × Mobile app add-on (annual)", TODAY.minusDays(12),
                new BigDecimal(appAmount), null, TODAY.plusDays(353)));
        return given
                .touchpoint(420, Channel.MEETING, Direction.OUTBOUND, "Showed Maggie how to use the dash cam footage in the driver review",
                        "Forwarded to the team.", Mood.NEUTRAL)
                .touchpoint(12, Channel.EMAIL, Direction.INBOUND, "Maggie signed for the mobile app add-on after a two-month pilot",
                        "Contract signed.", Mood.NEUTRAL)
                .touchpoint(12, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a welcome pack for the mobile app add-on", "No reply.", null);
    }

    @Test
    void aSigningOfTwoWeeksAgoLeadsOverTheWarrantyEndOfSomethingOlderAndSmaller() {
        Brief brief = warrantyBesideSigning("2400").brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.fresh-purchase");
        assertThat(c.opener().text()).contains("mobile app add-on");
        // the warranty is not lost: it is a line of the call, with what they can do
        assertThat(c.talkingPoints()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("warranty.outrun");
            assertThat(line.text()).contains("the warranty on").contains("dash camera").contains("extended cover");
        });
    }

    @Test
    void aWarrantyEndOnSomethingWorthMoreThanTheNewThingStillLeads() {
        Brief brief = warrantyBesideSigning("300").brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.renewal");
        assertThat(brief.conversation().talkingPoints()).noneMatch(line -> line.rule().equals("warranty.outrun"));
    }

    /** A dryer bought a month ago; ten days ago the door would not close and an engineer was booked; the next day we suggested a coffee machine, and they were delighted. */
    private static Given doorThenOffer() {
        return new Given().bought(DRYER, 30, "749")
                .touchpoint(29, Channel.CALL, Direction.INBOUND, "Maggie replaced a fifteen-year-old one with the dryer", "Paid in full.", Mood.HAPPY)
                .touchpoint(10, Channel.CALL, Direction.INBOUND, "Maggie says the dryer door does not close properly. Upset, but calmed down by the end",
                        "Engineer booked.", Mood.FRUSTRATED)
                .touchpoint(9, Channel.VISIT, Direction.OUTBOUND, "Suggested the coffee machine to Maggie; interested, wants to think it over",
                        "Thinking about it.", Mood.EXCITED);
    }

    @Test
    void aProblemWithAFixOfOursBookedLeadsOverOurOfferMadeTheNextDay() {
        Brief brief = doorThenOffer().brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.ours-under-way");
        assertThat(c.opener().text()).contains("the dryer door not closing you mentioned");
        assertThat(c.offerPolicy()).isNotEqualTo(OfferPolicy.OFFER_NEW);
    }

    @Test
    void aFixDoneSinceEndsItAndTheOfferMayLead() {
        Brief brief = doorThenOffer()
                .touchpoint(5, Channel.VISIT, Direction.OUTBOUND, "Engineer came and adjusted the dryer door hinge", "Fixed; closes properly now.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotIn("situation.ours-under-way", "situation.problem-told");
    }

    @Test
    void aProblemWithNoFixBookedIsStillOverOnceTheyWereClearlyHappySince() {
        Brief brief = new Given().bought(DRYER, 30, "749")
                .touchpoint(10, Channel.CALL, Direction.INBOUND, "Maggie says the dryer door does not close properly", "Talked it through.", Mood.FRUSTRATED)
                .touchpoint(3, Channel.VISIT, Direction.INBOUND, "Maggie dropped by to say the dryer is the best buy of the year", "Warm chat.", Mood.EXCITED)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.problem-told");
    }

    @Test
    void theRattleAndTheCheckWeBookedForItAreSaidOnce() {
        Brief brief = new Given().bought(FRIDGE, 270, "1299")
                .touchpoint(8, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the American fridge freezer doing?",
                        "Mentioned a small rattle; booked a check.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.problem-told");
        List<String> rattle = c.talkingPoints().stream().map(BriefLine::text).filter(text -> text.contains("small rattle")).toList();
        assertThat(rattle).hasSize(1);
        assertThat(rattle.get(0)).contains("we booked a check");
        assertThat(c.talkingPoints().get(0).text()).isEqualTo(rattle.get(0));
    }

    @Test
    void aQuoteWeOweIsSaidBeforeAStockTip() {
        Brief brief = new Given().bought(WINE_COOLER, 21, "499")
                .touchpoint(21, Channel.VISIT, Direction.INBOUND, "Maggie bought the wine cooler", "Paid in full.", Mood.HAPPY)
                .touchpoint(11, Channel.VISIT, Direction.OUTBOUND, "Offered Maggie the robot vacuum at 10% off as a returning customer",
                        "Wants a quote.", Mood.HAPPY)
                .brief();
        List<BriefLine> points = brief.conversation().talkingPoints();
        int quote = indexOf(points, "quote for the robot vacuum");
        int tip = indexOf(points, "Share one tip");
        assertThat(quote).isNotNegative();
        if (tip >= 0) {
            assertThat(quote).isLessThan(tip);
        }
    }

    @Test
    void whatADoorDoesNotDoIsSaidAfterTheDoor() {
        assertThat(TextSignals.problem("Sebastián says the dryer door does not close properly. Upset.")).isEqualTo("the dryer door not closing");
    }

    private static int indexOf(List<BriefLine> points, String words) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).text().contains(words)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aQuoteWeOweIsSaidOnceUnderTheAnswerWePromisedNotAgainAsTheirQuietOffer() {
        // Jana Khan (read 46): "we promised to come back to them" with the quote, then the same quote again as a thing they were thinking over
        Brief brief = new Given().bought(BriefEngineTest.COLOUR, 240, "68").bought(BriefEngineTest.COLOUR, 125, "68")
                .touchpoint(125, Channel.VISIT, Direction.INBOUND, "Root colour touch-up with Maya.", "Paid in full.", Mood.HAPPY)
                .touchpoint(63, Channel.VISIT, Direction.OUTBOUND, "Suggested the bond-repair treatment to Maggie; interested, will think about it.",
                        "Wants a quote.", null)
                .brief();

        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .filteredOn(text -> text.contains("bond-repair treatment")).hasSize(1);
    }
}
