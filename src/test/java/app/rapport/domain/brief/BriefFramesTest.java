package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import static app.rapport.domain.brief.BriefEngineTest.HAIRCUT;
import static app.rapport.domain.brief.BriefEngineTest.KETTLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thing of theirs that falls due about now owns a frame that would otherwise be a stock one (reads 42–43): a first cut
 * eleven weeks ago is the reason to write, not "share their joy"; a March wedding trial they told us of is the call, not
 * "hear how things are going". Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefFramesTest {

    /** A new client, happy after their first cut {@code daysAgo}, with nothing since. */
    private static Given firstCut(int daysAgo) {
        return new Given().bought(HAIRCUT, daysAgo, "55")
                .touchpoint(daysAgo + 1, Channel.VISIT, Direction.INBOUND, "Asked if we have a slot for a cut and blow-dry on a Thursday evening",
                        "Booked in.", Mood.NEUTRAL)
                .touchpoint(daysAgo, Channel.VISIT, Direction.INBOUND, "First cut and blow-dry with us; warm conversation at the basin",
                        "Paid in full.", Mood.HAPPY);
    }

    @Test
    void aFirstCutElevenWeeksAgoIsDueAgainAndTheCallOffersTheNextOne() {
        Brief brief = firstCut(76).brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.due-again");
        assertThat(c.opener().text()).contains("since your cut and blow-dry: would you like me to find you a time for the next one?");
        assertThat(c.nextStep().text()).startsWith("Book their next cut and blow-dry");
        // eleven weeks on, it is no longer new: no "what do you enjoy most so far", no review asked
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("enjoy most").doesNotContain("review");
    }

    @Test
    void aCutOfAFewWeeksAgoIsNotYetDue() {
        assertThat(firstCut(30).brief().conversation().owner().rule()).isNotEqualTo("situation.due-again");
    }

    @Test
    void aNextVisitBookedSinceIsNoVisitDue() {
        Brief brief = firstCut(76)
                .touchpoint(40, Channel.MESSAGE, Direction.INBOUND, "Asked for a cut with the same stylist in April", "Booked in.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.due-again");
    }

    @Test
    void aCutHalfAYearAgoIsALongTimeAwayNotAVisitDue() {
        assertThat(firstCut(180).brief().conversation().owner().rule()).isNotEqualTo("situation.due-again");
    }

    @Test
    void aThingKeptForYearsIsNeverDueAgainOnASalonsCycle() {
        Brief brief = new Given().bought(KETTLE, 76, "40")
                .touchpoint(76, Channel.VISIT, Direction.INBOUND, "Bought the kettle", "Paid in full.", Mood.HAPPY).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.due-again");
    }

    /** A content client of two cuts, the newest {@code daysAgo}, who told us of a trial they want in May. */
    private static Given trialInMay() {
        return new Given().bought(HAIRCUT, 300, "55").bought(HAIRCUT, 20, "55")
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; really pleased with it", "Paid in full.", Mood.HAPPY)
                .note("Wedding planned for September; wants the trial in May", false, 40);
    }

    @Test
    void aTrialTheyWantInMayOwnsAStockFrameAndOffersToBookIt() {
        Brief brief = trialInMay().brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.time-ahead");
        assertThat(c.goal().text()).contains("ask how the plans are coming along, and offer to book the trial for May");
        assertThat(c.opener().text()).contains("how are the plans coming along? And would you like me to book the trial for May?");
        // the stock thank-you for staying with us is not said beside it
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("staying with us").doesNotContain("how have things been since");
    }

    @Test
    void aPlanToComeInThatAVisitSinceMetIsNotSaid() {
        Brief brief = new Given().bought(HAIRCUT, 300, "55").bought(HAIRCUT, 2, "55")
                .note("Wants to come in before the summer", false, 6)
                .touchpoint(2, Channel.VISIT, Direction.INBOUND, "Regular visit: short cut; really pleased", "Next visit booked in six weeks.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.time-ahead");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("Wants to come in");
    }

    @Test
    void aTimeTheyNamedSinceOurOfferWentQuietLeadsAndTheOfferIsALineUnderIt() {
        // the scalp treatment they were to decide on after payday went quiet months before they told us of the trial
        Brief brief = trialInMay()
                .touchpoint(100, Channel.VISIT, Direction.OUTBOUND, "Offered Chloé the scalp treatment at the regulars' rate", "Will decide after payday.",
                        Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.time-ahead");
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::rule).contains("thread.quiet-outrun");
    }

    @Test
    void aComplaintStillOwnsTheCallOverATimeAhead() {
        Brief brief = trialInMay().complaint(true).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.time-ahead");
    }

    @Test
    void aSpanThatOnlyRunsOutIsALineNotTheCall() {
        // "next visit booked in six weeks" runs out about now: the visit booked is read elsewhere, and it does not own the call
        Brief brief = new Given().bought(HAIRCUT, 300, "55").bought(HAIRCUT, 40, "55")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; really pleased", "Paid in full.", Mood.HAPPY)
                .note("Loved the head massage at the basin. Next visit booked in six weeks", false, 40).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.time-ahead");
    }

    @Test
    void theirWordsAreSaidBackToThemOnlyWhenTheyAreOnePlainClauseOfTheirOwn() {
        assertThat(DatesAhead.toThem("Might be back for a dryer next year.")).isEqualTo(", that you might be back for a dryer next year");
        assertThat(DatesAhead.toThem("Wants to come in before the holidays")).isEqualTo(", that you want to come in before the holidays");
        assertThat(DatesAhead.toThem("Uses the old routing system until next year")).isEqualTo(", that you use the old routing system until next year");
        assertThat(DatesAhead.toThem("Already has a contract with Meridian until next year"))
                .isEqualTo(", that you already have a contract with Meridian until next year");
        // two clauses, someone else's words, or no verb of theirs to open on: the opener does not quote them
        assertThat(DatesAhead.toThem("Wedding planned for next June; wants the trial in March")).isEmpty();
        assertThat(DatesAhead.toThem("Wants to bring her sister in the spring")).isEmpty();
        assertThat(DatesAhead.toThem("Budget year starts in April")).isEmpty();
    }
}
