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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live thread leads the call: the newest thing still open between us and them (an ask of theirs
 * never answered, a quote of ours with no answer, a next step left at the last conversation) owns the
 * frame over a colour frame ("it's been a year since you got the coffee machine"). Read on Sunday
 * 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefLiveThreadTest {
    private static final Product TRACKING = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4460"));
    private static final Product COFFEE = new Product(UUID.randomUUID(), "Aurelio bean-to-cup coffee machine", "Coffee",
            Complexity.SIMPLE, new BigDecimal("604"));
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Robot vacuum", "Floor care", Complexity.SIMPLE, new BigDecimal("399"));
    private static final Product RANGE = new Product(UUID.randomUUID(), "Range cooker", "Cooking", Complexity.SIMPLE, new BigDecimal("1299"));

    private static Given trackingForNineMonths() {
        return new Given().bought(TRACKING, 270, "4460")
                .touchpoint(250, Channel.CALL, Direction.OUTBOUND, "Called Lars to see how the first weeks with the tracking went.",
                        "All good, drivers like it.", Mood.HAPPY);
    }

    private static Given coffeeMachineAYearAgo() {
        return new Given().bought(COFFEE, 380, "604")
                .touchpoint(375, Channel.CALL, Direction.OUTBOUND, "Sent Morgan a set-up video for the coffee machine and called to answer questions.",
                        "All working.", Mood.HAPPY);
    }

    @Test
    void anAskOfTheirsMonthsOldAndNeverAnsweredLeadsTheCallWithTheLatenessSaidOnce() {
        Brief brief = trackingForNineMonths()
                .touchpoint(110, Channel.CALL, Direction.OUTBOUND, "Called Lars for a quick health check on the account.",
                        "Wants a roadmap update.", Mood.NEUTRAL)
                .brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.live-ask");
        assertThat(call.opener().text()).contains("roadmap update").contains("sorry");
        assertThat(call.goal().text()).contains("roadmap update").doesNotContain("sorry");
        assertThat(call.nextStep().text()).doesNotContainIgnoringCase("fleet tracking");
    }

    @Test
    void aQuoteWeSentThatWentQuietIsAskedAfterInsteadOfWhatTheyGotLongAgo() {
        Brief brief = coffeeMachineAYearAgo()
                .touchpoint(95, Channel.EMAIL, Direction.INBOUND, "Morgan asked which robot vacuum we would recommend for a small kitchen.",
                        "Sent a quote.", Mood.NEUTRAL)
                .promised(80, "Send Morgan the quote for the robot vacuum", 79)
                .brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.live-quote");
        assertThat(call.opener().text()).contains("the quote for the robot vacuum").doesNotContain("coffee machine");
        assertThat(call.talkingPoints().get(0).text()).contains("after \u201cMorgan asked which robot vacuum");
        assertThat(call.owner().text()).contains("about three months ago");
    }

    @Test
    void aQuotationInOtherWordsIsTheSameThread() {
        Brief brief = coffeeMachineAYearAgo()
                .touchpoint(40, Channel.VISIT, Direction.OUTBOUND, "Went through pricing for the patio heaters with Morgan at the counter.",
                        "Took it home to think.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.live-quote");
        assertThat(brief.conversation().goal().text()).contains("the quote for the patio heaters");
    }

    @Test
    void aQuoteSettledByWhatTheyBoughtSinceOrAFreshQuoteIsNoThread() {
        Brief bought = coffeeMachineAYearAgo()
                .touchpoint(95, Channel.EMAIL, Direction.INBOUND, "Morgan asked which robot vacuum we would recommend for a small kitchen.",
                        "Sent a quote.", Mood.NEUTRAL)
                .bought(VACUUM, 60, "399")
                .brief();
        assertThat(bought.conversation().owner().rule()).isNotEqualTo("situation.live-quote");
        Brief fresh = coffeeMachineAYearAgo()
                .touchpoint(3, Channel.EMAIL, Direction.INBOUND, "Morgan asked which robot vacuum we would recommend for a small kitchen.",
                        "Sent a quote.", Mood.NEUTRAL)
                .brief();
        assertThat(fresh.conversation().owner().rule()).isNotEqualTo("situation.live-quote");
    }

    @Test
    void aQuoteForWhatTheyAlreadyBoughtIsNoThread() {
        Brief brief = trackingForNineMonths()
                .touchpoint(45, Channel.EMAIL, Direction.OUTBOUND, "Thank-you email to Lars after signing, with the onboarding plan for the fleet tracking licence.",
                        "Replied with the team list.", Mood.HAPPY)
                .promised(44, "Send Lars pricing for the fleet tracking licence", 44)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.live-quote");
    }

    @Test
    void aNewerConversationThatLeftNothingOpenEndsAQuoteThread() {
        Brief brief = coffeeMachineAYearAgo()
                .touchpoint(95, Channel.EMAIL, Direction.INBOUND, "Morgan asked which robot vacuum we would recommend for a small kitchen.",
                        "Sent a quote.", Mood.NEUTRAL)
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Morgan rang to say the coffee machine is still perfect; decided against a vacuum for now.",
                        "All good.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.live-quote");
    }

    @Test
    void aNextStepLeftOpenAtTheLastConversationIsTakenUp() {
        Brief session = trackingForNineMonths()
                .touchpoint(74, Channel.CALL, Direction.INBOUND, "Amara joined the customer advisory call about offline mode.",
                        "Follow-up session planned.", Mood.NEUTRAL)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Let Amara know about the new price list.", "No reply needed.", null)
                .brief();
        assertThat(session.conversation().owner().rule()).isEqualTo("situation.live-ahead");
        assertThat(session.conversation().opener().text()).contains("we said we would set up a follow-up session");

        Brief booking = coffeeMachineAYearAgo()
                .touchpoint(100, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Mariana; all fine, busy month.",
                        "Wants to book soon.", Mood.HAPPY)
                .touchpoint(82, Channel.EMAIL, Direction.OUTBOUND, "Priya is on leave for two weeks; offered another stylist or a later date.",
                        "Acknowledged.", Mood.NEUTRAL)
                .brief();
        assertThat(booking.conversation().owner().rule()).isEqualTo("situation.live-ahead");
        assertThat(booking.conversation().opener().text()).contains("you wanted to book soon");
    }

    @Test
    void aStepWithADaySetIsNoLooseThread() {
        Brief brief = trackingForNineMonths()
                .touchpoint(74, Channel.CALL, Direction.INBOUND, "Amara joined the customer advisory call about offline mode.",
                        "Follow-up session booked for Tuesday.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.live-ahead");
    }

    @Test
    void anAskStillOpenAfterAMeetingSinceOwnsThatWeSpokeInsteadOfSayingNobodyCameBack() {
        Brief brief = trackingForNineMonths()
                .touchpoint(110, Channel.CALL, Direction.OUTBOUND, "Called Lars for a quick health check on the account.",
                        "Wants a roadmap update.", Mood.NEUTRAL)
                .touchpoint(40, Channel.MEETING, Direction.OUTBOUND, "Showed Lars the new dashboard.", "Forwarded to the team.", Mood.HAPPY)
                .brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.live-ask");
        assertThat(call.opener().text()).contains("roadmap update").contains("we've spoken since").doesNotContain("this long to come back");
        assertThat(brief.toString()).doesNotContain("nobody has come back").contains("though we have spoken with them since");
    }

    @Test
    void aWrittenQuoteWeOweLeadsOverAnInterestOfTheirsGoneQuiet() {
        Brief brief = new Given().bought(RANGE, 300, "1299")
                .touchpoint(145, Channel.VISIT, Direction.OUTBOUND, "Mentioned the dishwasher to Dev; would fit well with what they already have.",
                        "Will bring their partner to see it.", Mood.HAPPY)
                .touchpoint(90, Channel.VISIT, Direction.INBOUND, "Dev looked at the dishwasher on display for twenty minutes and asked lots of questions.",
                        "Will come in on Monday to see it.", Mood.NEUTRAL)
                .promised(73, "Send Dev the quote for the dishwasher", 72)
                .touchpoint(45, Channel.VISIT, Direction.OUTBOUND, "Tomás showed Dev the induction hob during a visit; Dev asked for a written quote.",
                        "Wants a quote.", Mood.HAPPY)
                .touchpoint(20, Channel.CALL, Direction.OUTBOUND, "Called Dev: how is the range cooker doing?", "Happy with it.", Mood.EXCITED)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.live-ask");
        assertThat(brief.conversation().opener().text()).contains("induction hob");
    }

    @Test
    void anOpenComplaintStillLeadsOverALiveThread() {
        Brief brief = trackingForNineMonths()
                .touchpoint(110, Channel.CALL, Direction.OUTBOUND, "Called Lars for a quick health check on the account.",
                        "Wants a roadmap update.", Mood.NEUTRAL)
                .complaint(true)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.open-complaint");
    }

    @Test
    void somethingPutAsideForThemMonthsAgoLeadsOverHowTheirOldPurchaseIsDoing() {
        Brief brief = coffeeMachineAYearAgo()
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Morgan asked whether the stand mixer is easy to clean.", "Put one aside for them.", Mood.NEUTRAL)
                .touchpoint(120, Channel.MESSAGE, Direction.OUTBOUND, "Told Morgan that delivery charges change next month.", "No reply needed.", null)
                .brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.live-aside");
        assertThat(call.opener().text()).contains("the stand mixer put aside for you").doesNotContain("coffee machine");
        assertThat(call.talkingPoints()).filteredOn(line -> line.text().contains("stand mixer")).hasSize(1); // said once, by the call
        assertThat(call.talkingPoints().get(0).text()).contains("easy to clean").contains("release it");
    }

    @Test
    void aNewerThreadOfTheirsLeadsAndWhatWasPutAsideStaysALine() {
        Brief brief = coffeeMachineAYearAgo()
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Morgan looked at the stand mixer for a good while.", "Put one aside for them.", Mood.NEUTRAL)
                .touchpoint(40, Channel.EMAIL, Direction.INBOUND, "Morgan asked which robot vacuum we would recommend for a small kitchen.",
                        "Sent a quote.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.live-quote");
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line ->
                assertThat(line.text()).contains("the stand mixer aside").contains("still wanted"));
    }

    @Test
    void somethingPutAsideThatTheyCollectedOrBoughtLeadsNothing() {
        Brief collected = coffeeMachineAYearAgo()
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Morgan looked at the stand mixer for a good while.", "Put one aside for them.", Mood.NEUTRAL)
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Morgan picked it up on the way home.", "Collected.", Mood.HAPPY)
                .brief();
        assertThat(collected.conversation().owner().rule()).isNotEqualTo("situation.live-aside");
        assertThat(BriefEngineTest.spokenText(collected)).doesNotContain("put aside");
    }

    private static Given mixerPutAsideThenTheirQuestion() {
        return coffeeMachineAYearAgo()
                .touchpoint(240, Channel.CALL, Direction.INBOUND, "Phone enquiry from Morgan: is the stand mixer in stock?", "Yes; put one aside for them.", Mood.NEUTRAL)
                .touchpoint(180, Channel.CALL, Direction.OUTBOUND, "Called Morgan: how is the coffee machine doing?", "Happy with it.", Mood.HAPPY)
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Morgan asked whether we take the old appliance away when delivering the range cooker.", null, Mood.HAPPY);
    }

    @Test
    void theirQuestionLeftAsTheLastWordOnRecordLeadsOverWhatWasPutAsideWithASorry() {
        Brief brief = mixerPutAsideThenTheirQuestion().brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.live-ask");
        assertThat(call.opener().text()).contains("whether we take the old appliance away").contains("sorry");
        assertThat(call.talkingPoints()).anySatisfy(line -> assertThat(line.text()).contains("the stand mixer aside").contains("still wanted"));
    }

    @Test
    void aQuestionOnACallWithAContactOfOursSinceWasAnsweredThere() {
        Brief brief = mixerPutAsideThenTheirQuestion()
                .touchpoint(40, Channel.CALL, Direction.OUTBOUND, "Called Morgan about the delivery slots.", "Fine with Tuesdays.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.live-ask");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("old appliance away");
    }

    @Test
    void aCheckWeBookedSinceWhatWasPutAsideLeadsAndWhatWasPutAsideStaysALine() {
        Brief brief = new Given().bought(RANGE, 540, "1299")
                .touchpoint(200, Channel.CALL, Direction.INBOUND, "Phone enquiry from Morgan: is the stand mixer in stock?", "Yes; put one aside for them.", Mood.NEUTRAL)
                .touchpoint(70, Channel.MESSAGE, Direction.OUTBOUND, "Sent Morgan a short \"how's it going?\" message about the range cooker.",
                        "Mentioned a small rattle; booked a check.", Mood.NEUTRAL)
                .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "Notice to Morgan: new warranty terms apply to purchases from next month.", "No reply needed.", null)
                .brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.step-owed");
        assertThat(call.opener().text()).contains("rattle").doesNotContain("stand mixer");
        assertThat(call.talkingPoints()).anySatisfy(line -> assertThat(line.text()).contains("the stand mixer aside").contains("still wanted"));
    }
}
