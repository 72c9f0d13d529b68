package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thread the client opened that nobody closed — a wish nothing came of, a doubt nobody answered,
 * an event they said they would come to, a review they offered — leads the call of an otherwise
 * content client (or at least is said in it), over the generic "ask for honest feedback" or "thank
 * them for staying". Closed by what fulfils it or by a later word of theirs that ends it.
 */
class BriefOpenThreadsTest {
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "hair", Complexity.SIMPLE, new BigDecimal("55"));
    private static final Product BOND_REPAIR = new Product(UUID.randomUUID(), "Bond-repair treatment", "treatments", Complexity.SIMPLE,
            new BigDecimal("85"));

    /** A content long-time client: three visits over two years, happy at the last one, nothing going on. */
    private static BriefEngineTest.Given contentRegular() {
        BriefEngineTest.Given given = new BriefEngineTest.Given();
        given.bought(CUT, 700, "55").bought(CUT, 420, "55").bought(CUT, 230, "55");
        given.touchpoint(700, Channel.VISIT, Direction.INBOUND, "First cut with us; loved the shape", "Paid by card", Mood.HAPPY);
        given.touchpoint(230, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Tash", "Paid in full", Mood.HAPPY);
        return given;
    }

    private static List<String> points(Brief brief) {
        List<String> texts = new ArrayList<>();
        brief.conversation().talkingPoints().forEach(line -> texts.add(line.text()));
        return texts;
    }

    private static void assertNoFillerFrame(Brief brief) {
        assertThat(brief.conversation().goal().text()).doesNotContain("honest feedback").doesNotContain("for staying with us");
        assertThat(points(brief)).noneMatch(text -> text.contains("what one thing we could do better"));
    }

    // ---- a wish nothing came of ---------------------------------------------------------------------

    @Test
    void aWaitingListNothingCameOfLeadsTheCall() {
        Brief brief = contentRegular()
                .touchpoint(100, Channel.MESSAGE, Direction.INBOUND, "Please put me on the wait-list for a Saturday slot", "Added her to the list", Mood.HAPPY)
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Told Maggie about the new price list", "No reply needed", null)
                .brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(brief.conversation().goal().text()).contains("asked to go on our wait list for a Saturday slot");
        assertThat(brief.conversation().opener().text())
                .isEqualTo("Hi Maggie, about three months ago you asked to go on our wait list for a Saturday slot, and nothing is booked yet."
                        + " Shall I find you a time?");
        assertThat(brief.conversation().nextStep().text()).startsWith("Book it for them");
        assertNoFillerFrame(brief);
        assertThat(BriefCritic.check(contentRegular().input(), brief)).isEmpty();
    }

    @Test
    void aCancellationListSaidInOurOutcomeIsTheirWishToo() {
        Brief brief = contentRegular()
                .touchpoint(50, Channel.CALL, Direction.INBOUND, "Maggie asked to be on the cancellation list for Thursday", "On the waiting list.", Mood.NEUTRAL)
                .brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(brief.conversation().goal().text()).contains("they asked to go on our cancellation list for Thursday");
    }

    @Test
    void aWaitingListNothingCameOfStillStandsAYearOnButNotForever() {
        BriefEngineTest.Given yearOn = new BriefEngineTest.Given().bought(CUT, 900, "55").bought(CUT, 700, "55").bought(CUT, 520, "55")
                .touchpoint(450, Channel.CALL, Direction.INBOUND, "Asked to go on the cancellation list for Mondays", "On the waiting list", Mood.HAPPY)
                .touchpoint(100, Channel.MESSAGE, Direction.OUTBOUND, "Tips for keeping the cut fresh", "Replied with thanks", Mood.NEUTRAL);
        BriefEngineTest.Given tooLong = new BriefEngineTest.Given().bought(CUT, 900, "55").bought(CUT, 700, "55")
                .touchpoint(600, Channel.CALL, Direction.INBOUND, "Asked to go on the cancellation list for Mondays", "On the waiting list", Mood.HAPPY)
                .touchpoint(100, Channel.MESSAGE, Direction.OUTBOUND, "Tips for keeping the cut fresh", "Replied with thanks", Mood.NEUTRAL);

        assertThat(yearOn.brief().conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(yearOn.brief().conversation().opener().text()).contains("you asked to go on our cancellation list for Mondays, and nothing is booked yet");
        assertThat(tooLong.brief().conversation().owner().rule()).isNotEqualTo("situation.wish-open");
    }

    @Test
    void aListForOneDayAYearGoneIsHistoryWhileAListForThatDayOfEveryWeekStillStands() {
        // Read 50, Dmitri Park: "over a year ago you asked to go on our cancellation list for Monday, and nothing is booked yet"
        java.util.function.Function<String, BriefEngineTest.Given> listed = said -> new BriefEngineTest.Given()
                .bought(CUT, 900, "55").bought(CUT, 700, "55").bought(CUT, 520, "55")
                .touchpoint(380, Channel.CALL, Direction.INBOUND, said, "On the waiting list", Mood.HAPPY)
                .touchpoint(100, Channel.MESSAGE, Direction.OUTBOUND, "Tips for keeping the cut fresh", "Replied with thanks", Mood.NEUTRAL);
        Brief oneDay = listed.apply("Asked to go on the cancellation list for Monday").brief();
        assertThat(oneDay.conversation().owner().rule()).isNotEqualTo("situation.wish-open");
        assertThat(BriefEngineTest.spokenText(oneDay)).doesNotContain("cancellation list");
        assertThat(listed.apply("Asked to go on the cancellation list for Mondays").brief().conversation().owner().rule())
                .isEqualTo("situation.wish-open");
    }

    @Test
    void aWishIsClosedByAVisitOrABookingSince() {
        Brief cameIn = contentRegular()
                .touchpoint(100, Channel.MESSAGE, Direction.INBOUND, "Asked to be on the cancellation list for Thursday", "On the waiting list", Mood.HAPPY)
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Fringe trim between cuts", "All fine", Mood.HAPPY)
                .brief();
        Brief booked = contentRegular()
                .touchpoint(100, Channel.MESSAGE, Direction.INBOUND, "Asked to be on the cancellation list for Thursday", "On the waiting list", Mood.HAPPY)
                .touchpoint(30, Channel.MESSAGE, Direction.OUTBOUND, "A Thursday slot came free; offered it to Maggie", "Booked in for the 20th", Mood.HAPPY)
                .brief();

        for (Brief brief : List.of(cameIn, booked)) {
            assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.wish-open");
            assertThat(points(brief)).noneMatch(text -> text.contains("cancellation list"));
        }
    }

    @Test
    void aTreatmentTheyWantedToTryNextTimeLeadsUntilTheyCome() {
        BriefEngineTest.Given given = contentRegular()
                .touchpoint(75, Channel.VISIT, Direction.INBOUND, "Cut with Tash; Maggie would love to try the gloss next time", "Paid by card", Mood.HAPPY);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(brief.conversation().opener().text()).contains("you wanted to try the gloss next time");
        assertNoFillerFrame(brief);

        Brief after = given.touchpoint(10, Channel.VISIT, Direction.INBOUND, "Gloss and cut with Tash", "Loved it", Mood.EXCITED).brief();
        assertThat(after.conversation().owner().rule()).isNotEqualTo("situation.wish-open");
    }

    @Test
    void someoneTheySaidTheyWouldBringIsAWishToo() {
        Brief brief = contentRegular()
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Rang to say she'll bring her sister along next time, if we have two chairs free", null, Mood.HAPPY)
                .brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(brief.conversation().goal().text()).contains("wanted to bring their sister along next time");
        assertThat(brief.conversation().opener().text()).contains("you wanted to bring your sister along next time");
    }

    @Test
    void aWishWithATimeInItIsOverOnceTheTimeHasGone() {
        Brief fresh = contentRegular()
                .touchpoint(20, Channel.MESSAGE, Direction.INBOUND, "Hoping to pop in before the holidays for a trim", null, Mood.HAPPY)
                .brief();
        Brief stale = contentRegular()
                .touchpoint(150, Channel.MESSAGE, Direction.INBOUND, "Hoping to pop in before the holidays for a trim", null, Mood.HAPPY)
                .brief();

        assertThat(fresh.conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(fresh.conversation().goal().text()).contains("wanted to pop in before the holidays");
        assertThat(stale.conversation().owner().rule()).isNotEqualTo("situation.wish-open");
        assertThat(points(stale)).noneMatch(text -> text.contains("before the holidays"));
    }

    @Test
    void theirOwnWishToComeInLeadsOverAnOfferOfOursGoneQuiet() {
        Brief brief = contentRegular()
                .touchpoint(100, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Maggie; interested, will think about it", null, Mood.HAPPY)
                .touchpoint(14, Channel.MESSAGE, Direction.OUTBOUND, "Quick how's-it-going message to Maggie", "Wants to come in before the holidays", Mood.HAPPY)
                .brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(brief.outranked()).contains("situation.offer-gone-quiet");
    }

    @Test
    void aWishDoesNotTakeTheCallFromAnOpenComplaint() {
        Brief brief = contentRegular()
                .touchpoint(60, Channel.MESSAGE, Direction.INBOUND, "Asked to be on the cancellation list for Thursday", "On the waiting list", Mood.HAPPY)
                .complaint(true)
                .brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.open-complaint");
    }

    // ---- a doubt nobody answered -------------------------------------------------------------------

    private static BriefEngineTest.Given doubtAfterReview(String words) {
        BriefEngineTest.Given given = contentRegular().bought(BOND_REPAIR, 130, "85");
        given.touchpoint(300, Channel.VISIT, Direction.INBOUND, "Colour with Tash", "Left a five-star review", Mood.EXCITED);
        given.touchpoint(120, Channel.MESSAGE, Direction.INBOUND, words, null, null);
        given.touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Birthday message to Maggie with a small treat on the next visit", "Replied with a heart", Mood.HAPPY);
        return given;
    }

    @Test
    void aDoubtNobodyAnsweredLeadsAndIsNotThankedOver() {
        BriefEngineTest.Given given = doubtAfterReview("Message from Maggie wondering whether the bond-repair treatment was worth the price");
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.doubt-unanswered");
        assertThat(brief.conversation().opener().text())
                .isEqualTo("Hi Maggie, about four months ago you weren't sure about the bond-repair treatment, and I don't think we ever came back to you on it."
                        + " How has it been since?");
        assertThat(points(brief).get(0)).contains("wondering whether the bond-repair treatment was worth the price");
        assertThat(brief.conversation().offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(points(brief)).noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("review"))
                .noneMatch(text -> text.contains("scale from one to five"));
        assertNoFillerFrame(brief);
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void doubtsAreReadInTheWordsPeopleUse() {
        for (String words : List.of("Not sure the bond-repair treatment made much difference, to be honest",
                "Maggie asked if the bond-repair treatment was a mistake; friends liked the old look better",
                "Is it normal that the bond-repair treatment leaves the ends this dry?",
                "Said the bond-repair treatment did not last as long as she hoped")) {
            Brief brief = doubtAfterReview(words).brief();
            assertThat(brief.conversation().owner().rule()).as(words).isEqualTo("situation.doubt-unanswered");
            assertThat(brief.conversation().opener().text()).as(words).contains("you weren't sure about the bond-repair treatment");
        }
    }

    @Test
    void aDoubtIsClosedByAVisitOrAWordAboutItSince() {
        Brief visited = doubtAfterReview("Wondering whether the bond-repair treatment was worth the price")
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Trim with Tash", "All fine", Mood.HAPPY).brief();
        Brief answered = doubtAfterReview("Wondering whether the bond-repair treatment was worth the price")
                .touchpoint(90, Channel.CALL, Direction.OUTBOUND, "Called Maggie about the bond-repair treatment; explained it builds up over three visits",
                        "Reassured", Mood.NEUTRAL).brief();

        for (Brief brief : List.of(visited, answered)) {
            assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.doubt-unanswered");
            assertThat(points(brief)).noneMatch(text -> text.contains("worth the price"));
        }
    }

    @Test
    void aDoubtOrAWishIsClosedByAFollowUpDoneForItOrAPurchaseSince() {
        BriefEngineTest.Given checkedIn = doubtAfterReview("Maggie asked if the bond-repair treatment was a mistake");
        checkedIn.promised(117, "Check in with Maggie, who was unsure about the bond-repair treatment", 117);
        BriefEngineTest.Given boughtSince = doubtAfterReview("Not sure the bond-repair treatment was worth it").bought(STYLING_BRUSH, 60, "40");
        BriefEngineTest.Given fitIn = contentRegular()
                .touchpoint(20, Channel.MESSAGE, Direction.OUTBOUND, "Quick how's-it-going message to Maggie", "Wants to come in before the holidays", Mood.HAPPY);
        fitIn.promised(19, "Check whether Tash can fit Maggie in", 19);

        BriefEngineTest.Given otherFollowUp = contentRegular()
                .touchpoint(60, Channel.MESSAGE, Direction.INBOUND, "Asked to be on the cancellation list for Thursday", "On the waiting list", Mood.HAPPY);
        otherFollowUp.promised(60, "Call Maggie back about the price of the root touch-up", 60);

        assertThat(otherFollowUp.brief().conversation().owner().rule()).isEqualTo("situation.wish-open");
        assertThat(checkedIn.brief().conversation().owner().rule()).isNotEqualTo("situation.doubt-unanswered");
        assertThat(boughtSince.brief().conversation().owner().rule()).isNotEqualTo("situation.doubt-unanswered");
        assertThat(fitIn.brief().conversation().owner().rule()).isNotEqualTo("situation.wish-open");
    }

    private static final Product STYLING_BRUSH = new Product(UUID.randomUUID(), "Styling brush", "retail", Complexity.SIMPLE, new BigDecimal("40"));

    // ---- something they are coming to --------------------------------------------------------------

    @Test
    void anEventTheyAreComingToIsMentionedWarmlyNotSold() {
        BriefEngineTest.Given given = contentRegular()
                .touchpoint(12, Channel.EMAIL, Direction.OUTBOUND, "Invited Maggie to our client evening to preview the spring looks", "Coming to the evening.", Mood.HAPPY);
        Brief brief = given.brief();

        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.coming");
        assertThat(brief.conversation().goal().text()).contains("would come to the client evening");
        assertThat(points(brief).get(0)).contains("the client evening").contains("look forward to seeing them there");
        assertThat(brief.conversation().talkingPoints()).noneMatch(line -> LineIntent.guess(line.text()).promotes());
        assertNoFillerFrame(brief);
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void anEventLongPastIsAskedAfterAndADeclinedOneIsNoThread() {
        Brief past = contentRegular()
                .touchpoint(70, Channel.CALL, Direction.OUTBOUND, "Told Maggie about the colour open day", "Said yes to the open day", Mood.HAPPY)
                .brief();
        Brief declined = contentRegular()
                .touchpoint(12, Channel.EMAIL, Direction.OUTBOUND, "Invited Maggie to our client evening", "Cannot make it this time.", Mood.NEUTRAL)
                .brief();

        assertThat(past.conversation().owner().rule()).isNotEqualTo("situation.coming");
        assertThat(points(past)).anyMatch(text -> text.contains("the colour open day") && text.contains("whether they made it"));
        assertThat(declined.conversation().owner().rule()).isNotEqualTo("situation.coming");
        assertThat(points(declined)).noneMatch(text -> text.contains("client evening"));
    }

    // ---- a review they said they would write -------------------------------------------------------

    @Test
    void aReviewTheyOfferedIsALightWordUntilItIsWritten() {
        BriefEngineTest.Given given = contentRegular()
                .touchpoint(45, Channel.MESSAGE, Direction.OUTBOUND, "Asked Maggie whether she would leave us a review; happy to", "Will write one at the weekend.", Mood.HAPPY);
        Brief brief = given.brief();

        assertThat(points(brief)).anyMatch(text -> text.startsWith("They said they would review us") && text.contains("if not, leave it"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();

        Brief written = given.touchpoint(30, Channel.MESSAGE, Direction.INBOUND, "Maggie sent a link: review posted", null, Mood.HAPPY).brief();
        assertThat(points(written)).noneMatch(text -> text.startsWith("They said they would review us"));
    }

    @Test
    void aThreadIsToldByWhatItIsAbout() {
        assertThat(TextSignals.thread("Maggie is not sure the balayage suits her; says it looked better in the salon", null))
                .isEqualTo(new TextSignals.Thread(TextSignals.ThreadKind.DOUBT, "were not sure about the balayage", "the balayage"));
        assertThat(TextSignals.thread("Asked Maggie for an online review", "Will do it at the weekend."))
                .extracting(TextSignals.Thread::kind).isEqualTo(TextSignals.ThreadKind.REVIEW);
        assertThat(TextSignals.thread("Asked Maggie for an online review", "Review posted.")).isNull();
        assertThat(TextSignals.thread("Said the colour did not hold as well as hoped through the evening", null))
                .extracting(TextSignals.Thread::kind).isEqualTo(TextSignals.ThreadKind.DOUBT);
        assertThat(TextSignals.thread("Rang about the workshop", "Signed up for the colour workshop"))
                .isEqualTo(new TextSignals.Thread(TextSignals.ThreadKind.COMING, "would come to the colour workshop", "the colour workshop"));
    }

    @Test
    void wordsThatOpenNoThreadStayOut() {
        assertThat(TextSignals.thread("Offered the gloss; Maggie said not for now", null)).isNull();
        assertThat(TextSignals.thread("Booked the next cut for Tuesday", "Confirmed")).isNull();
        assertThat(TextSignals.thread("Asked whether Tuesday at 3 suits her", "Moved to Wednesday")).isNull();
        assertThat(TextSignals.thread("Will come in the day after the delivery", null)).isNull();
        assertThat(TextSignals.thread("Told us about a trip to Lisbon; promised photos next time", null)).isNull();
    }
}
