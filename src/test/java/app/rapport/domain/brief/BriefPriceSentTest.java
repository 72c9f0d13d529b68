package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What we already sent is said (reads 30 and 31): a price they ask for again, after we sent one, is
 * said with how often we sent it; a refusal's reason that a price answers shapes the line; a quote
 * they asked for is owed until something about that thing gives it, not until anything at all is
 * sent or bought. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefPriceSentTest {
    private static final Product LICENCE = new Product(UUID.randomUUID(), "Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3900"));

    private static String points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).collect(Collectors.joining("\n"));
    }

    /** A prospect who asked about the cut and blow-dry, got the price list twice, and asks for a rough price again. */
    private static Given askedAgainAfterTwoPriceLists() {
        return new Given()
                .touchpoint(40, Channel.MESSAGE, Direction.INBOUND, "Maggie asked whether a cut and blow-dry would suit her fine hair.",
                        "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(20, Channel.MESSAGE, Direction.INBOUND, "Maggie sent a photo and asked whether a cut and blow-dry would get there.",
                        "Sent the price list.", Mood.HAPPY)
                .touchpoint(2, Channel.EMAIL, Direction.INBOUND, "Maggie wanted a rough price for the cut and blow-dry on long hair.",
                        "Will call back after checking with the stylist.", Mood.NEUTRAL);
    }

    private static Given refused(Given given, String reason, int daysAgo) {
        given.opportunities.add(new Opportunity(UUID.randomUUID(), BriefEngineTest.CLIENT, OpportunityKind.REFUSAL, OpportunityStatus.OPEN, null,
                "PRICE", reason, "Not interested in the cut and blow-dry", BriefEngineTest.TODAY.minusDays(daysAgo), null));
        return given;
    }

    @Test
    void aPriceAskedForAgainSaysHowOftenWeSentIt() {
        String points = points(askedAgainAfterTwoPriceLists().brief());
        assertThat(points).contains("We sent them the price list twice before (")
                .contains("so this is the third time they have asked: have the price itself ready this time, and say it plainly");
    }

    @Test
    void aPriceAskedForTheFirstTimeIsSimplyAnswered() {
        String points = points(new Given()
                .touchpoint(2, Channel.EMAIL, Direction.INBOUND, "Maggie wanted a rough price for the cut and blow-dry on long hair.",
                        "Will call back after checking with the stylist.", Mood.NEUTRAL)
                .brief());
        assertThat(points).contains("(13 March): have the answer ready before you start.").doesNotContain("time they have asked");
    }

    @Test
    void aRefusalToWaitForAPromotionIsAnsweredWithWhetherOneIsComing() {
        Brief brief = refused(askedAgainAfterTwoPriceLists(), "Will wait for a promotion.", 10).brief();
        String points = points(brief);
        assertThat(points).contains("they turned it down on 5 March (\u201cWill wait for a promotion\u201d): give the price, and say plainly whether it will come down soon")
                .doesNotContain("ask whether it suited them");
    }

    @Test
    void aRefusalUntilPaydayIsAnsweredWithATimeAfterIt() {
        Brief brief = refused(askedAgainAfterTwoPriceLists(), "Maybe after payday.", 10).brief();
        assertThat(points(brief)).contains("give the price, and offer them a time after payday");
    }

    @Test
    void aPriceListSentAboutAnotherThingIsNotCounted() {
        String points = points(new Given()
                .touchpoint(20, Channel.MESSAGE, Direction.INBOUND, "Maggie wondered whether the root touch-up would work on box-dyed hair.",
                        "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(2, Channel.EMAIL, Direction.INBOUND, "Maggie wanted a rough price for the cut and blow-dry on long hair.",
                        "Will call back after checking with the stylist.", Mood.NEUTRAL)
                .brief());
        assertThat(points).doesNotContain("We sent them the price list");
    }

    @Test
    void aPriceListForAnotherThingIsNotCounted() {
        String points = points(new Given()
                .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie the quote for the balayage.", "Thinking about it.", Mood.NEUTRAL)
                .touchpoint(2, Channel.EMAIL, Direction.INBOUND, "Maggie wanted a rough price for the cut and blow-dry on long hair.",
                        "Will call back after checking with the stylist.", Mood.NEUTRAL)
                .brief());
        assertThat(points).doesNotContain("time they have asked");
    }

    @Test
    void aQuoteWeOweAfterSendingTwoBeforeSaysSo() {
        Brief brief = new Given().bought(LICENCE, 300, "3900")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Maggie wanted to know the running costs of the rugged tablets.", "Sent a quote.", Mood.NEUTRAL)
                .touchpoint(45, Channel.EMAIL, Direction.INBOUND, "Asked if we price-match on the rugged tablets; explained our policy.", "Sent a quote.", Mood.NEUTRAL)
                .promised(-1, "Send Maggie the quote for the rugged tablets", null)
                .brief();
        assertThat(points(brief)).contains("We owe them the quote for the rugged tablets (due tomorrow); we sent them quotes twice before (");
    }

    @Test
    void aQuoteForOneThingIsNotAnsweredByAQuoteSentForAnother() {
        Brief brief = new Given().bought(LICENCE, 300, "3900")
                .touchpoint(70, Channel.VISIT, Direction.OUTBOUND, "Lucy showed Maggie the dash cams during a visit; Maggie asked for a written quote.",
                        null, Mood.HAPPY)
                .promised(65, "Send Maggie a written quote for the barcode scanners", 65)
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Maggie came in to compare the rugged tablets with two other models.",
                        "Took the brochure.", Mood.NEUTRAL)
                .brief();
        assertThat(points(brief)).contains("They wanted a quote for the dash cams").contains("none is on record as sent");
    }

    @Test
    void aQuoteIsNotAnsweredByBuyingSomethingElseButIsByBuyingTheThing() {
        Given given = new Given().bought(LICENCE, 300, "3900")
                .touchpoint(90, Channel.MEETING, Direction.INBOUND, "Maggie asked for a quote for the Premium support plan after a user day.",
                        "Proposal requested.", Mood.NEUTRAL)
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Maggie came in to compare the rugged tablets with two other models.",
                        "Took the brochure.", Mood.NEUTRAL);
        given.bought(new Product(UUID.randomUUID(), "Fleet Tracking licence (annual, 25 vehicles)", "Software licences", Complexity.COMPLEX,
                new BigDecimal("4200")), 60, "4200");
        assertThat(points(given.brief())).contains("They wanted a quote for the Premium support plan");
        given.bought(new Product(UUID.randomUUID(), "Premium support plan (annual)", "Support", Complexity.SIMPLE, new BigDecimal("900")), 30, "900");
        assertThat(points(given.brief())).doesNotContain("They wanted a quote for the Premium support plan");
    }

    @Test
    void aQuoteAskedForAgainAfterOneWasSentIsNotNeverSent() {
        Brief brief = new Given().bought(LICENCE, 300, "3900")
                .promised(100, "Send Maggie a written quote for the washing machine", 100)
                .touchpoint(80, Channel.VISIT, Direction.OUTBOUND, "Dev showed Maggie the washing machine during a visit; Maggie asked for a written quote.",
                        "Thinking about it.", Mood.HAPPY)
                .brief();
        String all = points(brief) + "\n" + brief.conversation().opener().text();
        assertThat(all).doesNotContain("never sent").contains("the one they asked for again has not gone out")
                .contains("I'm sorry we haven't sent a fresh one");
    }
}
