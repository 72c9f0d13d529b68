package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time and tone the brief used to get wrong: a day named in words that has passed, a silence on
 * their side, hard times they told us of, an invitation of theirs, and small wording faults. The
 * brief is read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefTimeAndToneTest {
    static final Product FRIDGE = new Product(UUID.randomUUID(), "Halden 70 cm fridge freezer", "Refrigeration", Complexity.SIMPLE,
            new BigDecimal("649"));
    static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts & styling", Complexity.SIMPLE, new BigDecimal("55"));
    static final Product UPDO = new Product(UUID.randomUUID(), "Event updo", "Styling", Complexity.SIMPLE, new BigDecimal("65"));

    // ---- a day named in words, read from the day it was said ---------------------------------

    @Test
    void aDayNamedInWordsIsReadFromTheDayItWasSaid() {
        LocalDate friday = LocalDate.of(2026, 3, 13);
        assertThat(TimeWords.dayNamed("Delivery booked for Saturday", friday)).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(TimeWords.dayNamed("delivery booked for Monday", friday)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(TimeWords.dayNamed("Fitting on the 14th", LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(TimeWords.dayNamed("will pop in on the 3rd", LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(TimeWords.dayNamed("Installation on 2 April", friday)).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(TimeWords.dayNamed("delivery on March 10th", LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(TimeWords.dayNamed("They arrive tomorrow", friday)).isEqualTo(LocalDate.of(2026, 3, 14));
        // "next week" and "this week" are over at the end of that week
        assertThat(TimeWords.dayNamed("the dash cams ship next week", friday)).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(TimeWords.dayNamed("come and see the site this week", friday)).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(TimeWords.dayNamed("Delivery booked.", friday)).isNull();
        // any Monday, not a day
        assertThat(TimeWords.dayNamed("Asked for a slot on a Monday evening", friday)).isNull();
        assertThat(TimeWords.dayNamed("Suggested early Saturday slots", friday)).isNull();
        assertThat(TimeWords.dayNamed("Said it made their week", friday)).isNull();
        assertThat(TimeWords.dayNamed(null, friday)).isNull();
    }

    private static Given fridgeDelivery(int saidDaysAgo, String words) {
        return new Given().bought(FRIDGE, saidDaysAgo, "649")
                .touchpoint(saidDaysAgo, Channel.VISIT, Direction.INBOUND, words, "Deposit taken.", Mood.HAPPY);
    }

    @Test
    void aDeliveryWhoseDayHasPassedIsAskedAfterNotConfirmed() {
        // Friday: "delivery booked for Saturday"; read on Sunday, Saturday was yesterday
        Brief brief = fridgeDelivery(2, "Sold the fridge freezer to Ethan; delivery booked for Saturday").brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.delivery-day-passed");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("Confirm the day").doesNotContain("confirm what happens next");
        assertThat(c.opener().text()).contains("Saturday").contains("go to plan");
        assertThat(c.goal().text()).contains("the fridge freezer");
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void aCheckOfTheThingAfterItsDayMeansItCame() {
        // Ordered on a Wednesday for Thursday; on Saturday we checked that every fridge freezer shelf light works: it came
        Brief brief = fridgeDelivery(4, "Sold the fridge freezer to Ethan; delivery on Thursday")
                .touchpoint(1, Channel.CALL, Direction.OUTBOUND, "Checked with Ethan that the fridge freezer keeps its temperature; the door needed adjusting",
                        "Booked a quick visit.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.delivery-day-passed");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("ask whether it came").doesNotContain("did everything go to plan");
    }

    @Test
    void aFittingOnTheFourteenthIsOverOnTheFifteenth() {
        Brief brief = fridgeDelivery(10, "Ordered the fridge freezer; fitting on the 14th").brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.delivery-day-passed");
        assertThat(brief.conversation().opener().text()).contains("on Saturday").doesNotContain("the 14th");
    }

    @Test
    void aDeliveryNextWeekSaidThreeWeeksAgoHasComeAndGone() {
        Brief brief = new Given().bought(FRIDGE, 24, "649")
                .touchpoint(24, Channel.VISIT, Direction.INBOUND, "Bought the fridge freezer", "Paid in full.", Mood.HAPPY)
                .touchpoint(3, Channel.CALL, Direction.OUTBOUND, "Called about the fridge freezer: delivery next week", "Confirmed.", Mood.NEUTRAL)
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "The fridge freezer delivery is next week", "Noted.", Mood.NEUTRAL)
                .brief();
        // the newest words ("next week", said three days ago) still lie ahead
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.awaiting-delivery");
        Brief old = new Given().bought(FRIDGE, 24, "649")
                .touchpoint(24, Channel.VISIT, Direction.INBOUND, "Bought the fridge freezer", "Paid in full.", Mood.HAPPY)
                .touchpoint(14, Channel.CALL, Direction.OUTBOUND, "Called Maggie: the fridge freezer delivery is next week", "Noted.", Mood.NEUTRAL)
                .brief();
        assertThat(old.conversation().owner().rule()).isEqualTo("situation.delivery-day-passed");
        assertThat(old.conversation().opener().text()).contains("last week");
    }

    @Test
    void somethingOrderedFromTheWarehouseIsStillToComeNotEnjoyed() {
        // "ordered for her; it comes from the warehouse, so about a week": she does not have it yet
        Brief brief = fridgeDelivery(1, "Fridge freezer ordered for Jennifer; it comes from the warehouse, so about a week").brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.awaiting-delivery");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("enjoy");
        assertThat(TextSignals.saysStillToCome("The hob is on back order with the supplier")).isTrue();
        assertThat(TextSignals.saysStillToCome("Jennifer ordered the kettle by phone and took it home")).isFalse();
    }

    @Test
    void aDeliveryDayStillAheadIsStillConfirmed() {
        // Friday: "delivery on Tuesday"; read on Sunday, it is the day after tomorrow
        Brief brief = fridgeDelivery(2, "Sold the fridge freezer; delivery on Tuesday").brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.awaiting-delivery");
        assertThat(BriefEngineTest.spokenText(brief)).contains("Confirm the day");
    }

    static final Product TRAINING = new Product(UUID.randomUUID(), "On-site training day", "Services", Complexity.COMPLEX, new BigDecimal("950"));

    @Test
    void aDayNamedForWhatTheyBoughtIsAskedAfterOnceItHasPassed() {
        // Saturday 7 March: "scheduled for Tuesday"; read on Sunday 15 March, Tuesday has been
        Brief brief = new Given().bought(TRAINING, 8, "950")
                .touchpoint(8, Channel.MEETING, Direction.INBOUND, "Andrzej ordered the training day; scheduled with our consultants for Tuesday",
                        "Handed over to onboarding.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line ->
                assertThat(line.text()).startsWith("The training day was set for Tuesday").endsWith("ask how it went."));
        Brief ahead = new Given().bought(TRAINING, 1, "950")
                .touchpoint(1, Channel.MEETING, Direction.INBOUND, "Andrzej ordered the training day; scheduled with our consultants for Tuesday",
                        "Handed over to onboarding.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(ahead)).doesNotContain("ask how it went");
    }

    // ---- silence on their side ----------------------------------------------------------------

    @Test
    void monthsOfSilenceAfterARegularsLastVisitIsNamedHonestly() {
        // two visits, so no rhythm of theirs to miss: the quiet itself is the call
        Brief brief = new Given().bought(CUT, 700, "55").bought(CUT, 420, "55")
                .touchpoint(420, Channel.VISIT, Direction.INBOUND, "Cut with Tash; happy with it", null, Mood.HAPPY)
                .touchpoint(190, Channel.CALL, Direction.OUTBOUND, "Called Annie to suggest the gloss; interested, will think about it",
                        "Thinking about it.", Mood.NEUTRAL)
                .touchpoint(120, Channel.MESSAGE, Direction.OUTBOUND, "Birthday message to Annie with a small treat on the next visit",
                        "No reply yet.", null)
                .touchpoint(35, Channel.EMAIL, Direction.OUTBOUND, "Sent Annie three styling ideas", "No reply.", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.quiet-their-side");
        assertThat(c.opener().text()).doesNotContain("how have things been since").contains("a while").contains("over a year ago")
                .doesNotContain("in touch ourselves");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContainIgnoringCase("feedback").doesNotContainIgnoringCase("do better")
                .doesNotContainIgnoringCase("review");
        assertThat(c.offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void whenWeStoppedTryingMonthsAgoTheQuietIsOwnedAsOursToo() {
        // our two tries went unanswered in the spring, and nothing from us since: most of the quiet is ours
        Brief brief = new Given().bought(CUT, 700, "55").bought(CUT, 420, "55")
                .touchpoint(420, Channel.VISIT, Direction.INBOUND, "Cut with Tash; happy with it", null, Mood.HAPPY)
                .touchpoint(270, Channel.EMAIL, Direction.OUTBOUND, "Sent Annie three styling ideas", "Opened it.", null)
                .touchpoint(240, Channel.CALL, Direction.OUTBOUND, "Called Annie to see how the cut is growing out", "No answer; left a message.", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.quiet-their-side");
        assertThat(c.opener().text()).contains("sorry we haven't been in touch ourselves");
        assertThat(c.owner().text()).contains("nothing from us either since");
    }

    @Test
    void theirLastVisitIsWhenTheyWereLastInBoughtOrNot() {
        // a cut and a treatment, then two visits this year with nothing bought: "you were last in eleven months ago" is untrue
        Brief brief = new Given().bought(CUT, 700, "55").bought(CUT, 335, "55")
                .touchpoint(335, Channel.VISIT, Direction.INBOUND, "Cut with Priya; happy with it", null, Mood.HAPPY)
                .touchpoint(213, Channel.VISIT, Direction.INBOUND, "Nat suggested we open early on Saturdays", null, Mood.NEUTRAL)
                .touchpoint(157, Channel.VISIT, Direction.INBOUND, "Nat told us about a trip to Lisbon; promised photos next time", null, Mood.HAPPY)
                .touchpoint(96, Channel.MESSAGE, Direction.OUTBOUND, "Message to Nat: the treatment works best repeated every six weeks",
                        "No reply.", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.quiet-their-side");
        assertThat(c.opener().text()).contains("we last heard from you about five months ago").doesNotContain("eleven months");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("eleven months");
        assertThat(c.owner().text()).doesNotContain("eleven months");
    }

    @Test
    void aClientWhoAnsweredLatelyIsNoSilence() {
        Brief brief = new Given().bought(CUT, 700, "55").bought(CUT, 560, "55").bought(CUT, 420, "55")
                .touchpoint(420, Channel.VISIT, Direction.INBOUND, "Cut with Tash; happy with it", null, Mood.HAPPY)
                .touchpoint(35, Channel.EMAIL, Direction.OUTBOUND, "Sent Annie three styling ideas", "Replied with thanks.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.quiet-their-side");
    }

    // ---- hard times ---------------------------------------------------------------------------

    @Test
    void hardTimesTheyToldUsOfComeBeforeAnyAsk() {
        for (String words : List.of("Sent William a card after they mentioned a difficult few months.",
                "Said her mother passed away in January; not up to much at the moment.",
                "Mentioned he has been unwell since the autumn and is only now back at work.",
                "Told us money is tight since she lost her job.")) {
            Brief brief = new Given().bought(CUT, 700, "55").bought(CUT, 400, "55").bought(CUT, 200, "55")
                    .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Cut with Ellie", null, Mood.NEUTRAL)
                    .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, words, "No reply yet.", null)
                    .brief();
            Brief.Conversation c = brief.conversation();
            assertThat(c.owner().rule()).as(words).isEqualTo("situation.hard-times");
            assertThat(c.offerPolicy()).as(words).isEqualTo(OfferPolicy.NO_OFFER);
            assertThat(c.opener().text()).as(words).contains("how you are");
            assertThat(BriefEngineTest.spokenText(brief)).as(words).doesNotContainIgnoringCase("feedback").doesNotContainIgnoringCase("review")
                    .doesNotContainIgnoringCase("do better").doesNotContainIgnoringCase("score")
                    .doesNotContainIgnoringCase("time for the next");
            assertThat(c.nextStep().rule()).as(words).isEqualTo(c.goal().rule());
        }
    }

    @Test
    void hardWordsAboutThingsAreNoHardTimes() {
        assertThat(TextSignals.hardTimes("The tap was difficult to reach; fitted anyway.")).isNull();
        assertThat(TextSignals.hardTimes("Asked about the illness cover in the warranty")).isNull();
        assertThat(TextSignals.hardTimes("Busy month, kept it quick.")).isNull();
        assertThat(TextSignals.hardTimes("She mentioned it has been a tough year")).isNotNull();
        assertThat(TextSignals.hardTimes("In hospital for a knee operation next week")).isNotNull();
    }

    @Test
    void hardTimesLongAgoOrBehindThemNoLongerLead() {
        Brief old = new Given().bought(CUT, 700, "55").bought(CUT, 400, "55")
                .touchpoint(300, Channel.CALL, Direction.INBOUND, "Mentioned a difficult few months", null, Mood.NEUTRAL)
                .brief();
        assertThat(old.conversation().owner().rule()).isNotEqualTo("situation.hard-times");
        Brief since = new Given().bought(CUT, 700, "55").bought(CUT, 400, "55")
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Mentioned a difficult few months", null, Mood.NEUTRAL)
                .bought(CUT, 10, "55")
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Cut with Ellie; feeling much better, she said", null, Mood.HAPPY)
                .brief();
        assertThat(since.conversation().owner().rule()).isNotEqualTo("situation.hard-times");
    }

    // ---- an invitation of theirs --------------------------------------------------------------

    @Test
    void anInvitationOfTheirsIsTakenUp() {
        Brief brief = new Given().bought(FRIDGE, 300, "649")
                .touchpoint(12, Channel.MEETING, Direction.OUTBOUND, "Lunch with Andrzej; talked about the expansion to a second depot",
                        "Invited us to their site.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.invitation");
        assertThat(c.opener().text()).contains("invit").contains("their site".replace("their", "your"));
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void anInvitationForAWeekGoneByAsksWhetherItStillStands() {
        Brief brief = new Given().bought(FRIDGE, 300, "649")
                .touchpoint(20, Channel.EMAIL, Direction.INBOUND, "Maggie asked us to come and see the new shop this week", null, Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.invitation");
        assertThat(BriefEngineTest.spokenText(brief)).contains("still stands");
        assertThat(BriefEngineTest.spokenText(brief)).contains("the new shop");
    }

    @Test
    void anInvitationTakenUpSinceIsOver() {
        Brief brief = new Given().bought(FRIDGE, 300, "649")
                .touchpoint(30, Channel.MEETING, Direction.OUTBOUND, "Coffee with Andrzej", "Invited us to their site.", Mood.HAPPY)
                .touchpoint(10, Channel.VISIT, Direction.OUTBOUND, "Site visit at the main depot with Andrzej", "Good visit.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.invitation");
    }

    // ---- small wording faults ---------------------------------------------------------------

    @Test
    void whatAThingCostsNamesTheThingNotItsCost() {
        assertThat(TextSignals.theThing("Adwoa asked what the updo costs and how long the appointment takes.")).isEqualTo("the updo");
        assertThat(TextSignals.theThing("Asked how much the full head colour costs")).isEqualTo("the full head colour");
        Brief brief = new Given().touchpoint(5, Channel.CALL, Direction.INBOUND,
                "Adwoa asked what the updo costs and how long the appointment takes.", "Sent the price list.", Mood.NEUTRAL).brief();
        // their question is said as they asked it; the thing it is about is the updo
        assertThat(BriefEngineTest.spokenText(brief)).contains("the decision about the updo easy").doesNotContain("about the updo costs")
                .doesNotContain("for the updo costs");
    }

    @Test
    void anAskMadeAtTheVisitItWasForIsNoOpenAsk() {
        Brief brief = new Given().bought(CUT, 400, "55").bought(CUT, 200, "55").bought(CUT, 6, "55")
                .touchpoint(6, Channel.VISIT, Direction.INBOUND, "Cut & blow-dry today. Anna asked for a softer finish around the face than last time.",
                        null, Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("where it stands").doesNotContain("softer finish around the face:");
        assertThat(brief.conversation().owner().rule()).isNotIn("situation.asked-in-words", "situation.open-request");
    }
}
