package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import static app.rapport.domain.brief.BriefEngineTest.FRIDGE;
import static app.rapport.domain.brief.BriefEngineTest.HAIRCUT;
import static app.rapport.domain.brief.BriefEngineTest.KETTLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stock frame gives way to what the record says lately (reads 44–45): their own thanks is the reason to write, a
 * lapse that began with a word of ours nobody answered is our quiet too, a visit we did ourselves is not asked after,
 * a trip months ago is asked how it went, a plan we talked through yesterday is not asked after again, and a frame
 * never asks how a new thing is doing after two check-ins its own Avoid counts. Read on Sunday 15 March 2026.
 */
class BriefStockFramesTest {

    // ---- their thanks ------------------------------------------------------------------------------

    /** A client of two cuts who came by twelve days ago with a cake for the team. */
    private static Given cakeForTheTeam() {
        return new Given().bought(HAIRCUT, 200, "55").bought(HAIRCUT, 40, "55")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Ellie; really pleased", "Next visit booked in six weeks.", Mood.HAPPY)
                .touchpoint(12, Channel.VISIT, Direction.INBOUND, "Yuki dropped by with cake for the team, to say thanks for looking after them.",
                        "Lovely chat.", Mood.HAPPY);
    }

    @Test
    void theirCakeForTheTeamIsTheReasonToWriteAndIsThankedFirst() {
        Brief brief = cakeForTheTeam().brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("thanks.theirs");
        assertThat(c.opener().text()).contains("thank you so much for the cake");
        assertThat(c.goal().text()).startsWith("Thank");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("how have things been since");
    }

    @Test
    void theirThanksWeAnsweredAlreadyIsNotThankedAgain() {
        Brief brief = cakeForTheTeam()
                .touchpoint(10, Channel.MESSAGE, Direction.OUTBOUND, "Thanked Yuki for the lovely cake", null, null).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("thanks.theirs");
    }

    @Test
    void theirThanksIsReadInTheirWordsNotInPolitenessOrThingsTheyBrought() {
        assertThat(TextSignals.theirThanks("Dropped by with chocolates for the team")).isEqualTo("the chocolates");
        assertThat(TextSignals.theirThanks("Came in just to say thank you to Maya for the colour")).isEqualTo("their kind words");
        assertThat(TextSignals.theirThanks("Sent us a thank-you card after the wedding")).isEqualTo("their kind words");
        assertThat(TextSignals.theirThanks("Replied with thanks")).isNull();
        assertThat(TextSignals.theirThanks("Brought the wine cooler back for a look at the door seal")).isNull();
        assertThat(TextSignals.theirThanks("Brought their card to pay the balance")).isNull();
    }

    // ---- a lapse that began with our own word --------------------------------------------------------

