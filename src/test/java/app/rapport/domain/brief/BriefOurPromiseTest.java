package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A late follow-up is a promise of ours to own only when they wait on it: one that gives them something or gets back to them
 * leads the call with a sorry, over an ask they are still weighing; a reminder of our own (a call in three months, a thank-you,
 * a deal to close, a check on how a thing runs) is listed as ours and leaves the call to what is going on. An old request of
 * theirs is still said when a late promise leads. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefOurPromiseTest {
    private static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik heat-pump dryer", "Laundry", Complexity.SIMPLE,
            new BigDecimal("744"));

    /** The opener, goal, talking points and next step, one a line. */
    static String wholeCall(Brief brief) {
        StringBuilder said = new StringBuilder(brief.conversation().opener().text()).append('\n').append(brief.conversation().goal().text());
        brief.conversation().talkingPoints().forEach(point -> said.append('\n').append(point.text()));
        return said.append('\n').append(brief.conversation().nextStep().text()).toString();
    }

    @Test
    void aWarrantyClaimWePromisedToChaseAndDidNotLeadsOverTheirRangeCookerQuestion() {
        Brief brief = new Given().bought(DRYER, 400)
                .touchpoint(33, Channel.CALL, Direction.INBOUND, "Lars asked whether we take the old appliance away when delivering the range cooker.",
                        "Gave the brochure.", Mood.HAPPY)
                .touchpoint(26, Channel.CALL, Direction.INBOUND, "Lars asked what the warranty covers on the dryer.", "Answered.", Mood.NEUTRAL)
                .promised(23, "Chase the warranty claim for Maggie", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise");
        assertThat(brief.conversation().opener().text())
                .contains("we said we'd chase the warranty claim for you by 20 February, and I'm sorry it has taken longer than we said");
        assertThat(wholeCall(brief)).contains("warranty claim").contains("range cooker");
    }

    @Test
    void aCallInThreeMonthsThatIsLateIsAReminderOfOursNotAPromiseToSaySorryFor() {
        Brief brief = new Given().bought(DRYER, 400)
                .touchpoint(100, Channel.CALL, Direction.INBOUND, "Maggie asked whether the kettle and toaster is easy to clean.", "No decision yet.", Mood.NEUTRAL)
                .promised(10, "Call Maggie in three months", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
        assertThat(wholeCall(brief)).doesNotContain("I'm sorry it has taken longer");
        assertThat(brief.openItems()).extracting(BriefLine::text)
                .contains("Overdue follow-up: Call Maggie in three months (5 March; a reminder of ours)");
    }

    @Test
    void aDealToCloseAThankYouAndARunningCheckAreOursToo() {
        for (String reminder : new String[]{"Close the Dispatch licence renewal with Harbourside", "Thank Maggie for the introduction",
                "Check the induction hob is still running fine", "Ask Maggie about the highlights again"}) {
            Brief brief = new Given().bought(DRYER, 400)
                    .touchpoint(40, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the dryer doing?", "All fine.", Mood.HAPPY)
                    .promised(5, reminder, null)
                    .brief();
            assertThat(brief.conversation().owner().rule()).as(reminder).isNotEqualTo("situation.late-promise");
        }
    }

    @Test
    void anOldRequestOfTheirsIsStillSaidWhenALatePromiseLeads() {
        Brief brief = new Given().bought(DRYER, 400)
                .touchpoint(70, Channel.EMAIL, Direction.INBOUND, "Maggie asked for a quote for the coffee machine.", null, Mood.NEUTRAL)
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Asked for a quote for the coffee machine", 70)
                .touchpoint(26, Channel.VISIT, Direction.INBOUND, "Maggie asked about the annual service plan.", "Wants a written quote.", Mood.NEUTRAL)
                .promised(19, "Send Maggie a written quote for the annual service plan", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise");
        assertThat(wholeCall(brief)).contains("annual service plan").contains("coffee machine");
    }

    @Test
    void aPriceListSentInTheAnswerToTheirAskIsNotOwedAgainByTheFollowUpLeftOpen() {
        Brief brief = new Given()
                .touchpoint(2, Channel.MESSAGE, Direction.INBOUND, "Maggie asked for a rough price for the fringe trim on shoulder-length hair.",
                        "Sent the price list.", Mood.NEUTRAL)
                .promised(-13, "Send Maggie the price list", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.ours-owed");
        assertThat(wholeCall(brief)).doesNotContain("as promised").contains("price list");
    }

    @Test
    void aQuoteSentBeforeTheFollowUpFellDueIsNoLatePromise() {
        Brief brief = new Given()
                .touchpoint(34, Channel.CALL, Direction.INBOUND, "Maggie asked about the dishwasher.", "Sent a quote.", Mood.NEUTRAL)
                .promised(23, "Send Maggie the quote for the dishwasher", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
        assertThat(wholeCall(brief)).doesNotContain("sorry it has taken longer");
        assertThat(brief.openItems()).extracting(BriefLine::text).anyMatch(text -> text.contains("given on record, so close it"));
    }

    @Test
    void aStepOfOursIsSaidToThemWithTheirNameMadeYou() {
        java.util.List<String> names = java.util.List.of("Svetlana Mwangi", "Sveta", "Svetlana");
        assertThat(OwedWords.step("Check whether Maya can fit Sveta in", names)).isEqualTo("check whether Maya can fit you in");
        assertThat(OwedWords.step("Tell Svetlana what we did with the feedback", names)).isEqualTo("tell you what we did with the feedback");
        assertThat(OwedWords.step("Chase Sveta's warranty claim", names)).isEqualTo("chase your warranty claim");
        assertThat(OwedWords.step("Check the stock levels", names)).as("not about them").isNull();
        assertThat(OwedWords.step("Review the account notes for Sveta", names)).as("no step of ours for them").isNull();
    }

    @Test
    void aCallBackAboutDeliveryTimesMonthsAfterTheirLastPurchaseIsAnAnswerWeOweNotThatPurchaseAwaited() {
        Brief brief = new Given().bought(DRYER, 90)
                .touchpoint(2, Channel.CALL, Direction.INBOUND, "Maggie asked whether we take the old appliance away when delivering the dishwasher.",
                        "Sent a quote.", Mood.NEUTRAL)
                .promised(-10, "Call Maggie back about delivery times", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.awaiting-delivery");
        assertThat(wholeCall(brief)).doesNotContain("still to be delivered");
    }
}
