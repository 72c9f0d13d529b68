package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.PriceLevel;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client asked, heard as theirs: a question told as a report of it ("asked about data hosting
 * and GDPR for the Dispatch licence") is owned like one with a question mark when no answer is logged;
 * a choice they asked us to help with and got only a brochure for is the call; a wish to come in that
 * names nothing is offered for the thing they asked about just before; and a client who left for a rival
 * is called to win them back, not as if still deciding. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefClientAskTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("3600"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Short cut & finish", "Hair", Complexity.SIMPLE, new BigDecimal("45"));

    private static String wholeCall(Brief brief) {
        StringBuilder said = new StringBuilder(brief.conversation().opener().text()).append('\n').append(brief.conversation().goal().text());
        brief.conversation().talkingPoints().forEach(point -> said.append('\n').append(point.text()));
        brief.conversation().avoid().forEach(line -> said.append('\n').append(line.text()));
        return said.toString();
    }

    private static Given askedOnACallMonthsAgo(String words, String outcome) {
        return new Given().bought(DISPATCH, 400, "3600")
                .touchpoint(100, Channel.CALL, Direction.INBOUND, words, outcome, Mood.HAPPY)
                .touchpoint(80, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie our newsletter: customer stories and the user day.", "No reply yet.", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Maggie asked about data hosting and GDPR for the Dispatch licence.",
            "Rang with a question about the security of the Dispatch licence.",
            "Enquired about the warranty on the Dispatch licence's tablets.",
            "Inquired about compatibility of the Dispatch licence with their older phones."})
    void aQuestionToldAsAReportOfItIsOwnedWhenNoAnswerIsLogged(String words) {
        Brief brief = askedOnACallMonthsAgo(words, null).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().opener().text()).contains("I'm sorry we never came back to you on it");
        assertThat(wholeCall(brief)).contains("no answer of ours is logged");
    }

    @Test
    void anInterestInTheThingItselfIsNoQuestionOwed() {
        Brief brief = askedOnACallMonthsAgo("Maggie asked about the Dispatch licence.", null).brief();
        assertThat(wholeCall(brief)).doesNotContain("never came back to you");
    }

    @Test
    void aReportedQuestionAnsweredThereAndThenIsNotOwed() {
        Brief brief = askedOnACallMonthsAgo("Maggie asked about data hosting and GDPR for the Dispatch licence.",
                "Explained the EU hosting; will think it over.").brief();
        assertThat(wholeCall(brief)).doesNotContain("never came back to you");
    }

    private static Given askedWhichOneWouldFit(String words, String outcome, int daysAgo) {
        return new Given().bought(BriefEngineTest.KETTLE, 420)
                .touchpoint(300, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the kettle doing?", "All fine.", Mood.HAPPY)
                .touchpoint(daysAgo, Channel.EMAIL, Direction.INBOUND, words, outcome, Mood.NEUTRAL)
                .touchpoint(daysAgo - 30, Channel.MESSAGE, Direction.OUTBOUND, "Message to Maggie: the descaling tip for the kettle.", "No reply.", null);
    }

    @Test
    void aChoiceTheyAskedUsToHelpWithAndGotOnlyABrochureForLeadsTheCall() {
        Brief brief = askedWhichOneWouldFit("Maggie emailed measurements of the kitchen and asked which wine cooler would fit.",
                "Gave the brochure.", 157).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.live-ask");
        assertThat(brief.conversation().opener().text()).contains("you asked us which wine cooler would fit");
        assertThat(wholeCall(brief)).contains("Gave the brochure");
    }

    @Test
    void whetherSomethingWouldFitAnsweredWithASpecSheetIsStillTheirQuestion() {
        Brief brief = askedWhichOneWouldFit("Sent us a photo of the utility room; wondered whether the heat-pump dryer would fit under the worktop.",
                "Sent the spec sheet.", 170).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.live-ask");
        assertThat(brief.conversation().opener().text()).contains("whether the heat-pump dryer would fit under the worktop");
    }

    @Test
    void aChoiceWeAnsweredIsNoLiveAsk() {
        Brief brief = askedWhichOneWouldFit("Maggie emailed measurements of the kitchen and asked which wine cooler would fit.",
                "Recommended the Halden 45 cm model; she will measure again.", 157).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.live-ask");
    }

    private static Given wishAfterAnAsk(String wish) {
        return new Given().bought(CUT, 330, "45")
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Maggie asked what the scalp treatment costs and how long the appointment takes.",
                        "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(14, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Maggie; all fine, busy month.", wish, Mood.EXCITED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wants to come in before the holidays.", "Would like to book in after the school run starts again."})
    void aWishToComeInThatNamesNothingIsOfferedForWhatTheyAskedAbout(String wish) {
        Brief brief = wishAfterAnAsk(wish).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(brief.conversation().opener().text()).contains("Shall I find you a time, perhaps for the scalp treatment you asked about?");
        assertThat(wholeCall(brief)).contains("They asked about the scalp treatment before that (");
    }

    @Test
    void aWishThatNamesItsOwnThingIsOfferedForThat() {
        Brief brief = wishAfterAnAsk("Wants to book the balayage before the holidays.").brief();
        assertThat(wholeCall(brief)).doesNotContain("perhaps for the scalp treatment");
    }

    private static Given leftFor(CompetitorRelation relation, int notedDaysAgo) {
        Given given = new Given().bought(BriefEngineTest.KETTLE, 500)
                .touchpoint(480, Channel.VISIT, Direction.INBOUND, "Maggie came in for the kettle; delighted.", null, Mood.EXCITED);
        Competitor rival = new Competitor(UUID.randomUUID(), "MegaVolt Superstore", null, null, PriceLevel.LOWER, null, 0);
        given.competitors.add(new BriefInput.LinkedCompetitor(rival, new CompetitorLink(UUID.randomUUID(), BriefEngineTest.CLIENT, rival.id(),
                relation, TODAY.minusDays(notedDaysAgo), "Left for MegaVolt Superstore after the complaint last year."), List.of()));
        return given;
    }

    @Test
    void aClientWhoSwitchedToARivalIsAWinBackCallNotADecision() {
        Brief brief = leftFor(CompetitorRelation.SWITCHED_TO_THEM, 330).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.competitor-switched");
        assertThat(brief.conversation().opener().text()).contains("you moved over to MegaVolt Superstore about eleven months ago");
        assertThat(wholeCall(brief)).contains("after the complaint last year")
                .doesNotContain("what matters most to you right now").doesNotContain("give honest reasons to stay").doesNotContain("before they decide");
    }

    @Test
    void aClientStillWeighingUpARivalKeepsTheDecisionFrame() {
        Brief brief = leftFor(CompetitorRelation.CONSIDERING, 10).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.competitor-considered");
    }
}
