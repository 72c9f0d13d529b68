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
 * A step we booked or promised (a check, an on-site visit, a tweak appointment, their first or next visit) whose time
 * has passed with nothing logged since is said plainly: it leads when nothing of theirs came since (a stock hello would
 * talk past it), it is a point otherwise, and no frame leaves it out as not serving the call. Anything since that shows
 * it happened (a visit, a meeting) ends it. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefBookedStepTest {
    private static final Product WASHER = new Product(UUID.randomUUID(), "Nordvik 8 kg washing machine", "Laundry", Complexity.SIMPLE, new BigDecimal("549"));
    private static final Product HIGHLIGHTS = new Product(UUID.randomUUID(), "Half-head highlights", "Colour", Complexity.SIMPLE, new BigDecimal("95"));
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "Dispatch licence (annual, 10 users)", "Software", Complexity.COMPLEX, new BigDecimal("4800"));
    private static final Product VOUCHER = new Product(UUID.randomUUID(), "Gift voucher", "Vouchers", Complexity.SIMPLE, new BigDecimal("50"));

    private static List<String> lines(Brief brief, String rule) {
        return brief.conversation().talkingPoints().stream().filter(line -> rule.equals(line.rule())).map(BriefLine::text).toList();
    }

    @Test
    void aCheckWeBookedMonthsAgoWithOnlyOurNewsSinceLeadsInsteadOfAStockHello() {
        Brief brief = new Given().bought(WASHER, 540, "549")
                .touchpoint(245, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the washing machine doing?", "Mentioned a small rattle; booked a check.", Mood.NEUTRAL)
                .touchpoint(160, Channel.EMAIL, Direction.OUTBOUND, "Emailed Maggie tips on getting the most out of the washing machine.", "No reply.", Mood.NEUTRAL)
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Notice to Maggie: new warranty terms apply to purchases from next month.", "No reply needed.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().goal().rule()).isEqualTo("situation.step-owed-quiet");
        assertThat(brief.conversation().opener().text()).contains("booked a check for the small rattle you mentioned").contains("went ahead");
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text()).contains("booked a check").contains("nothing on record since"));
        assertThat(brief.dropped()).noneSatisfy(dropped -> assertThat(dropped.text()).contains("booked a check"));
    }

    @Test
    void anOnSiteVisitConfirmedForADayThatHasPassedIsAskedAfterUntilAMeetingIsLogged() {
        Given confirmed = new Given().bought(DISPATCH, 150, "4800")
                .touchpoint(150, Channel.MEETING, Direction.INBOUND, "Signed the Dispatch licence; handed over to onboarding.", "Invoice sent.", Mood.HAPPY)
                // Wednesday March 4: the Monday meant is March 9
                .touchpoint(11, Channel.EMAIL, Direction.OUTBOUND, "Confirmed the on-site visit to Hale Electrical on Monday.", "Confirmed.", Mood.NEUTRAL);
        Brief brief = confirmed.brief();
        // the content client's call picks up the visit by its day (mature.book-knows), and says it once: not also as a step owed
        assertThat(BriefEngineTest.spokenText(brief)).containsPattern("the on-site visit on (?:March 9|9 March)").doesNotContain("confirmed the on-site visit for");
        Brief held = confirmed.touchpoint(6, Channel.MEETING, Direction.OUTBOUND, "On-site visit at Hale Electrical: went through the dispatch board.",
                "Good session.", Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(held)).doesNotContain("confirmed the on-site visit");
        // Thursday March 12, for Monday March 16: its day has not come
        Brief ahead = new Given().bought(DISPATCH, 150, "4800")
                .touchpoint(3, Channel.EMAIL, Direction.OUTBOUND, "Confirmed the on-site visit to Hale Electrical on Monday.", "Confirmed.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(ahead)).doesNotContain("went ahead").doesNotContain("nothing on record since");
    }

    @Test
    void aTweakAppointmentWeBookedAfterTheirDoubtIsNotAnsweredByTalkOfTheThing() {
        Given doubt = new Given().bought(HIGHLIGHTS, 125, "95")
                .touchpoint(125, Channel.VISIT, Direction.INBOUND, "Maggie came in for the highlights with Maya; really pleased.", null, Mood.HAPPY)
                .touchpoint(121, Channel.VISIT, Direction.INBOUND, "Maggie is not sure the highlights suits her; says it looks warmer at home than in the salon.",
                        "Booked a tweak appointment.", Mood.DOUBTFUL)
                .touchpoint(114, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a tip for styling the highlights at home.", "Said thanks back.", Mood.HAPPY);
        List<String> said = lines(doubt.brief(), "thread.booking-unsaid");
        assertThat(said).hasSize(1);
        assertThat(said.get(0)).contains("booked a tweak appointment for the highlights").contains("no visit of theirs is logged since");
        Brief came = doubt.touchpoint(110, Channel.VISIT, Direction.INBOUND, "Toned the highlights down a shade with Maya.", "Happy now.", Mood.HAPPY).brief();
        assertThat(lines(came, "thread.booking-unsaid")).isEmpty();
    }

    @Test
    void aFirstVisitBookedForADayAndANextVisitBookedMonthsAgoAreOursToAskAfter() {
        Brief voucher = new Given().bought(VOUCHER, 98, "50")
                .touchpoint(98, Channel.VISIT, Direction.INBOUND, "Set Maggie up with the gift voucher; first visit booked for Wednesday.", "Paid by card.", Mood.HAPPY)
                .touchpoint(91, Channel.MESSAGE, Direction.OUTBOUND, "Message to Maggie: the gift voucher is registered.", "No reply.", Mood.NEUTRAL)
                .brief();
        assertThat(lines(voucher, "thread.booking-unsaid")).singleElement().asString().contains("booked their first visit for Wednesday");
        assertThat(BriefEngineTest.spokenText(voucher)).doesNotContain("nothing else is going on");
        // eight months on, a visit we booked is still ours to account for; a visit they only said they would make is history
        Brief nextBooked = new Given().bought(HIGHLIGHTS, 245, "95")
                .touchpoint(245, Channel.VISIT, Direction.INBOUND, "Fringe trim with Maya; Maggie brought a reference photo.", "Next visit booked.", Mood.HAPPY)
                .brief();
        assertThat(lines(nextBooked, "thread.booking-unsaid")).singleElement().asString().contains("booked their next visit");
        Brief saidOnly = new Given().bought(HIGHLIGHTS, 245, "95")
                .touchpoint(245, Channel.CALL, Direction.INBOUND, "Maggie asked about the balayage.", "Will come in on Thursday to see it.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(saidOnly)).doesNotContain("no visit of theirs is logged since");
    }

    @Test
    void aVisitTheyPromisedForADayIsDueOnceThatDayHasPassedAndTalkBeforeItIsNoVisit() {
        // Wednesday March 4, "on Monday" is March 9; their question of the next day came before it
        Given promised = new Given()
                .touchpoint(11, Channel.CALL, Direction.INBOUND, "Maggie wanted to know the energy rating of the washing machine.", "Will come in on Monday to see it.", Mood.HAPPY)
                .touchpoint(10, Channel.CALL, Direction.INBOUND, "Maggie asked whether we take the old appliance away when delivering the washing machine.", "Gave the brochure.", Mood.HAPPY);
        assertThat(lines(promised.brief(), "thread.visit-unsaid")).singleElement().asString()
                .contains("said they would come in on Monday to see the washing machine");
        Brief spokenAfter = promised.touchpoint(4, Channel.CALL, Direction.INBOUND, "Maggie asked about delivery slots for the washing machine.", "Gave times.", Mood.HAPPY)
                .brief();
        assertThat(lines(spokenAfter, "thread.visit-unsaid")).isEmpty();
    }

    // ---- the next visit booked at an interval, falling about now -----------------------------------

    private static final Product SHORT_CUT = new Product(UUID.randomUUID(), "Short cut & finish", "Cuts & styling", Complexity.SIMPLE, new BigDecimal("38"));

    /** Their first short cut {@code daysAgo}, the next visit booked six weeks on, and our thank-you note four days later. */
    private static Given nextVisitBookedSixWeeksOn(int daysAgo) {
        return new Given().bought(HIGHLIGHTS, 400, "95").bought(SHORT_CUT, daysAgo, "38")
                .touchpoint(400, Channel.VISIT, Direction.INBOUND, "Half-head highlights with Priya.", "Happy with it.", Mood.HAPPY)
                .touchpoint(daysAgo, Channel.VISIT, Direction.INBOUND, "Maggie tried the short cut for the first time.", "Next visit booked in six weeks.", Mood.EXCITED)
                .touchpoint(daysAgo - 4, Channel.EMAIL, Direction.OUTBOUND, "Thank-you note to Maggie from Priya.", "No reply.", Mood.NEUTRAL);
    }

    @Test
    void theNextVisitBookedSixWeeksOnFallingAboutNowIsTheCallNotAStockThankYou() {
        // booked 40 days ago: six weeks on is in two days
        Brief brief = nextVisitBookedSixWeeksOn(40).brief();
        assertThat(brief.conversation().goal().rule()).isEqualTo("situation.day-ahead");
        assertThat(brief.conversation().opener().text()).contains("your next visit around");
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text())
                .contains("Their next visit is due around").contains("booked six weeks ahead").contains("Next visit booked in six weeks"));
    }

    @Test
    void aNextVisitStillWeeksAwayOrAlreadyKeptIsNoDayAhead() {
        // booked 30 days ago: twelve days to go, not yet the call's
        assertThat(nextVisitBookedSixWeeksOn(30).brief().conversation().goal().rule()).isNotEqualTo("situation.day-ahead");
        // they came in since: the visit happened
        Brief came = nextVisitBookedSixWeeksOn(40)
                .touchpoint(1, Channel.VISIT, Direction.INBOUND, "Maggie popped in for a fringe tidy.", "Paid at the desk.", Mood.HAPPY).brief();
        assertThat(BriefEngineTest.spokenText(came)).doesNotContain("next visit is due");
    }

    private static final Product FRIDGE = BriefTimeAndToneTest.FRIDGE;
    private static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik 9 kg heat-pump dryer", "Laundry", Complexity.COMPLEX, new BigDecimal("729"));

    /**
     * Read 43 (Giovanni): a rattle in the fridge freezer "booked a check" twice, and no check logged; since then he bought a washing
     * machine and a dryer, we checked the dryer was level, and a follow-up to see how the washing machine was going was ticked off.
     */
    private static Given rattleCheckedTwiceThenOtherThingsChecked() {
        return new Given().bought(FRIDGE, 250, "649").bought(WASHER, 180, "549").bought(DRYER, 165, "729")
                .touchpoint(247, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short \"how's it going?\" message about the fridge freezer.",
                        "Mentioned a small rattle; booked a check.", Mood.NEUTRAL)
                .touchpoint(203, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the fridge freezer doing?", "Mentioned a small rattle; booked a check.",
                        Mood.NEUTRAL)
                .touchpoint(180, Channel.VISIT, Direction.INBOUND, "Maggie bought the washing machine in store with Nadia.", "Paid in full.", Mood.HAPPY)
                .touchpoint(165, Channel.VISIT, Direction.INBOUND, "Dryer ordered for Maggie; about a week.", "Paid in full.", Mood.HAPPY)
                .touchpoint(160, Channel.CALL, Direction.OUTBOUND, "Nadia called Maggie to check the dryer is level and not vibrating.", "Sent the video guide again.",
                        Mood.NEUTRAL)
                .promised(170, "Check Maggie is getting on with the washing machine", 170)
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Emailed Maggie tips on getting the most out of the dryer.", "Said thanks.", Mood.HAPPY);
    }

    @Test
    void aCheckWeBookedTwiceIsSaidOnceWithBothDaysAndAChecksOfOtherThingsDoNotKeepIt() {
        Brief brief = rattleCheckedTwiceThenOtherThingsChecked().brief();
        String spoken = BriefEngineTest.spokenText(brief);
        assertThat(spoken).contains("booked a check for the small rattle").contains("fridge freezer").contains(", and again ")
                .contains("nothing on record since");
        assertThat(spoken.split("booked a check", -1)).as("said once").hasSize(2);
        assertThat(BriefCritic.check(rattleCheckedTwiceThenOtherThingsChecked().input(), brief)).isEmpty();
    }

    @Test
    void aCheckOfTheSameThingSinceKeepsTheCheckWeBooked() {
        Brief checked = rattleCheckedTwiceThenOtherThingsChecked()
                .touchpoint(120, Channel.VISIT, Direction.OUTBOUND, "Engineer checked Maggie's fridge freezer and tightened a loose panel.", "Quiet now.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(checked)).doesNotContain("booked a check");
        Brief ticked = rattleCheckedTwiceThenOtherThingsChecked().promised(150, "Check the rattle in Maggie's fridge freezer", 150).brief();
        assertThat(BriefEngineTest.spokenText(ticked)).doesNotContain("booked a check");
    }
}
