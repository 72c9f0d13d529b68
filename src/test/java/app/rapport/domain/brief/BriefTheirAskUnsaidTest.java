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
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client asked, or agreed to with us, that the record leaves hanging is said in the brief, in their
 * words and with the date (issue 15, reads 46-49): a request we closed with no reason and no word to them
 * (Deborah Khan's loyalty card, Hana Novak's slimline microwave, read 49); a home trial they agreed to with nothing
 * since (Duncan Rossi's coffee machine, read 49). Read on Sunday 15 March 2026.
 */
class BriefTheirAskUnsaidTest {
    private static final Product MICROWAVE = new Product(UUID.randomUUID(), "Brio combination microwave", "Small appliances", Complexity.SIMPLE,
            new BigDecimal("219"));
    private static final Product HIGHLIGHTS = new Product(UUID.randomUUID(), "Half-head highlights", "Colour", Complexity.SIMPLE, new BigDecimal("118"));

    private static Given closed(Given given, String summary, int openedDaysAgo, int closedDaysAgo, String reason) {
        given.opportunities.add(new Opportunity(UUID.randomUUID(), CLIENT, OpportunityKind.REQUEST, OpportunityStatus.LOST, null, null, reason, summary,
                TODAY.minusDays(openedDaysAgo), TODAY.minusDays(closedDaysAgo)));
        return given;
    }

    /** A salon client since last spring, highlights in April, who wrote in the summer to ask for a loyalty card. */
    private static Given loyaltyCardAsked() {
        return new Given().bought(HIGHLIGHTS, 150, "118")
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Highlights with Tash on a busy Wednesday.", null, Mood.EXCITED)
                .touchpoint(149, Channel.MESSAGE, Direction.OUTBOUND, "Thanked Deborah for coming in.", "Said thanks back.", Mood.HAPPY)
                .touchpoint(90, Channel.EMAIL, Direction.INBOUND, "Asked for a loyalty card.", null, Mood.NEUTRAL);
    }

    @Test
    void aRequestWeClosedWithNoReasonAndNoWordToThemIsSaidWithTheDateAndASorry() {
        Brief brief = closed(loyaltyCardAsked(), "Asked for a loyalty card", 90, 77, null).brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("thread.closed-unanswered");
            assertThat(line.text()).startsWith("They asked for a loyalty card (").contains("closed on").contains("no answer to them")
                    .contains("say sorry once");
        });
    }

    @Test
    void whenTheyCameInSinceTheBriefAsksWhetherItCameUpBeforeSayingSorry() {
        Brief brief = closed(loyaltyCardAsked()
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Deborah popped in to buy shampoo.", "Paid by card.", Mood.HAPPY),
                "Asked for a loyalty card", 90, 77, null).brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("thread.closed-unanswered");
            assertThat(line.text()).startsWith("They asked for a loyalty card (").contains("they came in since (")
                    .contains("check whether it came up then");
        });
    }

    @Test
    void aRequestClosedWithAReasonOrAnsweredOrWonOrLongAgoWithAVisitSinceIsNotSaidAsUnanswered() {
        Brief reason = closed(loyaltyCardAsked(), "Asked for a loyalty card", 90, 77, "We don't run a loyalty scheme").brief();
        Brief toldThem = closed(loyaltyCardAsked()
                .touchpoint(80, Channel.EMAIL, Direction.OUTBOUND, "Told Deborah we don't run a loyalty card at the moment.", null, null),
                "Asked for a loyalty card", 90, 77, null).brief();
        Given wonGiven = loyaltyCardAsked();
        wonGiven.opportunities.add(new Opportunity(UUID.randomUUID(), CLIENT, OpportunityKind.REQUEST, OpportunityStatus.WON, null, null, null,
                "Asked for a loyalty card", TODAY.minusDays(90), TODAY.minusDays(77)));
        Given longAgo = new Given().bought(HIGHLIGHTS, 300, "118")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Highlights with Tash on a busy Wednesday.", null, Mood.EXCITED)
                .touchpoint(250, Channel.EMAIL, Direction.INBOUND, "Asked for a loyalty card.", null, Mood.NEUTRAL)
                .touchpoint(100, Channel.VISIT, Direction.INBOUND, "Deborah popped in to buy shampoo.", "Paid in full.", Mood.HAPPY);
        for (Brief brief : List.of(reason, toldThem, wonGiven.brief(), closed(longAgo, "Asked for a loyalty card", 250, 240, null).brief())) {
            assertThat(brief.conversation().talkingPoints()).noneMatch(line -> line.rule().equals("thread.closed-unanswered"));
            assertThat(BriefGoingOnTest.allText(brief)).noneMatch(text -> text.contains("no answer to them on record"));
        }
    }

    /** A microwave bought last year; three weeks ago they agreed to test a coffee machine of ours at home; we rang yesterday about the microwave. */
    private static Given homeTrialAgreed(String outcome) {
        return new Given().bought(MICROWAVE, 340, "219")
                .touchpoint(340, Channel.VISIT, Direction.INBOUND, "Duncan bought the combination microwave after a demo from Gareth.", "Paid in full.", Mood.HAPPY)
                .touchpoint(21, Channel.EMAIL, Direction.OUTBOUND, "Invited Duncan to test a new coffee machine at home for a week.", outcome, Mood.HAPPY)
                .touchpoint(1, Channel.CALL, Direction.OUTBOUND, "Called Duncan: how is the combination microwave doing?", null, Mood.HAPPY);
    }

    @Test
    void aHomeTrialTheyAgreedToWithNothingSinceIsAskedAfterWithItsDate() {
        Brief brief = homeTrialAgreed("Agreed to try it.").brief();
        // nothing else is going on: the trial is the call, not "is there anything else I can do for you?"
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.agreed");
        assertThat(call.owner().text()).contains("they agreed to test a new coffee machine at home for a week (");
        assertThat(call.opener().text()).contains("test a new coffee machine at home for a week").contains("how did you get on with it?");
        assertThat(call.goal().text()).contains("hear how it went");
        assertThat(BriefGoingOnTest.allText(brief)).noneMatch(text -> text.contains("anything else I can do for you"));
        // an open complaint comes first
        Brief underAnotherCall = homeTrialAgreed("Agreed to try it.").complaint(true).brief();
        assertThat(underAnotherCall.conversation().owner().rule()).isNotEqualTo("situation.agreed");
        Brief notAgreed = homeTrialAgreed(null).brief();
        // the coffee machine spoken of since ("wanted to see it working before buying"): the trial has moved on
        Brief movedOn = homeTrialAgreed("Agreed to try it.")
                .touchpoint(5, Channel.VISIT, Direction.INBOUND, "Duncan wanted to see the coffee machine working before buying.", "Will come in on Monday.", Mood.NEUTRAL)
                .brief();
        for (Brief none : List.of(notAgreed, movedOn)) {
            assertThat(none.conversation().owner().rule()).isNotEqualTo("situation.agreed");
            assertThat(none.conversation().talkingPoints()).noneMatch(line -> line.rule().equals("thread.agreed"));
        }
    }
}
