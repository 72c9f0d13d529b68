package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static app.rapport.domain.brief.BriefOwnedLatenessTest.count;
import static app.rapport.domain.brief.BriefOwnedLatenessTest.opener;
import static app.rapport.domain.brief.BriefOwnedLatenessTest.wholeCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the record holds a concrete reason to call (something they asked us for and never got, a call of ours a day or two
 * ago), the stock frame of a content client ("five months since the licence", "anything else I can do for you?") gives way to
 * it (reads 50 and 51: Falcon Fleet Hire, Olivia Kovač). Histories hand-written from those reads.
 */
class BriefConcreteReasonTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 30 users)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("9000"));

    /** A content client who asked for a proposal five months ago, and none went out: the proposal is the call, with one sorry. */
    @Test
    void aProposalTheyAskedForMonthsAgoAndNeverGotLeadsOverTheStockMonthsSince() {
        Given given = new Given()
                .bought(DISPATCH, 170, "9000")
                .touchpoint(170, Channel.VISIT, Direction.INBOUND, "Maggie signed for the Dispatch licence.", "Paid in full.", Mood.HAPPY)
                .touchpoint(160, Channel.MEETING, Direction.OUTBOUND, "Presented the mobile app add-on to Maggie; interested, needs budget approval.",
                        "Proposal requested.", Mood.HAPPY)
                .touchpoint(120, Channel.MEETING, Direction.OUTBOUND, "Showed Maggie the new dashboard in the Dispatch licence.",
                        "Forwarded to the team.", Mood.HAPPY);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.quote-owed");
        assertThat(opener(brief)).contains("you asked us for a proposal for the mobile app add-on").contains("never reached you")
                .doesNotContain("months now");
        assertThat(brief.conversation().nextStep().text()).contains("proposal for the mobile app add-on");
        assertThat(count(wholeCall(brief), "proposal for the mobile app add-on")).isLessThanOrEqualTo(3);
        assertThat(count(wholeCall(brief), "sorry")).isEqualTo(1);
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    /** The better part of a year ago, it is a line to own, and the call is not built on it. */
    @Test
    void aProposalAskedForTheBetterPartOfAYearAgoStaysALine() {
        Brief brief = new Given()
                .bought(DISPATCH, 400, "9000")
                .touchpoint(400, Channel.VISIT, Direction.INBOUND, "Maggie signed for the Dispatch licence.", "Paid in full.", Mood.HAPPY)
                .touchpoint(300, Channel.MEETING, Direction.OUTBOUND, "Presented the mobile app add-on to Maggie; interested, needs budget approval.",
                        "Proposal requested.", Mood.HAPPY)
                .brief();

        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.quote-owed");
        assertThat(wholeCall(brief)).contains("a proposal for the mobile app add-on").contains("none is on record as sent");
    }

    /** Our call two days ago was about the bond-repair treatment: the opener that follows straight on names it. */
    @Test
    void theOpenerADayOrTwoAfterOurCallPicksUpWhatItWasAbout() {
        Product balayage = new Product(UUID.randomUUID(), "Balayage", "Colour", Complexity.SIMPLE, new BigDecimal("180"));
        Product cut = new Product(UUID.randomUUID(), "Cut and blow-dry", "Cuts", Complexity.SIMPLE, new BigDecimal("55"));
        Product bondRepair = new Product(UUID.randomUUID(), "Bond-repair treatment", "Treatments", Complexity.SIMPLE, new BigDecimal("45"));
        Given given = new Given()
                .bought(cut, 95, "55")
                .touchpoint(95, Channel.VISIT, Direction.INBOUND, "Maggie in for the cut and blow-dry.", "Paid in full.", Mood.HAPPY)
                .bought(balayage, 40, "180")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Maggie in for the balayage with Ellie.", "Paid in full.", Mood.HAPPY)
                .touchpoint(2, Channel.CALL, Direction.OUTBOUND, "Called Maggie to ask about the bond-repair treatment again.", null, null);
        given.products.put(bondRepair.id(), bondRepair);
        Brief brief = given.brief();

        assertThat(brief.conversation().opener().rule()).isEqualTo("opener.just-spoke");
        assertThat(opener(brief)).contains("our call").contains("about the bond-repair treatment");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void theOpenerAfterOurVisitWhereTheySaidNoNeitherCallsItTheirVisitNorPushesTheThing() {
        // Antonio Rossi, read 52: "just following up on your visit yesterday for the bond-repair treatment", the day after our visit where
        // he said "not for now" to it
        Product cut = new Product(UUID.randomUUID(), "Cut and blow-dry", "Cuts", Complexity.SIMPLE, new BigDecimal("55"));
        Product bondRepair = new Product(UUID.randomUUID(), "Bond-repair treatment", "Treatments", Complexity.SIMPLE, new BigDecimal("45"));
        Given given = new Given()
                .bought(cut, 34, "55")
                .touchpoint(34, Channel.VISIT, Direction.INBOUND, "Maggie in for the cut and blow-dry.", "Paid in full.", Mood.HAPPY)
                .touchpoint(1, Channel.VISIT, Direction.OUTBOUND, "Offered the bond-repair treatment; Maggie said not for now.", "Will wait for a promotion.",
                        Mood.NEUTRAL);
        given.products.put(bondRepair.id(), bondRepair);
        String opener = opener(given.brief());
        assertThat(opener).doesNotContain("your visit").doesNotContain("for the bond-repair").doesNotContain("about the bond-repair");
    }
}
