package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import static app.rapport.domain.brief.BriefAheadAndAsideTest.DRYER;
import static app.rapport.domain.brief.BriefAheadAndAsideTest.LICENCE;
import static app.rapport.domain.brief.BriefAheadAndAsideTest.MIXER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A content long-time client whose newest conversation with us was a meeting: the call picks up what
 * came of it, not how the thing they bought months ago is serving them ("it's been six months since
 * you renewed", three weeks after a meeting they added their own agenda points to). The brief is read
 * on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefMetLatelyTest {
    private static Given renewedLicence() {
        return new Given().bought(LICENCE, 500, "3600").bought(LICENCE, 180, "3600")
                .touchpoint(180, Channel.EMAIL, Direction.INBOUND, "Renewed the Dispatch licence for another year", "Invoice sent.", Mood.HAPPY);
    }

    @Test
    void aMeetingTheyAddedTheirOwnPointsToLeadsOverTheRenewal() {
        // Wednesday 18 February: the agenda for Monday, so the meeting was on 23 February
        Brief brief = renewedLicence()
                .touchpoint(25, Channel.EMAIL, Direction.OUTBOUND, "Sent Tom the agenda for Monday", "Added two points of their own.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.opener().text()).contains("follow up on our meeting on 23 February").contains("how did it go")
                .doesNotContain("since you renewed");
        assertThat(c.goal().text()).contains("what came of our meeting");
        assertThat(c.owner().text()).contains("our meeting on 23 February").doesNotContain("nothing else is going on");
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void aSiteVisitConfirmedForADayThatHasPassedIsNamedByWhatItWas() {
        // Saturday 31 January: "on Wednesday" is 4 February
        Brief brief = renewedLicence()
                .touchpoint(43, Channel.EMAIL, Direction.OUTBOUND, "Confirmed the on-site visit to Tom's depot on Wednesday", "Confirmed.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.opener().text()).contains("the on-site visit on 4 February");
    }

    @Test
    void anAgendaWithNoReplyAsksWhetherTheMeetingWentAhead() {
        Brief brief = renewedLicence()
                .touchpoint(40, Channel.MEETING, Direction.OUTBOUND, "Lunch with Tom; talked about the second depot", "Thanked us.", Mood.HAPPY)
                .touchpoint(25, Channel.EMAIL, Direction.OUTBOUND, "Sent Tom the agenda for Monday", "No reply yet.", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.opener().text()).contains("our meeting on 23 February").contains("did it go ahead").doesNotContain("how did it go");
    }

    @Test
    void aMeetingHeldLatelyIsPickedUp() {
        Brief brief = renewedLicence()
                .touchpoint(30, Channel.MEETING, Direction.OUTBOUND, "Quarterly review with Tom at their office", "Good conversation.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.opener().text()).contains("our meeting on 13 February");
    }

    @Test
    void aMeetingLongAgoLeavesTheFrameToWhatTheyBought() {
        Brief brief = renewedLicence()
                .touchpoint(90, Channel.MEETING, Direction.OUTBOUND, "Quarterly review with Tom at their office", "Good conversation.", Mood.HAPPY)
                .brief();
        // the review three months ago is no meeting to follow up, and it was the check: "is it still doing what you need" is not asked again
        assertThat(brief.conversation().opener().text()).doesNotContain("meeting").doesNotContain("still doing what you need").contains("quick hello");
    }

    @Test
    void aMeetingAtWhichTheyIntroducedSomeoneIsTheirReferralNotAMeetingToFollowUp() {
        Brief brief = renewedLicence()
                .touchpoint(30, Channel.MEETING, Direction.INBOUND, "Introduced Ananya at a partner company", "Reference call done.", Mood.HAPPY)
                .opportunity(app.rapport.domain.OpportunityKind.REFERRAL, app.rapport.domain.OpportunityStatus.OPEN, null,
                        "Introduced Ananya at a partner company", 30)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("follow up on our meeting");
    }

    @Test
    void aChatAtTheCounterIsNoMeeting() {
        // a shop logs a chat with a client as a visit of ours as often as of theirs
        Brief brief = new Given().bought(MIXER, 500, "299").bought(DRYER, 120, "627")
                .touchpoint(30, Channel.VISIT, Direction.OUTBOUND, "Chatted with Maggie about the kitchen renovation", "Thanked us.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("follow up on our visit").doesNotContain("follow up on our meeting");
    }
}