    @Test
    void aLapseAfterOurOwnUnansweredWordIsOwnedAsOurQuietToo() {
        Brief brief = new Given().bought(HAIRCUT, 560, "55")
                .touchpoint(560, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; showed Hannah how to style it", "Paid in full.", Mood.HAPPY)
                .touchpoint(554, Channel.MESSAGE, Direction.OUTBOUND, "Message to Hannah: a tip for keeping the cut fresh", "No reply.", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("lapsed.quiet-ours-too");
        assertThat(c.goal().text()).contains("the quiet is ours as much as theirs").doesNotContain("drifted away");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("that we noticed").doesNotContain("kept them away");
    }

    @Test
    void aNoteOfOursLongAfterTheyWentQuietLeavesTheQuietTheirs() {
        Brief brief = new Given().bought(HAIRCUT, 700, "55")
                .touchpoint(700, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; showed Hannah how to style it", "Paid in full.", Mood.HAPPY)
                .touchpoint(500, Channel.MESSAGE, Direction.OUTBOUND, "Message to Hannah: fancy booking the next visit?", "No reply.", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("lapsed.quiet-ours-too");
    }

    @Test
    void aLapseAfterTheirOwnLastWordIsStillOurSilence() {
        Brief brief = new Given().bought(HAIRCUT, 560, "55")
                .touchpoint(554, Channel.MESSAGE, Direction.INBOUND, "Hannah asked whether we do fringe trims", "Answered: yes, free.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("lapsed.our-silence");
    }

    // ---- a day that passed with us -----------------------------------------------------------------------

    @Test
    void aCutWeDidOurselvesIsNotAskedHowItWent() {
        Brief brief = new Given().bought(HAIRCUT, 300, "55").bought(HAIRCUT, 7, "55")
                .touchpoint(7, Channel.VISIT, Direction.INBOUND,
                        "Jo had the cut and blow-dry today. Took a little longer than planned but the finish was lovely.", "Paid in full.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("ask how it went");
    }

    // ---- time words for what they told us -----------------------------------------------------------------

    /** A regular, a cut three weeks ago, who told us of something of theirs {@code told} days ago. */
    private static Given toldUs(String what, int told) {
        return new Given().bought(HAIRCUT, 300, "55").bought(HAIRCUT, 150, "55").bought(HAIRCUT, 21, "55")
                .touchpoint(21, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; lovely finish", "Paid in full.", Mood.HAPPY)
                .touchpoint(told, Channel.VISIT, Direction.INBOUND, "Jo told us about " + what + "; relaxed and chatty", null, Mood.NEUTRAL);
    }

    @Test
    void aTripToldOfMonthsAgoIsAskedHowItWentAndANewJobHowItIsGoing() {
        assertThat(BriefEngineTest.spokenText(toldUs("a trip to Lisbon", 100).brief()))
                .contains("a trip to Lisbon").contains("ask how it went").doesNotContain("how it is going");
        assertThat(BriefEngineTest.spokenText(toldUs("her new job", 100).brief())).contains("the new job").contains("ask how it is going");
    }

    @Test
    void aRenovationWeTalkedThroughYesterdayIsNotAskedAfterAgain() {
        Given yesterday = new Given().bought(KETTLE, 20, "40")
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Bought the kettle", "Paid in full.", Mood.HAPPY)
                .touchpoint(1, Channel.VISIT, Direction.OUTBOUND, "Chatted with Esther about the kitchen renovation; showed photos of a similar one",
                        "Will come in soon.", Mood.EXCITED);
        assertThat(BriefEngineTest.spokenText(yesterday.brief())).doesNotContain("coming along");
        Given weeksAgo = new Given().bought(KETTLE, 40, "40")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Bought the kettle", "Paid in full.", Mood.HAPPY)
                .touchpoint(20, Channel.VISIT, Direction.OUTBOUND, "Chatted with Esther about the kitchen renovation; showed photos of a similar one",
                        "Will come in soon.", Mood.EXCITED);
        assertThat(BriefEngineTest.spokenText(weeksAgo.brief())).contains("kitchen renovation");
    }

    // ---- a new thing checked twice -----------------------------------------------------------------------

    /** A client of long standing with a fridge freezer a month old. */
    private static Given newFridge() {
        return new Given().bought(KETTLE, 300, "40").bought(FRIDGE, 30, FRIDGE.price().toPlainString())
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Anna bought the fridge freezer", "Paid in full.", Mood.HAPPY);
    }

    @Test
    void aNewThingWeCheckedOnTwiceIsNotAskedAfterAThirdTime() {
        Brief brief = newFridge()
                .touchpoint(8, Channel.EMAIL, Direction.OUTBOUND, "Emailed Anna to check the fridge freezer is still running fine", null, null)
                .touchpoint(6, Channel.MESSAGE, Direction.OUTBOUND, "Sent Anna a short \"how's it going?\" message about the fridge freezer",
                        "All fine.", Mood.NEUTRAL)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.fresh-purchase.checked");
        assertThat(c.goal().text()).startsWith("No need to ask Maggie again how the fridge freezer is doing");
        assertThat(c.opener().text()).doesNotContain("settling in").doesNotContain("how have things been");
        Brief once = newFridge()
                .touchpoint(6, Channel.MESSAGE, Direction.OUTBOUND, "Sent Anna a short \"how's it going?\" message about the fridge freezer",
                        "All fine.", Mood.NEUTRAL)
                .brief();
        assertThat(once.conversation().owner().rule()).as("one check-in is no reason to hold back").isEqualTo("situation.fresh-purchase");
    }

    // ---- a delivery left to be booked (read 46) -----------------------------------------------------

    private static final app.rapport.domain.Product WASHING_MACHINE = new app.rapport.domain.Product(java.util.UUID.randomUUID(),
            "Nordvik 8 kg washing machine", "Laundry", app.rapport.domain.Complexity.COMPLEX, new java.math.BigDecimal("549"));

    /** A new client who paid a deposit on a washing machine {@code daysAgo}, the balance on delivery, its delivery "to be booked". */
    private static Given deliveryToBook(int daysAgo) {
        return new Given().bought(WASHING_MACHINE, daysAgo, "522")
                .touchpoint(daysAgo, Channel.VISIT, Direction.INBOUND,
                        "Maggie bought the washing machine in store with Gareth; paid a deposit, balance on delivery.", "Delivery to be booked.",
                        Mood.EXCITED);
    }

    @Test
    void aDeliveryLeftToBeBookedWithNoWordSinceIsBookedWithASorryNotAskedHowItIsGoing() {
        Brief brief = deliveryToBook(15).brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.delivery-to-book");
        assertThat(c.opener().text()).contains("sorry").contains("book its delivery").contains("Which day would suit you?");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("how is it going").doesNotContain("how the washing machine has been");
    }

    @Test
    void aDeliveryToBookStillInItsFirstWeekIsTheWaitWithNoSorry() {
        Brief brief = deliveryToBook(4).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.awaiting-delivery");
        assertThat(brief.conversation().opener().text()).doesNotContain("sorry");
    }

    @Test
    void aWordWithThemSinceMayHaveBookedItSoTheBookingIsNotAssumedOwed() {
        Brief brief = deliveryToBook(20)
                .touchpoint(12, Channel.CALL, Direction.OUTBOUND, "Sent Maggie the video guide for the washing machine.", "Said thanks.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.delivery-to-book");
    }

    @Test
    void wordsThatLeaveTheDayToBeSetNameTheStepTheyWaitFor() {
        assertThat(TextSignals.stillToBook("Delivery to be booked.")).isEqualTo("delivery");
        assertThat(TextSignals.stillToBook("Installation date to be confirmed")).isEqualTo("installation");
        assertThat(TextSignals.stillToBook("Delivery not yet booked")).isEqualTo("delivery");
        assertThat(TextSignals.stillToBook("Delivery booked for Tuesday.")).isNull();
        assertThat(TextSignals.stillToBook("Deposit taken.")).isNull();
    }

    // ---- a check we booked on the very thing a stock frame asks after (read 47) ---------------------

    /** A content client of four months: a rattle in the fridge freezer, a check booked and never logged, a neighbour brought in since. */
    private static Given rattleCheckNeverLogged() {
        return new Given().bought(FRIDGE, 114, "636")
                .touchpoint(114, Channel.VISIT, Direction.INBOUND, "Maggie replaced a fifteen-year-old one with the fridge freezer.", "Paid in full.", Mood.HAPPY)
                .touchpoint(99, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the fridge freezer doing?", "Mentioned a small rattle; booked a check.",
                        Mood.DOUBTFUL)
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Maggie brought their neighbour in to see the showroom.", null, Mood.HAPPY)
                .touchpoint(26, Channel.EMAIL, Direction.OUTBOUND, "Emailed Maggie tips on getting the most out of the fridge freezer.", "Opened it.", null);
    }

    @Test
    void aCheckWeBookedOnTheThingAndNeverLoggedLeadsOverStillDoingEverythingYouNeed() {
        Brief brief = rattleCheckNeverLogged().brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.step-owed-quiet");
        assertThat(c.opener().text()).contains("check for the small rattle you mentioned with the fridge freezer");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("still doing everything you need").doesNotContain("still does everything they need");
    }
}
