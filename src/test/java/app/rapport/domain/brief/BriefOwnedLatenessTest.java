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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lateness owned once, and what we did seen: a quote owed for weeks is not offered as fresh news,
 * pricing or an update of ours since is not promised again nor apologised for as never sent, and a
 * check-in rhythm promised in an at-risk note and long broken is owned. Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}).
 */
class BriefOwnedLatenessTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("3600"));

    static String opener(Brief brief) {
        return brief.conversation().opener().text();
    }

    static String wholeCall(Brief brief) {
        StringBuilder said = new StringBuilder(opener(brief)).append('\n').append(brief.conversation().goal().text());
        brief.conversation().talkingPoints().forEach(point -> said.append('\n').append(point.text()));
        return said.toString();
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aQuoteAskedForWeeksAgoAndNeverSentIsOwnedAsLateOnce() {
        Brief brief = new Given()
                .bought(DISPATCH, 136, "3600")
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Would like Sunday appointments.", "Will come back to them this week.", Mood.HAPPY)
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.WON, null, "Would like Sunday appointments", 60)
                .touchpoint(56, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Maggie; interested, will think about it. Busy, kept it quick.",
                        "Wants a quote.", Mood.NEUTRAL)
                .promised(46, "Check whether Tash can fit Maggie in", 46)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(opener(brief)).contains("a quote for the gloss package").contains("I'm sorry it has taken us this long")
                .doesNotContain("so I wanted to give you the details");
        assertThat(count(wholeCall(brief), "sorry")).isEqualTo(1);
    }

    @Test
    void aWrittenQuoteAskedForInOtherWordsIsLateToo() {
        Brief brief = new Given()
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Maggie asked for a written quote for the dishwasher before the kitchen fitter comes.",
                        "Thinking about it.", Mood.NEUTRAL)
                .brief();
        assertThat(opener(brief)).contains("I'm sorry it has taken us this long");
    }

    @Test
    void aQuoteAskedForDaysAgoIsNotLateYet() {
        Brief brief = new Given()
                .touchpoint(5, Channel.EMAIL, Direction.INBOUND, "Maggie asked for a written quote for the dishwasher before the kitchen fitter comes.",
                        "Thinking about it.", Mood.NEUTRAL)
                .brief();
        assertThat(opener(brief)).contains("so I wanted to give you the details").doesNotContain("sorry");
    }

    @Test
    void pricingSentByAFollowUpMarkedDoneIsSaidAsSentNotPromisedAgain() {
        Brief brief = new Given()
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Maggie wanted to know if the rugged tablets work with their existing vans.",
                        "Not a fit yet.", null)
                .promised(10, "Send Maggie pricing for the rugged tablets", 10)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(opener(brief)).contains("we sent you the pricing for the rugged tablets on 5 March")
                .contains("whether it answered your question").doesNotContain("give you the details");
        assertThat(brief.conversation().nextStep().text()).startsWith("Note what they made of what we sent");
    }

    @Test
    void aPriceListSentThereAndThenIsSaidAsSent() {
        Brief brief = new Given()
                .touchpoint(12, Channel.MESSAGE, Direction.INBOUND, "Maggie wanted a rough price for the balayage on shoulder-length hair.",
                        "Sent the price list.", Mood.NEUTRAL)
                .brief();
        assertThat(opener(brief)).contains("and we sent you the price list then").doesNotContain("give you the details");
    }

    @Test
    void aFollowUpAboutSomethingElseSaysNothingOfTheAsk() {
        Brief brief = new Given()
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Maggie wanted to know if the rugged tablets work with their existing vans.",
                        "Will think about it.", null)
                .promised(10, "Send Maggie the quote for the dash cams", 10)
                .brief();
        // their question is whether the tablets work with their vans: the opener brings the answer to it
        assertThat(opener(brief)).doesNotContain("we sent you").contains("so I wanted to give you an answer");
    }

    @Test
    void pricingForAThingAskedAboutSinceDoesNotAnswerTheQuestionBefore() {
        Brief brief = new Given()
                .touchpoint(23, Channel.MEETING, Direction.INBOUND, "Maggie asked about lead times for barcode scanners for the whole fleet.",
                        "Qualified; budget next quarter.", Mood.NEUTRAL)
                .touchpoint(19, Channel.MEETING, Direction.INBOUND, "Question from Maggie: can we supply dash cams with a three-year warranty?", null, Mood.HAPPY)
                .promised(17, "Send Maggie pricing for the dash cams", 17)
                .brief();
        assertThat(wholeCall(brief)).contains("barcode scanners").doesNotContain("pricing for the dash cams on")
                .doesNotContain("whether it answered your question");
    }

    @Test
    void aQuoteTheyAskedForAndNeverGotLeadsOverAnOlderOfferOfOursGoneQuiet() {
        Brief brief = new Given()
                .bought(DISPATCH, 240, "3600")
                .touchpoint(128, Channel.VISIT, Direction.OUTBOUND, "Suggested the repair mask to Maggie; interested, will think about it.",
                        "Will decide after payday.", Mood.NEUTRAL)
                .touchpoint(61, Channel.MESSAGE, Direction.OUTBOUND, "Offered Maggie the bond-repair treatment at the regulars' rate.", "Wants a quote.", Mood.NEUTRAL)
                .touchpoint(53, Channel.VISIT, Direction.INBOUND, "Maggie asked about the bond-repair treatment after seeing another client's result.",
                        "Wants a quote.", Mood.HAPPY)
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Maggie; all fine, busy month.",
                        "Wants to come in before the holidays.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.offer-gone-quiet");
        assertThat(wholeCall(brief)).contains("a quote for the bond-repair treatment").containsIgnoringCase("sorry");
        Brief onlyOurOffers = new Given()
                .bought(DISPATCH, 240, "3600")
                .touchpoint(128, Channel.VISIT, Direction.OUTBOUND, "Suggested the repair mask to Maggie; interested, will think about it.",
                        "Will decide after payday.", Mood.NEUTRAL)
                .touchpoint(61, Channel.MESSAGE, Direction.OUTBOUND, "Offered Maggie the bond-repair treatment at the regulars' rate.", "Wants a quote.", Mood.NEUTRAL)
                .brief();
        assertThat(onlyOurOffers.conversation().owner().rule()).isNotEqualTo("situation.offer-gone-quiet");
        assertThat(opener(onlyOurOffers)).contains("bond-repair treatment").containsIgnoringCase("sorry");
    }

    @Test
    void aQuoteWantedMonthsAgoAndNeverSentOwnsTheCallOfAContentClient() {
        Brief brief = new Given()
                .bought(DISPATCH, 420, "3600")
                .touchpoint(420, Channel.VISIT, Direction.INBOUND, "Maggie signed for the Dispatch licence.", "Paid in full.", Mood.HAPPY)
                .touchpoint(190, Channel.CALL, Direction.OUTBOUND, "Showed Maggie the annual service plan during the check-in call.", "Wants a quote.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.quote-owed");
        assertThat(opener(brief)).contains("you asked us for a quote for the annual service plan").contains("never reached you");
        assertThat(count(wholeCall(brief), "sorry")).isEqualTo(1);
        // asked the better part of a year ago: still owned in a line, but no longer what the call is for
        Brief longAgo = new Given()
                .bought(DISPATCH, 420, "3600")
                .touchpoint(420, Channel.VISIT, Direction.INBOUND, "Maggie signed for the Dispatch licence.", "Paid in full.", Mood.HAPPY)
                .touchpoint(270, Channel.CALL, Direction.OUTBOUND, "Showed Maggie the annual service plan during the check-in call.", "Wants a quote.", Mood.HAPPY)
                .brief();
        assertThat(longAgo.conversation().owner().rule()).isNotEqualTo("situation.quote-owed");
        assertThat(wholeCall(longAgo)).contains("a quote for the annual service plan").contains("none is on record as sent");
    }

    @Test
    void aQuoteAskedForAsTheirLastWordLeadsOverTheQuietWeLeftSinceWithOnlyTips() {
        Brief brief = new Given()
                .bought(DISPATCH, 420, "3600")
                .touchpoint(420, Channel.VISIT, Direction.INBOUND, "Maggie signed for the Dispatch licence.", "Paid in full.", Mood.HAPPY)
                .touchpoint(224, Channel.VISIT, Direction.OUTBOUND, "Showed Maggie what the annual service plan could do for their fleet.", "Wants a quote.", Mood.HAPPY)
                .touchpoint(197, Channel.EMAIL, Direction.OUTBOUND, "Reminded Maggie that regular clients get a free health check between visits.", "No reply.", null)
                .touchpoint(170, Channel.MESSAGE, Direction.OUTBOUND, "Message to Maggie: a few ideas for the busy season.", "Opened the message.", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.quote-owed");
        assertThat(opener(brief)).contains("a quote for the annual service plan");
        assertThat(count(wholeCall(brief), "sorry")).isEqualTo(1);
    }

    @Test
    void aQuoteForSomethingTheyHaveBoughtSinceIsOwedNoMore() {
        Product vacuum = new Product(UUID.randomUUID(), "Vento cordless stick vacuum", "Small appliances", Complexity.SIMPLE, new BigDecimal("359"));
        Product robot = new Product(UUID.randomUUID(), "Vento robot vacuum", "Small appliances", Complexity.SIMPLE, new BigDecimal("499"));
        Brief paid = new Given()
                .touchpoint(19, Channel.CALL, Direction.INBOUND, "Phone enquiry from Maggie: is the cordless vacuum in stock?", null, Mood.NEUTRAL)
                .bought(vacuum, 12, "359")
                .touchpoint(12, Channel.CALL, Direction.INBOUND, "Maggie ordered the cordless vacuum by phone for collection on Thursday.", "Paid in full.", Mood.EXCITED)
                .promised(-1, "Send Maggie the quote for the cordless vacuum", null)
                .brief();
        assertThat(wholeCall(paid)).doesNotContain("quote for the cordless vacuum");
        // another vacuum bought is no answer to a quote for this one
        Brief other = new Given()
                .touchpoint(19, Channel.CALL, Direction.INBOUND, "Phone enquiry from Maggie: is the cordless vacuum in stock?", null, Mood.NEUTRAL)
                .bought(robot, 12, "499")
                .promised(-1, "Send Maggie the quote for the cordless vacuum", null)
                .brief();
        assertThat(wholeCall(other)).contains("quote for the cordless vacuum");
    }

    @Test
    void anUpdateOfOursMarkedDoneIsContactWhileTheRequestStaysOpen() {
        Brief brief = requestFiveWeeksOld().promised(18, "Send Maggie a short update", 18).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.open-request-old");
        assertThat(opener(brief)).contains("a Spanish-language driver app").contains("We sent you a short update on 25 February")
                .contains("still haven't had a proper answer").doesNotContain("never came back to you");
    }

    @Test
    void withNoUpdateTheRequestNeverAnsweredIsStillOwned() {
        Brief brief = requestFiveWeeksOld().brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.open-request-old");
        assertThat(opener(brief)).contains("I'm sorry we never came back to you properly");
    }

    private static Given requestFiveWeeksOld() {
        return new Given().bought(DISPATCH, 300, "3600")
                .touchpoint(38, Channel.CALL, Direction.INBOUND, "Asked for a Spanish-language driver app.", null, Mood.NEUTRAL)
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Asked for a Spanish-language driver app", 38);
    }

    @Test
    void aWeeklyCheckInPromisedInAnAtRiskNoteAndLongBrokenIsOwned() {
        Brief brief = new Given().bought(DISPATCH, 200, "3600")
                .touchpoint(150, Channel.CALL, Direction.INBOUND, "Rang about slow answers from support.", "Logged it.", Mood.FRUSTRATED)
                .note("At risk: unhappy with support response times; weekly check-in until it settles.", true, 90)
                .touchpoint(45, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie the agenda for Wednesday.", "No reply yet.", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("notes.at-risk");
        assertThat(opener(brief)).startsWith("Hi Maggie, we meant to be in touch every week, and we haven't been since 29 January: that's on us.")
                .contains("about our support response times");
    }

    @Test
    void aMonthlyReviewKeptLatelyIsNoLapse() {
        Brief brief = new Given().bought(DISPATCH, 200, "3600")
                .note("At risk: not happy with the reporting; monthly review with their ops lead.", true, 90)
                .touchpoint(20, Channel.MEETING, Direction.OUTBOUND, "Monthly review with Maggie: reporting gaps listed.", "Two actions for us.", Mood.NEUTRAL)
                .brief();
        assertThat(opener(brief)).doesNotContain("we meant to be in touch");
    }

    @Test
    void aFollowUpOfOursDoneSinceCountsAsKeepingTheRhythm() {
        Brief brief = new Given().bought(DISPATCH, 200, "3600")
                .note("At risk: unhappy with support response times; call every fortnight until it settles.", true, 90)
                .touchpoint(80, Channel.CALL, Direction.OUTBOUND, "Called Maggie about the support backlog.", "Better this week.", Mood.NEUTRAL)
                .promised(9, "Check in with Maggie on support", 9)
                .brief();
        assertThat(opener(brief)).doesNotContain("we meant to be in touch");
    }

    @Test
    void aDoubtfulFrameNamesTheDoubtItKnows() {
        Brief brief = new Given().bought(DISPATCH, 200, "3600")
                .touchpoint(14, Channel.CALL, Direction.OUTBOUND, "Gareth called Maggie to check the washing machine is level and not vibrating. Hesitant; needs reassurance.",
                        null, Mood.DOUBTFUL)
                .brief();
        assertThat(opener(brief)).contains("any doubt about whether the washing machine is level and not vibrating")
                .doesNotContain("what was on your mind");
        assertThat(brief.conversation().goal().text()).contains("(whether the washing machine is level and not vibrating)");
    }

    @Test
    void aWorryInTheirOwnWordsIsNamedToo() {
        Brief brief = new Given().bought(DISPATCH, 200, "3600")
                .touchpoint(6, Channel.CALL, Direction.INBOUND, "Maggie worried that the highlights are fading faster than expected. Hesitant; needs reassurance.",
                        null, Mood.DOUBTFUL)
                .brief();
        assertThat(opener(brief) + brief.conversation().goal().text()).contains("whether the highlights are fading faster than expected");
    }

    @Test
    void aDoubtWithNothingNamedKeepsTheGeneralWords() {
        Brief brief = new Given().bought(DISPATCH, 200, "3600")
                .touchpoint(14, Channel.EMAIL, Direction.OUTBOUND, "Told Maggie that the repair line now has evening hours.", "Acknowledged.", Mood.DOUBTFUL)
                .brief();
        assertThat(opener(brief)).doesNotContain("any doubt about");
        assertThat(brief.conversation().goal().text()).doesNotContain("(");
    }

    private static Given quoteAskedThreeMonthsAgo() {
        return new Given().bought(DISPATCH, 300, "3600")
                .touchpoint(90, Channel.VISIT, Direction.OUTBOUND, "Tomás showed Maggie the robot vacuum during a visit; Maggie asked for a written quote.",
                        "Will bring their partner to see it.", Mood.HAPPY);
    }

    @Test
    void somethingGoneQuietWhileTheQuoteTheyAskedForWasNeverSentIsOurs() {
        Brief brief = quoteAskedThreeMonthsAgo().brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(opener(brief)).contains("You asked us for a quote then, and I'm sorry we never sent it.");
        assertThat(count(wholeCall(brief), "sorry")).isEqualTo(1);
    }

    @Test
    void aQuoteSentByAFollowUpMarkedDoneLeavesTheQuietTheirs() {
        Brief brief = quoteAskedThreeMonthsAgo().promised(85, "Send Maggie the quote for the robot vacuum", 85).brief();
        assertThat(wholeCall(brief)).doesNotContain("never sent");
    }
}
