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
import app.rapport.domain.Purchase;
import app.rapport.domain.Quadrant;
import app.rapport.domain.SwotItem;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time ahead, things put aside, and frames gone stale: a day just ahead named in words, something
 * put aside for them or a proposal they asked for, a competitor weighed up long ago by a client
 * glad of us since, a silence from a client who bought lately, and what the book knows of a content
 * long-time client. The brief is read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefAheadAndAsideTest {
    static final Product LICENCE = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software", Complexity.COMPLEX,
            new BigDecimal("3600"));
    static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik 9 kg heat-pump dryer", "Laundry", Complexity.SIMPLE, new BigDecimal("627"));
    static final Product MIXER = new Product(UUID.randomUUID(), "Brio stand mixer", "Small appliances", Complexity.SIMPLE, new BigDecimal("299"));
    static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts & styling", Complexity.SIMPLE, new BigDecimal("55"));
    static final Product BRIDAL = new Product(UUID.randomUUID(), "Bridal styling", "Bridal", Complexity.COMPLEX, new BigDecimal("450"));

    private static Given fieldClient() {
        return new Given().bought(LICENCE, 400, "3600").bought(LICENCE, 200, "3600")
                .touchpoint(200, Channel.EMAIL, Direction.INBOUND, "Renewed the Dispatch licence for another year", "Invoice sent.", Mood.HAPPY);
    }

    // ---- a day just ahead -----------------------------------------------------------------------

    @Test
    void anAgendaSentForMondayReadOnSundayIsTomorrowsMeeting() {
        // Thursday 12 March: "the agenda for Monday"; read on Sunday, the meeting is tomorrow
        Brief brief = fieldClient()
                .touchpoint(3, Channel.EMAIL, Direction.OUTBOUND, "Sent Tom the agenda for Monday", "Confirmed; added two points of their own.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.day-ahead");
        assertThat(c.opener().text()).contains("tomorrow").contains("bring or prepare").doesNotContain("since");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("how have things been since").doesNotContain("honest feedback");
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void aFittingOnTheSeventeenthReadOnTheFifteenthIsPreparedFor() {
        // a deposit paid weeks ago: the fitting is an appointment, not a delivery awaited
        Brief brief = new Given().bought(BRIDAL, 45, "450")
                .touchpoint(5, Channel.CALL, Direction.INBOUND, "Maggie booked the bridal fitting for the 17th", "Confirmed.", Mood.EXCITED)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.day-ahead");
        assertThat(c.opener().text()).contains("the bridal fitting").contains("on Tuesday");
    }

    @Test
    void seeYouNextWeekIsAVisitToPrepareFor() {
        Brief brief = new Given().bought(CUT, 300, "55").bought(CUT, 150, "55")
                .touchpoint(2, Channel.MESSAGE, Direction.INBOUND, "Thanks, see you next week!", null, Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.day-ahead");
        assertThat(c.opener().text()).contains("your appointment next week");
    }

    @Test
    void daysThatAreNoMeetingOfOursDoNotCount() {
        for (String words : List.of("Will decide next week.", "Reminder: the support plan renews next week.",
                "Emma referred Priya, who booked a cut for next week.", "Calling back tomorrow about the invoice.",
                "The meeting on Tuesday is cancelled.")) {
            Brief brief = fieldClient().touchpoint(3, Channel.CALL, Direction.INBOUND, words, null, Mood.NEUTRAL).brief();
            assertThat(brief.conversation().owner().rule()).as(words).isNotEqualTo("situation.day-ahead");
        }
        // called off since, with no new day
        Brief calledOff = fieldClient()
                .touchpoint(3, Channel.EMAIL, Direction.OUTBOUND, "Sent Tom the agenda for Monday", "Confirmed.", Mood.HAPPY)
                .touchpoint(1, Channel.CALL, Direction.INBOUND, "Tom cancelled the meeting: the directors are away", null, Mood.NEUTRAL)
                .brief();
        assertThat(calledOff.conversation().owner().rule()).isNotEqualTo("situation.day-ahead");
        assertThat(BriefEngineTest.spokenText(calledOff)).doesNotContain("set for tomorrow");
        // the day has come and gone
        Brief passed = fieldClient().touchpoint(10, Channel.EMAIL, Direction.OUTBOUND, "Sent Tom the agenda for Monday", "Confirmed.", Mood.HAPPY)
                .brief();
        assertThat(passed.conversation().owner().rule()).isNotEqualTo("situation.day-ahead");
    }

    @Test
    void aDayAheadIsStillSaidWhenSomethingMoreUrgentOwnsTheCall() {
        Brief brief = fieldClient()
                .touchpoint(3, Channel.EMAIL, Direction.OUTBOUND, "Sent Tom the agenda for Monday", "Confirmed.", Mood.HAPPY)
                .promised(1, "Send Tom the revised quote", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise");
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text()).startsWith("The meeting is set for tomorrow"));
    }

    // ---- put aside, or a proposal they asked for ------------------------------------------------

    @Test
    void somethingPutAsideLatelyLeadsTheCall() {
        Brief brief = new Given().bought(DRYER, 400, "627").bought(DRYER, 200, "627")
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Wei looked at the stand mixer for a good while", "Put one aside for them.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.put-aside");
        assertThat(c.opener().text()).contains("the stand mixer").contains("put aside");
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void somethingPutAsideLongAgoStillDeservesALine() {
        Brief brief = new Given().bought(DRYER, 400, "627").bought(DRYER, 200, "627")
                .touchpoint(100, Channel.VISIT, Direction.INBOUND, "Wei looked at the stand mixer for a good while", "Put one aside for them.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.put-aside");
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line ->
                assertThat(line.text()).contains("the stand mixer aside").contains("still wanted").contains("release"));
    }

    @Test
    void aProposalTheyAskedForLongAgoIsAskedAfter() {
        // three months on, it has gone quiet: the call asks after it
        Brief brief = fieldClient()
                .touchpoint(90, Channel.MEETING, Direction.OUTBOUND, "Showed Francesca the analytics module at their office", "Proposal requested.", Mood.HAPPY)
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Sent Francesca our spring newsletter", "No reply.", null)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).contains("the analytics module").contains("still of interest");
        // half a year on it is no longer a decision under way, yet still worth a line
        Brief older = fieldClient()
                .touchpoint(170, Channel.MEETING, Direction.OUTBOUND, "Showed Francesca the analytics module at their office", "Proposal requested.", Mood.HAPPY)
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Francesca sent the new depot address", "Updated.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(older)).contains("proposal for the analytics module").contains("still of interest")
                // we never sent it: the wait is ours to own, not their interest gone quiet (Orchard Landscaping, read 45)
                // and, half a year on with nothing else going on, owning it is the call (Falcon Fleet Hire, read 50)
                .contains("none is on record as sent").contains("never reached you").doesNotContain("whether things have moved on");
        Brief sentThatDay = fieldClient()
                .touchpoint(170, Channel.MEETING, Direction.OUTBOUND, "Proposal for the analytics module sent to Francesca", "Proposal requested.", Mood.HAPPY)
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Francesca sent the new depot address", "Updated.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(sentThatDay)).doesNotContain("none is on record as sent").doesNotContain("say sorry");
    }

    @Test
    void whatWasPutAsideIsTheThingTheyAskedAbout() {
        Brief brief = new Given().bought(DRYER, 400, "627").bought(DRYER, 200, "627")
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Björn asked which capsule coffee maker we would recommend for a small kitchen",
                        "Put one aside for them.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.put-aside");
        assertThat(brief.conversation().opener().text()).contains("the capsule coffee maker").doesNotContain("kitchen");
    }

    @Test
    void aProposalAskedForLatelyOrAlreadyTheCallIsNotAskedAfterAgain() {
        Brief lately = fieldClient()
                .touchpoint(10, Channel.MEETING, Direction.OUTBOUND, "Showed Francesca the analytics module at their office", "Proposal requested.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(lately)).doesNotContain("still of interest, or whether things have moved on");
        // thought over for three months: the call is that, said once
        Brief quiet = fieldClient()
                .touchpoint(90, Channel.MEETING, Direction.OUTBOUND, "Presented the Premium support plan to Lucas; interested, needs budget approval",
                        "Proposal requested.", Mood.HAPPY)
                .brief();
        assertThat(quiet.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(BriefEngineTest.spokenText(quiet)).doesNotContain("They asked for a proposal");
    }

    @Test
    void somethingPutAsideAndBoughtSinceIsOver() {
        Brief brief = new Given().bought(DRYER, 400, "627")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Wei looked at the stand mixer", "Put one aside for them.", Mood.HAPPY)
                .bought(MIXER, 30, "299")
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("aside");
    }

    // ---- a competitor weighed up long ago ------------------------------------------------------

    private static Given considering(Given given, int notedDaysAgo) {
        Competitor rival = new Competitor(UUID.randomUUID(), "Bloom Mobile Hair", null, null, PriceLevel.LOWER, null);
        given.competitors.add(new BriefInput.LinkedCompetitor(rival, new CompetitorLink(UUID.randomUUID(), CLIENT, rival.id(),
                CompetitorRelation.CONSIDERING, TODAY.minusDays(notedDaysAgo), "Said they come to the house"),
                List.of(new SwotItem(UUID.randomUUID(), rival.id(), Quadrant.WEAKNESS, "Often late", null, null, null, 0))));
        return given;
    }

    @Test
    void aCompetitorWeighedUpMonthsAgoDoesNotOwnTheCallOfAClientGladOfUsSince() {
        Brief brief = considering(new Given().bought(DRYER, 500, "627").bought(DRYER, 260, "627"), 250)
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Popped in; asked about the induction hob", "Sent the price list.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.competitor-considered");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("what they would lose by leaving");
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line ->
                assertThat(line.text()).contains("weighing up Bloom Mobile Hair").contains("if it comes up"));
    }

    @Test
    void aCompetitorWeighedUpLatelyStillOwnsTheCall() {
        Brief brief = considering(new Given().bought(DRYER, 500, "627").bought(DRYER, 260, "627"), 20)
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Popped in; asked about the induction hob", "Sent the price list.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.competitor-considered");
        // and long ago, but nothing glad or new from them since
        Brief quiet = considering(new Given().bought(DRYER, 500, "627").bought(DRYER, 260, "627"), 250)
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Rang about opening hours", null, Mood.NEUTRAL)
                .brief();
        assertThat(quiet.conversation().owner().rule()).isEqualTo("situation.competitor-considered");
    }

    // ---- a silence from a client who bought lately ---------------------------------------------

    @Test
    void aKeyAccountThatRenewedLatelyIsNotAskedWhetherItMovedOn() {
        Given given = new Given().bought(LICENCE, 400, "3600");
        given.products.put(LICENCE.id(), LICENCE);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, LICENCE.id(), null, TODAY.minusDays(40), new BigDecimal("3600"), null,
                TODAY.plusDays(325)));
        Brief brief = given
                .touchpoint(40, Channel.EMAIL, Direction.INBOUND, "Renewed the Dispatch licence for another year", "Invoice sent.", Mood.HAPPY)
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Emailed Tom to ask how the spring update went", "No reply.", null)
                .touchpoint(16, Channel.CALL, Direction.OUTBOUND, "Called Tom about the user day", "No answer; left a message.", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.unanswered-still-a-client");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("moved on").doesNotContain("what made them go");
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void ourMessageOfThreeDaysAgoWithOurOwnFollowUpStillToComeIsNoSilenceYet() {
        // Juniper Café, read 50: "we've sent you a couple of messages lately without hearing back", counting a "how's it going?" of three
        // days before, when we had set ourselves to check in again on the 14th
        Given given = new Given().bought(DRYER, 150, "627")
                .touchpoint(90, Channel.EMAIL, Direction.OUTBOUND, "Mentioned the annual service plan to Maggie.", "Wants a quote.", Mood.HAPPY)
                .touchpoint(84, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a written quote for the annual service plan.", null, null);
        given.touchpoints.add(new app.rapport.domain.Touchpoint(UUID.randomUUID(), CLIENT, BriefEngineTest.NOW.minus(3, java.time.temporal.ChronoUnit.DAYS),
                Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short \"how's it going?\" message about the dryer.", "No reply yet.", null,
                TODAY.plusDays(8)));
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.unanswered-still-a-client");
        assertThat(brief.conversation().opener().text()).doesNotContain("without hearing back");
    }

    @Test
    void aRealSilenceWithNoRecentPurchaseMayStillAskWhetherTheyMovedOn() {
        Brief brief = new Given().bought(DRYER, 500, "627").bought(DRYER, 300, "627")
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Bought filters", null, Mood.HAPPY)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie our spring offers", "No reply.", null)
                .touchpoint(20, Channel.CALL, Direction.OUTBOUND, "Called Maggie to check in", "No answer.", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isIn("situation.unanswered", "situation.quiet-their-side");
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.unanswered-still-a-client");
    }

    // ---- what the book knows of a content long-time client ----------------------------------------

    @Test
    void aContentLongTimeClientIsAskedAboutWhatTheyBoughtNotForFeedback() {
        Brief brief = new Given().bought(MIXER, 500, "299").bought(DRYER, 120, "627")
                .touchpoint(110, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie the dryer's care guide", "Thanked us.", Mood.NEUTRAL)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.goal().text()).contains("dryer").contains("four months").doesNotContain("honest feedback");
        assertThat(c.opener().text()).contains("dryer").contains("four months");
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void openTicketsLeftByAReviewKeepTheWhyFromSayingNothingElseIsGoingOn() {
        Brief plain = new Given().bought(MIXER, 500, "299").bought(DRYER, 120, "627")
                .touchpoint(110, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie the dryer's care guide", "Thanked us.", Mood.NEUTRAL)
                .brief();
        Brief tickets = new Given().bought(MIXER, 500, "299").bought(DRYER, 120, "627")
                .touchpoint(110, Channel.MEETING, Direction.OUTBOUND, "Review with Maggie of the dryer's first months", "Two open tickets.", Mood.NEUTRAL)
                .brief();
        assertThat(plain.conversation().owner().text()).contains("nothing else is going on");
        assertThat(tickets.conversation().owner().text()).doesNotContain("nothing else is going on");
    }

    @Test
    void aLicenceRenewedIsNotSpokenOfAsNew() {
        Brief brief = new Given().bought(LICENCE, 500, "3600").bought(LICENCE, 150, "3600")
                .touchpoint(150, Channel.EMAIL, Direction.INBOUND, "Renewed the Dispatch licence for another year", "Invoice sent.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.opener().text()).contains("since you renewed the dispatch licence").doesNotContain("you've had");
    }

    @Test
    void aServiceLongAgoIsTimeForTheNextOne() {
        Brief brief = new Given().bought(CUT, 300, "55").bought(CUT, 90, "55")
                .touchpoint(90, Channel.VISIT, Direction.INBOUND, "Cut with Ellie", null, Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.opener().text()).contains("since your cut").contains("the next one");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("thank them for staying").doesNotContain("honest feedback");
    }
}
