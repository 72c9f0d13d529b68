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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What fills a brief when the frame has little to say (reads 13 and 20): one or two lines of the client's own record are
 * said alone rather than padded to three with lines that could be said to anyone, and a line that only says the goal
 * again never comes back to make up a count. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefFloorTest {
    private static final Product HOB = new Product(UUID.randomUUID(), "Brennan 60 cm induction hob", "Cooking",
            Complexity.COMPLEX, new BigDecimal("649"));
    private static final Product DRYER = new Product(UUID.randomUUID(), "Halden heat-pump dryer", "Laundry",
            Complexity.COMPLEX, new BigDecimal("799"));
    private static final Product WASHER = new Product(UUID.randomUUID(), "Nordvik 8 kg washing machine", "Laundry",
            Complexity.COMPLEX, new BigDecimal("549"));
    private static final Product FRIDGE = new Product(UUID.randomUUID(), "Kjell fridge freezer", "Cooling",
            Complexity.SIMPLE, new BigDecimal("499"));
    private static final Product FRINGE = new Product(UUID.randomUUID(), "Fringe trim", "Cut", Complexity.SIMPLE,
            new BigDecimal("15"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    private static long forAnyone(Brief brief) {
        // The lines the playbook marks as for anyone and which the engine still said: none of them names this client.
        return points(brief).stream().filter(text -> GENERAL.stream().anyMatch(text::equals)).count();
    }

    private static final List<String> GENERAL = List.of(
            "Say who will see to anything left, and by which day.",
            "Ask what is still left, and whether anything else has come up since.",
            "Say who is handling it, and how they can reach that person.",
            "Check it is still what they need, in their own words.",
            "Make sure they know whom to ask if anything comes up, and that we answer quickly.",
            "Offer help with anything that has not gone as expected.");

    @Test
    void aGuideSentAgainIsNotPaddedWithWhoWillSeeToIt() {
        Brief brief = new Given().bought(HOB, 12, "649")
                .touchpoint(12, Channel.VISIT, Direction.INBOUND, "Induction hob ordered for Niall; about a week from the warehouse.",
                        "Financing approved.", Mood.HAPPY)
                .touchpoint(4, Channel.EMAIL, Direction.OUTBOUND, "Checked in with Niall after delivery and walked through the hob's"
                        + " child lock.", "Sent the video guide again.", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.ours-under-way");
        assertThat(points(brief)).isNotEmpty().doesNotContain("Say who will see to anything left, and by which day.");
        assertThat(forAnyone(brief)).isLessThanOrEqualTo(1);
    }

    @Test
    void anAskOfThreeWeeksIsNotPaddedWithWhoIsHandlingItAndWhetherItIsStillNeeded() {
        Brief brief = new Given().bought(FRINGE, 200, "15")
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Fringe trim for Rosa; happy with the shape.", "Paid.", Mood.HAPPY)
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Rosa asked whether we could do her fringe trim on a Saturday"
                        + " morning before the wedding.", "Will check with Sam and call back.", Mood.NEUTRAL)
                .brief();
        List<String> points = points(brief);
        assertThat(points).isNotEmpty();
        assertThat(points.contains("Say who is handling it, and how they can reach that person.")
                && points.contains("Check it is still what they need, in their own words.")).isFalse();
        assertThat(forAnyone(brief)).isLessThanOrEqualTo(1);
    }

    @Test
    void aMachineNobodyAskedAfterHasOneLineForAnyoneAtMost() {
        Brief brief = new Given().bought(DRYER, 60, "799")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Sold the heat-pump dryer to Tomasz; delivery on Friday.",
                        "Deposit taken.", Mood.EXCITED)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.ghosted");
        // The opener asks how the dryer is going; the one point left offers help, and none asks the opener again.
        assertThat(brief.conversation().opener().text()).contains("dryer");
        assertThat(points(brief)).isNotEmpty().noneMatch(text -> OpenerOnce.asksAgain(new BriefLine(text, "test"), brief.conversation().opener()));
        assertThat(forAnyone(brief)).isLessThanOrEqualTo(1);
        assertThat(brief.dropped()).anyMatch(d -> d.reason().contains("a short brief beats a padded one"));
    }

    @Test
    void aProspectWithNothingOnRecordKeepsTwoLinesForAnyone() {
        Brief brief = new Given()
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Dana rang to ask about opening hours.", "Answered.", Mood.NEUTRAL)
                .brief();
        assertThat(points(brief)).hasSizeBetween(1, 2);
    }

    private static Given washerEightMonthsOn() {
        return new Given().bought(WASHER, 240, "549")
                .touchpoint(240, Channel.VISIT, Direction.INBOUND, "Sold the washing machine to Mateo; delivery on Monday.", "Deposit taken.",
                        Mood.HAPPY)
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Short thank-you note to Mateo with our repair line number.",
                        "Replied with thanks.", Mood.HAPPY);
    }

    @Test
    void somethingTheyBoughtSinceTakesThePlaceOfAPointThatOnlyAsksTheOpenerAgain() {
        Given given = washerEightMonthsOn().bought(FRIDGE, 150, "499")
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Mateo came back for a fridge freezer for the new flat.", "Took it home.",
                        Mood.HAPPY)
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Mateo signed up for the annual service plan.", "Added to the invoice.",
                        Mood.HAPPY);
        // A plan signed lately is a small thing beside the machine: the call is about the washing machine.
        given.purchases.add(new Purchase(UUID.randomUUID(), BriefEngineTest.CLIENT, null, "Annual appliance service plan",
                BriefEngineTest.TODAY.minusDays(30), new BigDecimal("89"), null, BriefEngineTest.TODAY.plusDays(335)));
        Brief brief = given.brief();
        String opener = brief.conversation().opener().text();
        assertThat(opener).contains("washing machine");
        // what they bought it for (the new flat) is the one line about the fridge freezer: asked after once, not twice
        assertThat(points(brief)).singleElement().satisfies(text -> assertThat(text).contains("fridge freezer"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aPresentTheyBoughtForSomeoneElseIsNotAskedAfter() {
        Brief brief = washerEightMonthsOn().bought(FRIDGE, 150, "499")
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Mateo picked up a fridge freezer as a gift for his sister.", "Paid by card.",
                        Mood.HAPPY)
                .brief();
        assertThat(points(brief)).noneMatch(text -> text.contains("fridge freezer since"));
    }

    @Test
    void withNothingElseOnRecordTheOpenerSaysItAllAndNoPointAsksItAgain() {
        Brief brief = washerEightMonthsOn().brief();
        assertThat(brief.conversation().opener().text()).contains("washing machine");
        assertThat(points(brief)).isEmpty();
        assertThat(brief.dropped()).anyMatch(d -> d.reason().equals("the opener already asks it"));
    }
}
