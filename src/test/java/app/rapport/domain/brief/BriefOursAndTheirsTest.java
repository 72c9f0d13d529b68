package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is ours and what is theirs: something of ours still under way (a set-up, a guide sent again,
 * a warranty claim, a proposal, a demo booked) leads the call in our own words, a doubt we reassured
 * is asked after gently rather than answered, and hard times we noted are said to them in the
 * second person, not read out from our note. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefOursAndTheirsTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "Dispatch licence (annual)", "Software licences", Complexity.COMPLEX,
            new BigDecimal("3600"));
    private static final Product FRIDGE = BriefTimeAndToneTest.FRIDGE;
    private static final Product COFFEE = new Product(UUID.randomUUID(), "Aurelio coffee machine", "Coffee", Complexity.SIMPLE, new BigDecimal("329"));
    private static final Product CUT = BriefTimeAndToneTest.CUT;

    private static void ownedByUs(Brief brief, String rule, String words) {
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).as(words).isEqualTo(rule);
        assertThat(BriefEngineTest.spokenText(brief)).as(words).doesNotContainIgnoringCase("review").doesNotContainIgnoringCase("honest feedback")
                .doesNotContainIgnoringCase("staying with us").doesNotContainIgnoringCase("scale from one");
        assertThat(c.nextStep().rule()).as(words).isEqualTo(c.goal().rule());
    }

    // ---- a set-up of ours still under way ------------------------------------------------------

    @Test
    void aSetUpOfOursStillUnderWayLeadsInsteadOfAReview() {
        for (String[] said : List.of(
                new String[] {"Acme Couriers signed the Dispatch licence contract; kick-off meeting set for Wednesday.", "PO received."},
                new String[] {"Called Marco a few days after go-live; a few drivers still on paper, agreed a plan.", "Two actions for us."},
                new String[] {"Signed the Dispatch licence with Acme; Sophie handed over to the onboarding team.", "Invoice sent."})) {
            Brief brief = new Given().bought(DISPATCH, 20, "3600")
                    .touchpoint(18, Channel.MEETING, Direction.OUTBOUND, said[0], said[1], Mood.HAPPY)
                    .brief();
            ownedByUs(brief, "situation.ours-under-way", said[0]);
            assertThat(brief.conversation().opener().text()).as(said[0]).contains("set-up of the dispatch licence");
        }
    }

    @Test
    void aSetUpThatMovedOnSinceIsNoLongerOurs() {
        Brief kickedOff = new Given().bought(DISPATCH, 20, "3600")
                .touchpoint(20, Channel.MEETING, Direction.INBOUND, "Acme signed the Dispatch licence contract; kick-off meeting set for Monday.", null, Mood.HAPPY)
                .touchpoint(15, Channel.MEETING, Direction.OUTBOUND, "Onboarding kick-off with Tom and two dispatchers: imported the job types.", "On track.",
                        Mood.HAPPY)
                .touchpoint(6, Channel.CALL, Direction.OUTBOUND, "Week-one check with Tom: the Dispatch licence is live for every team.", "Good call.", Mood.HAPPY)
                .brief();
        assertThat(kickedOff.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
        Brief checked = new Given().bought(DISPATCH, 20, "3600")
                .touchpoint(20, Channel.MEETING, Direction.INBOUND, "Acme signed the Dispatch licence contract; kick-off meeting set for Monday.", null, Mood.HAPPY)
                .promised(12, "Check the kick-off went ahead for Acme", 12)
                .brief();
        assertThat(checked.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
        Brief trained = new Given().bought(DISPATCH, 20, "3600")
                .touchpoint(20, Channel.MEETING, Direction.INBOUND, "Acme signed the Dispatch licence contract; kick-off meeting set for Monday.", null, Mood.HAPPY)
                .touchpoint(9, Channel.VISIT, Direction.OUTBOUND, "On-site day at Acme: trained the office team on the Dispatch licence.", "On track.", Mood.NEUTRAL)
                .brief();
        assertThat(trained.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
    }

    @Test
    void aKickOffStillAheadIsPreparedNotAskedAfter() {
        // Said on Friday 13 March: "Friday" is the 20th, still to come
        Brief brief = new Given().bought(DISPATCH, 2, "3600")
                .touchpoint(2, Channel.MEETING, Direction.INBOUND, "Acme signed the Dispatch licence contract; kick-off booked for Friday.", "Contract signed.",
                        Mood.EXCITED)
                .brief();
        ownedByUs(brief, "situation.ours-under-way", "kick-off ahead");
        assertThat(brief.conversation().opener().text()).contains("ready for the kick-off of the dispatch licence on Friday").doesNotContain("how it is going");
    }

    @Test
    void aSetUpSignedDaysAgoIsTooNewToAskAfterButNoTimeForAReview() {
        Brief brief = new Given().bought(DISPATCH, 2, "3600")
                .touchpoint(2, Channel.MEETING, Direction.OUTBOUND, "Signed the Dispatch licence with Acme; handed over to onboarding.", "Invoice sent.", Mood.EXCITED)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContainIgnoringCase("review");
    }

    // ---- a guide we had to send again, a warranty claim we are seeing to --------------------------

    @Test
    void aGuideWeHadToSendAgainIsAskedAfter() {
        Brief brief = new Given().bought(FRIDGE, 40, "649")
                .touchpoint(38, Channel.CALL, Direction.OUTBOUND, "Called Ana a few days after delivery: is the fridge freezer running well?",
                        "Sent the video guide again.", Mood.NEUTRAL)
                .brief();
        ownedByUs(brief, "situation.ours-under-way", "guide");
        assertThat(brief.conversation().opener().text()).contains("the fridge freezer").contains("guide again");
        Brief since = new Given().bought(FRIDGE, 40, "649")
                .touchpoint(38, Channel.CALL, Direction.OUTBOUND, "Called Ana: is the fridge freezer running well?", "Sent the video guide again.", Mood.NEUTRAL)
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Ana popped in for filters; all working fine now.", null, Mood.HAPPY)
                .brief();
        assertThat(since.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
    }

    @Test
    void aWarrantyClaimWeAreSeeingToIsCheckedOnByWhatItIsFor() {
        Brief brief = new Given().bought(COFFEE, 200, "329")
                .touchpoint(4, Channel.CALL, Direction.INBOUND, "Warranty claim from Hiroshi: the washing machine thermostat failed.", "Covered; engineer booked.",
                        Mood.NEUTRAL)
                .brief();
        ownedByUs(brief, "situation.ours-under-way", "claim");
        assertThat(brief.conversation().opener().text()).contains("warranty claim").contains("engineer").doesNotContain("coffee machine");
        Brief notCovered = new Given().bought(COFFEE, 200, "329")
                .touchpoint(4, Channel.CALL, Direction.INBOUND, "Warranty claim from Hiroshi: a button on the coffee machine broke.", "Not covered; quote sent.",
                        Mood.NEUTRAL)
                .brief();
        assertThat(notCovered.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
        Brief fixed = new Given().bought(COFFEE, 200, "329")
                .touchpoint(14, Channel.CALL, Direction.INBOUND, "Warranty claim from Hiroshi: the coffee machine pump failed.", "Covered; engineer booked.",
                        Mood.NEUTRAL)
                .touchpoint(9, Channel.VISIT, Direction.OUTBOUND, "Engineer replaced the pump on the coffee machine.", "Fixed.", Mood.HAPPY)
                .brief();
        assertThat(fixed.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
    }

    // ---- a proposal we sent, a demo we booked ----------------------------------------------------

    @Test
    void aProposalOfOursWithNoAnswerIsAskedAfter() {
        for (String[] said : List.of(new String[] {"Proposal for the GPS trackers sent to Acme.", "No reply yet.", "the proposal for the GPS trackers"},
                new String[] {"Sent Tom the Premium support proposal.", null, "the Premium support proposal"})) {
            Brief brief = new Given().bought(DISPATCH, 300, "3600")
                    .touchpoint(200, Channel.MEETING, Direction.INBOUND, "Renewal talk with Tom; all fine.", "Renewed.", Mood.HAPPY)
                    .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, said[0], said[1], null)
                    .brief();
            ownedByUs(brief, "situation.ours-awaiting-answer", said[0]);
            assertThat(brief.conversation().opener().text()).as(said[0]).contains(said[2]).contains("reached you");
        }
        Brief thinking = new Given().bought(DISPATCH, 300, "3600")
                .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "Proposal for the GPS trackers sent to Acme.", "Interested; needs budget approval.", null)
                .brief();
        assertThat(thinking.conversation().owner().rule()).isNotEqualTo("situation.ours-awaiting-answer");
    }

    @Test
    void anInterestAnsweredByADemoBookedIsFollowedThrough() {
        Brief brief = new Given().bought(DISPATCH, 300, "3600")
                .touchpoint(18, Channel.CALL, Direction.INBOUND, "Freya asked about lead times for the dash cams for the whole fleet.", "Demo booked.", Mood.NEUTRAL)
                .brief();
        ownedByUs(brief, "situation.ours-awaiting-answer", "demo");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("would like to go ahead");
        assertThat(brief.conversation().opener().text()).contains("demo of the dash cams").contains("did it go ahead");
        Brief unnamed = new Given().bought(DISPATCH, 300, "3600")
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Freya asked about lead times for dash cams for the whole fleet.", "Demo booked.", Mood.NEUTRAL)
                .brief();
        ownedByUs(unnamed, "situation.ours-awaiting-answer", "demo, the thing named without \"the\"");
        assertThat(unnamed.conversation().opener().text()).contains("the demo of the dash cams we booked").contains("still a good time")
                .doesNotContain(" it we booked");
        Brief given = new Given().bought(DISPATCH, 300, "3600")
                .touchpoint(18, Channel.CALL, Direction.INBOUND, "Freya asked about lead times for the dash cams for the whole fleet.", "Demo booked.", Mood.NEUTRAL)
                .touchpoint(10, Channel.MEETING, Direction.OUTBOUND, "Demoed the dash cams to Freya and their finance lead.", "Thinking about it.", Mood.HAPPY)
                .brief();
        assertThat(given.conversation().owner().rule()).isNotEqualTo("situation.ours-awaiting-answer");
    }

    // ---- a doubt we reassured ----------------------------------------------------------------

    @Test
    void aDoubtWeReassuredIsAskedAfterGentlyOnceItsTimeHasPassed() {
        Brief brief = new Given().bought(FRIDGE, 80, "649")
                .touchpoint(78, Channel.VISIT, Direction.INBOUND, "Margaret worried the fridge freezer uses more power than the old one.",
                        "Reassured; will give it a month.", Mood.DOUBTFUL)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.settling");
        assertThat(c.offerPolicy()).isEqualTo(OfferPolicy.NO_OFFER);
        assertThat(c.opener().text()).contains("your fridge freezer is settling in");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContainIgnoringCase("honest feedback").doesNotContainIgnoringCase("what is on")
                .doesNotContainIgnoringCase("review");
        Brief tooSoon = new Given().bought(FRIDGE, 12, "649")
                .touchpoint(10, Channel.VISIT, Direction.INBOUND, "Margaret worried the fridge freezer uses more power than the old one.",
                        "Reassured; will give it a month.", Mood.DOUBTFUL)
                .brief();
        assertThat(tooSoon.conversation().owner().rule()).isNotEqualTo("situation.settling");
        Brief gladSince = new Given().bought(FRIDGE, 80, "649")
                .touchpoint(78, Channel.VISIT, Direction.INBOUND, "Margaret worried the fridge freezer uses more power than the old one.",
                        "Reassured; will give it a month.", Mood.DOUBTFUL)
                .touchpoint(30, Channel.CALL, Direction.OUTBOUND, "Called Margaret: how is the fridge freezer?", "Says the bills are fine.", Mood.HAPPY)
                .brief();
        assertThat(gladSince.conversation().owner().rule()).isNotEqualTo("situation.settling");
    }

    // ---- their last word --------------------------------------------------------------------------

    @Test
    void aThankYouToOurMessageIsNoLastWordOfTheirs() {
        Brief brief = new Given().bought(CUT, 700, "55").bought(CUT, 500, "55").bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Hanna in for the cut with Ellie; chatty as ever.", null, Mood.HAPPY)
                .touchpoint(150, Channel.MESSAGE, Direction.OUTBOUND, "Sent Hanna a note to say we would love to see them soon, with the booking link.",
                        "Thanked us.", Mood.HAPPY)
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Shared a short video from Ellie on styling the cut at home.", "No reply.", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.quiet-their-side");
        assertThat(c.opener().text()).contains("our last real talk was " + TimeWords.ago(300)).doesNotContain(TimeWords.ago(150))
                .doesNotContain("we last heard from you");
        // the thank-you is said for what it was, so no line claims we never heard a word since
        assertThat(c.owner().because()).contains("but a quick reply to our note of");
        // A message they answered in words of their own is theirs
        Brief answered = new Given().bought(CUT, 700, "55").bought(CUT, 500, "55").bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Hanna in for the cut with Ellie; chatty as ever.", null, Mood.HAPPY)
                .touchpoint(150, Channel.MESSAGE, Direction.OUTBOUND, "Sent Hanna a note to say we would love to see them soon, with the booking link.",
                        "Busy with the new job; will book after the summer.", Mood.HAPPY)
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Shared a short video from Ellie on styling the cut at home.", "No reply.", null)
                .brief();
        assertThat(answered.conversation().opener().text()).contains("we last heard from you " + TimeWords.ago(150));
    }

    @Test
    void anEmailOfOursWhoseOutcomeIsOurOwnStepIsNoWordOfTheirs() {
        Brief brief = new Given().bought(DISPATCH, 130, "3600")
                .touchpoint(120, Channel.MEETING, Direction.INBOUND, "Tom came in to talk through the renewal.", "Renewed.", Mood.HAPPY)
                .touchpoint(5, Channel.EMAIL, Direction.OUTBOUND, "Renewal of the Dispatch licence signed by Tom.", "Invoice sent.", null)
                .brief();
        assertThat(brief.conversation().opener().text()).doesNotContain("by email").doesNotContain("a few days ago");
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.unanswered");
    }

    // ---- hard times, in our note ------------------------------------------------------------------

    @Test
    void hardTimesInOurNoteAreSaidToThemGentlyNotReadOut() {
        for (String[] said : List.of(
                new String[] {"Sent Leila a card after they mentioned a difficult few months.", "you've had a difficult few months"},
                new String[] {"Client mentioned her mother passed away in January.", "your loss"},
                new String[] {"Told us about his knee operation; back at work next month.", "not been well"})) {
            Brief brief = new Given().bought(CUT, 400, "55").bought(CUT, 200, "55")
                    .touchpoint(12, Channel.MESSAGE, Direction.OUTBOUND, said[0], "No reply yet.", null)
                    .brief();
            assertThat(brief.conversation().owner().rule()).as(said[0]).isEqualTo("situation.hard-times");
            assertThat(BriefEngineTest.spokenText(brief)).as(said[0]).contains(said[1]).doesNotContain(said[0].replaceAll("\\.$", ""));
        }
    }

    /**
     * Read 43 (Cedar) and read 41 (Omar): an onboarding review ended "Two actions for us", and nothing since says they were done;
     * a kick-off check and a second onboarding session ticked off since are steps of the set-up, not the actions, so the actions
     * are still ours, and two months on the opener says sorry for them instead of asking how it is going.
     */
    private static Given actionsLeftThenSetUpStepsTicked() {
        return new Given().bought(DISPATCH, 75, "3600")
                .touchpoint(75, Channel.MEETING, Direction.INBOUND, "Acme signed the Dispatch licence contract; kick-off meeting set for Monday.", null, Mood.HAPPY)
                .touchpoint(66, Channel.MEETING, Direction.OUTBOUND, "Onboarding meeting with Matthew: data migrated, two open questions about the reports.",
                        "Two actions for us.", Mood.NEUTRAL)
                .promised(65, "Check the kick-off is scheduled for Acme", 65)
                .promised(56, "Second onboarding session with Acme", 56)
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Sent Matthew a usage report: the Dispatch licence cut empty miles by 11% last quarter.", "No reply.",
                        Mood.NEUTRAL);
    }

    @Test
    void actionsLeftForUsWithOnlySetUpStepsTickedSinceAreOursAndOwnedAsLate() {
        Brief brief = actionsLeftThenSetUpStepsTicked().brief();
        ownedByUs(brief, "situation.ours-under-way", "actions left");
        assertThat(brief.conversation().opener().text()).contains("sorry").contains("two actions");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContainIgnoringCase("how it is really going").doesNotContain("what is on");
    }

    @Test
    void actionsLeftForUsAreOverOnceAFollowUpAboutThemIsDone() {
        Brief brief = actionsLeftThenSetUpStepsTicked().promised(50, "Close the two actions from the onboarding meeting with Matthew", 50).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.ours-under-way");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("two actions");
    }
}
