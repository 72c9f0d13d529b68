package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lapse or a renewal is the call, not a side question, and what we just did is not done again (issue 15, reads
 * 36-39): the licence everything hangs on fell due unrenewed while the support plan for it was renewed (Daniel); the
 * only thing they had ran out with our renewal quote unanswered (Greystone); two plans beside a renewed licence lapsed
 * (Brightwater); a second licence bought months into the first one's year is no renewal of it (Northwind); thanks for an
 * introduction we already thanked them for, "does it still do everything" days after an account review (Redwood); a
 * third check-in in a fortnight (Giovanni); asking them whether our own tickets are sorted (Christian).
 */
class BriefLapseAndRepeatTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3600"));
    private static final Product SUPPORT_PLAN = new Product(UUID.randomUUID(), "Standard support plan (annual)", "Support",
            Complexity.SIMPLE, new BigDecimal("900"));
    private static final Product APP = new Product(UUID.randomUUID(), "FieldLine mobile app add-on (annual)", "Software licences",
            Complexity.SIMPLE, new BigDecimal("1100"));
    private static final Product FRIDGE = new Product(UUID.randomUUID(), "Halden American-style fridge freezer", "Large appliances",
            Complexity.SIMPLE, new BigDecimal("1299"));

    /** Bought {@code daysAgo}, renewing {@code renewsInDays} from today (negative: fell due that many days ago). */
    private static Given buy(Given given, Product product, String description, int daysAgo, String amount, Integer renewsInDays) {
        given.products.put(product.id(), product);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, product.id(), description, TODAY.minusDays(daysAgo), new BigDecimal(amount), null,
                renewsInDays == null ? null : TODAY.plusDays(renewsInDays)));
        return given;
    }

    private static String day(int daysAgo) {
        LocalDate on = TODAY.minusDays(daysAgo);
        return on.getDayOfMonth() + " " + on.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + (on.getYear() == TODAY.getYear() ? "" : " " + on.getYear());
    }

    // ---- the main licence lapsed: it leads ------------------------------------------------------

    /** The dispatch licence and its support plan signed 400 days ago, both due 35 days ago; only the support plan renewed since. */
    private static Given licenceLapsedPlanRenewed() {
        Given given = buy(new Given(), DISPATCH, null, 400, "3600", -35);
        buy(given, SUPPORT_PLAN, null, 400, "900", -35);
        buy(given, SUPPORT_PLAN, null, 21, "927", 344);
        return given
                .touchpoint(400, Channel.MEETING, Direction.OUTBOUND, "Signed the Dispatch licence with Andersen Vending.", "Contract signed.", Mood.EXCITED)
                .touchpoint(21, Channel.EMAIL, Direction.INBOUND, "Andersen Vending renewed the Standard support plan for another year; invoice sent.",
                        "Thanked us.", Mood.NEUTRAL);
    }

    @Test
    void theMainLicenceThatFellDueUnrenewedLeadsTheCallNotTheThanksForThePlanBesideIt() {
        Brief brief = licenceLapsedPlanRenewed().brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.term-lapsed");
        assertThat(call.opener().text()).contains("the dispatch licence").contains("was due for renewal on " + day(35)).doesNotStartWith("Hi Maggie, thank you");
        assertThat(call.talkingPoints()).anySatisfy(line -> assertThat(line.text()).contains("check that the dispatch licence was not renewed and left unlogged"));
        assertThat(call.talkingPoints()).anySatisfy(line -> assertThat(line.text()).contains("(10 users, 3,600 a year)"));
        // not a side question whether they "meant to let it go"
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).doesNotContain("meant to let it go");
    }

    @Test
    void aLicenceRenewedIsNoLapseToLeadWith() {
        Given given = licenceLapsedPlanRenewed();
        buy(given, DISPATCH, null, 35, "3600", 330);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).doesNotStartWith("situation.term-lapsed");
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).doesNotContain("fell due");
    }

    /** The mobile app add-on, all they have, due 140 days ago; our renewal quote a month before had no answer, and nothing since. */
    private static Given onlyThingRanOutWithOurQuoteUnanswered() {
        return buy(new Given(), APP, null, 505, "1100", -140)
                .touchpoint(505, Channel.MEETING, Direction.INBOUND, "Greystone Removals signed the mobile app add-on contract.", "Contract signed.", Mood.HAPPY)
                .touchpoint(420, Channel.MEETING, Direction.OUTBOUND, "Showed Yuki the new dashboard in the mobile app add-on.", "Asked for a session.",
                        Mood.HAPPY)
                .touchpoint(265, Channel.EMAIL, Direction.INBOUND, "Yuki asked whether the app works offline.", "Answered.", Mood.HAPPY)
                .touchpoint(170, Channel.EMAIL, Direction.OUTBOUND, "Sent Greystone Removals the renewal quote for the mobile app add-on.", "No reply yet.",
                        null);
    }

    @Test
    void aTermThatRanOutWithOurRenewalQuoteUnansweredIsOursToPickUpNotAQuietHello() {
        Brief brief = onlyThingRanOutWithOurQuoteUnanswered().brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.term-lapsed.in-hand");
        assertThat(call.opener().text()).contains("the mobile app add-on").contains("we let it drop");
        assertThat(call.talkingPoints()).anySatisfy(line -> assertThat(line.text()).contains("renewal quote").contains("not renewed and left unlogged"));
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("no news and no offers").doesNotContain("meant to let it go");
    }

    // ---- plans beside the main thing: said together, and never "nothing else is going on" ------

    /** Two dispatch licences renewed 240 days ago; the support plan (due then) and the app add-on (due 295 days ago) never renewed. */
    private static Given licenceRenewedTwoPlansLapsed() {
        Given given = buy(new Given(), DISPATCH, "2 \u00d7 FieldLine Dispatch licence (annual, 10 users)", 605, "7200", -240);
        buy(given, SUPPORT_PLAN, null, 605, "900", -240);
        buy(given, APP, null, 660, "1270", -295);
        buy(given, DISPATCH, "2 \u00d7 FieldLine Dispatch licence (annual, 10 users)", 240, "7200", 125);
        return given
                .touchpoint(605, Channel.MEETING, Direction.OUTBOUND, "Closed the Dispatch licence with Daniel; procurement approved the purchase order.",
                        "PO received.", Mood.HAPPY)
                .touchpoint(240, Channel.EMAIL, Direction.INBOUND, "Brightwater renewed the Dispatch licence for another year; invoice sent.", "Acknowledged.",
                        Mood.NEUTRAL);
    }

    @Test
    void plansThatLapsedBesideARenewedLicenceAreSaidTogetherTheDearestFirst() {
        Brief brief = licenceRenewedTwoPlansLapsed().brief();
        assertThat(brief.conversation().owner().rule()).doesNotStartWith("situation.term-lapsed");
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("term.lapsed");
            assertThat(line.text()).contains("the mobile app add-on fell due on " + day(295) + " and the standard support plan on " + day(240))
                    .contains("no renewal of either is on record");
        });
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).doesNotContain("nothing else is going on");
    }

    @Test
    void aSecondLicenceBoughtMonthsIntoTheFirstOnesYearDoesNotRenewIt() {
        Given given = buy(new Given(), DISPATCH, null, 315, "3740", 50);
        buy(given, SUPPORT_PLAN, null, 307, "900", 58);
        buy(given, DISPATCH, null, 190, "3600", 175);
        given.touchpoint(315, Channel.MEETING, Direction.INBOUND, "Giulia signed for the Dispatch licence after a two-month pilot.", "PO received.", Mood.EXCITED)
                .touchpoint(190, Channel.MEETING, Direction.OUTBOUND, "Closed the Dispatch licence with Giulia; procurement approved the purchase order.",
                        "PO received.", Mood.HAPPY)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Invited Giulia to a webinar on route planning.", "Forwarded to the team.", Mood.HAPPY);
        // the first licence falls due before the support plan, and costs more: its date is the one said
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(given.brief())).contains("the dispatch licence is up for renewal on " + day(-50)).doesNotContain("support plan is up for renewal");
    }

    // ---- what we just did is not done again ----------------------------------------------------

    @Test
    void anIntroductionWeThankedThemForByAFollowUpIsNotThankedAgain() {
        Given given = buy(new Given(), FRIDGE, null, 200, "1299", null)
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Ivan bought the fridge freezer.", "Paid in full.", Mood.HAPPY)
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Ivan passed our details to Johan, who runs a cleaning company.", "Introduction made.",
                        Mood.HAPPY);
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(given.brief())).contains("Thank them for");
        given.promised(11, "Thank Ivan for the introduction", 11);
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(given.brief())).doesNotContain("Thank them for");
    }

    @Test
    void anAccountReviewDaysAgoIsTheCheckAndItIsNotAskedAgain() {
        Given given = buy(new Given(), DISPATCH, null, 220, "3600", 145)
                .touchpoint(220, Channel.MEETING, Direction.OUTBOUND, "Signed the Dispatch licence with Redwood Home Care.", "PO received.", Mood.EXCITED)
                .touchpoint(150, Channel.CALL, Direction.OUTBOUND, "Lunch with Ivan; talked about the expansion to a second depot.", "Thanked us.", Mood.HAPPY);
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(given.brief())).containsAnyOf("still does everything they need", "still doing what you need", "doing what you hoped");
        given.touchpoint(6, Channel.MEETING, Direction.OUTBOUND, "Account review with Redwood Home Care: all teams now on board.", null, Mood.HAPPY);
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(given.brief())).doesNotContain("still does everything they need").doesNotContain("still doing what you need")
                .doesNotContain("doing what you hoped");
    }

    @Test
    void aReviewThatLeftUsTicketsIsNoCheckAndTheTicketsAreOursToKnowNotTheirsToTell() {
        Brief brief = buy(new Given(), DISPATCH, null, 120, "3600", 245)
                .touchpoint(120, Channel.MEETING, Direction.OUTBOUND, "Signed the Dispatch licence with Chaudhry Medical Supplies.", "PO received.", Mood.EXCITED)
                .touchpoint(25, Channel.MEETING, Direction.OUTBOUND, "Account review with Chaudhry Medical Supplies: all teams now on the Dispatch licence.",
                        "Two open tickets.", Mood.NEUTRAL)
                .brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.ours-under-way");
        assertThat(call.opener().text()).contains("where each one stands").doesNotContain("sorted now");
        assertThat(call.goal().text()).contains("ours to know");
    }

    @Test
    void twoCheckInsInAFortnightWarnAgainstAThird() {
        Given given = buy(new Given(), FRIDGE, null, 150, "1299", null)
                .touchpoint(150, Channel.VISIT, Direction.INBOUND, "Giovanni bought the fridge freezer.", "Paid in full.", Mood.HAPPY)
                .touchpoint(8, Channel.MESSAGE, Direction.OUTBOUND, "Checked in with Giovanni; everything running smoothly.", "Happy with it.", Mood.HAPPY)
                .touchpoint(4, Channel.MESSAGE, Direction.OUTBOUND, "Sent Giovanni a short \"how's it going?\" message about the fridge freezer.", null, null);
        assertThat(given.brief().conversation().avoid()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("check-ins.twice");
            assertThat(line.text()).contains("we checked in on " + day(8) + " and again on " + day(4)).contains("no reply to that yet");
        });
        // they wrote to us since: the check-ins are behind us
        given.touchpoint(2, Channel.EMAIL, Direction.INBOUND, "Giovanni asked about the wine cooler.", "Sent details.", Mood.HAPPY);
        assertThat(given.brief().conversation().avoid()).noneSatisfy(line -> assertThat(line.rule()).isEqualTo("check-ins.twice"));
    }

    // ---- the main licence lapsed long ago, its renewal quote unanswered: still named -----------

    private static final Product FLEET = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("4850"));
    private static final Product TRACKERS = new Product(UUID.randomUUID(), "GPS tracker units (pack of 10)", "Hardware",
            Complexity.SIMPLE, new BigDecimal("1460"));

    /**
     * The fleet tracking licence (the dearest thing) and its support plan, both due 290 days ago; our renewal quote for the
     * licence three weeks before had no reply, and neither renewed. The dispatch licence beside them renewed; trackers since.
     */
    private static Given mainLicenceLapsedLongAgoQuoteUnanswered() {
        Given given = buy(new Given(), FLEET, null, 655, "4850", -290);
        buy(given, SUPPORT_PLAN, null, 655, "900", -290);
        buy(given, DISPATCH, null, 216, "3130", 149);
        buy(given, TRACKERS, "2 \u00d7 GPS tracker units (pack of 10)", 140, "2920", null);
        return given
                .touchpoint(655, Channel.MEETING, Direction.OUTBOUND, "Contract for the Fleet Tracking licence signed by Ana.", "Contract signed.", Mood.EXCITED)
                .touchpoint(309, Channel.EMAIL, Direction.OUTBOUND, "Sent Redwood the renewal quote for the Fleet Tracking licence.", "No reply yet.", null)
                .touchpoint(216, Channel.EMAIL, Direction.INBOUND, "Redwood renewed the Dispatch licence for another year; invoice sent.", "Acknowledged.",
                        Mood.NEUTRAL)
                .touchpoint(140, Channel.MEETING, Direction.INBOUND, "Purchase order from Ana for GPS trackers received.", "Invoice sent.", Mood.EXCITED)
                .touchpoint(137, Channel.CALL, Direction.OUTBOUND, "Checked with Ana that all GPS trackers report in.", "All fine.", Mood.NEUTRAL);
    }

    @Test
    void theMainLicenceLapsedLongAgoWithOurQuoteUnansweredIsNamedNotOnlyThePlanBesideIt() {
        Brief brief = mainLicenceLapsedLongAgoQuoteUnanswered().brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("term.lapsed");
            // one day, one lapse: both named together, the licence first
            assertThat(line.text()).contains("the fleet tracking licence and the standard support plan fell due on " + day(290))
                    .contains("renewal quote for the Fleet Tracking licence").contains("not renewed and left unlogged");
        });
        // its renewal was in hand: not their choice to let it go
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).doesNotContain("meant to let");
    }

    @Test
    void aPlanBesideTheMainThingWhoseRenewalWasInHandIsStillNotALine() {
        // the support plan alone lapsed, talked of around its day, the licence renewed: ours to look into, no "fell due" line
        Given given = buy(new Given(), DISPATCH, null, 400, "3600", -35);
        buy(given, SUPPORT_PLAN, null, 400, "900", -35);
        buy(given, DISPATCH, null, 35, "3600", 330);
        given.touchpoint(400, Channel.MEETING, Direction.OUTBOUND, "Signed the Dispatch licence with Andersen Vending.", "Contract signed.", Mood.EXCITED)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Sent the renewal quote for the Standard support plan.", "No reply yet.", null)
                .touchpoint(35, Channel.EMAIL, Direction.INBOUND, "Andersen Vending renewed the Dispatch licence for another year.", "Thanked us.", Mood.NEUTRAL);
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(given.brief())).doesNotContain("standard support plan fell due");
    }

    // ---- a licence live for the first team only, and nothing since about the rest -------------------

    /** The fleet tracking licence, bought 160 days ago; the week-one check the next day found it live for the first team only. */
    private static Given liveForTheFirstTeamOnly() {
        return buy(new Given(), FLEET, null, 160, "4800", 205)
                .touchpoint(160, Channel.MEETING, Direction.OUTBOUND, "Closed the Fleet Tracking licence with Björn; procurement approved the order.",
                        "Contract signed.", Mood.HAPPY)
                .touchpoint(159, Channel.MEETING, Direction.OUTBOUND, "Week-one check with Björn: the Fleet Tracking licence is live for the first team; drivers logging in.",
                        "On track.", Mood.DOUBTFUL);
    }

    @Test
    void aLicenceLiveForTheFirstTeamOnlyAsksAfterTheOtherTeamsNotHowItIsUsed() {
        String said = BriefEngineTest.spokenWithWhyAndAvoid(liveForTheFirstTeamOnly().brief());
        assertThat(said).contains("live for the first team only").contains("ask whether the other teams are on it now")
                .doesNotContain("how it is used, by whom");
    }

    @Test
    void theRestSpokenOfSinceEndsTheQuestion() {
        String said = BriefEngineTest.spokenWithWhyAndAvoid(liveForTheFirstTeamOnly()
                .touchpoint(90, Channel.CALL, Direction.OUTBOUND, "Björn says the second team is on the Fleet Tracking licence as well.", "All fine.", Mood.HAPPY)
                .brief());
        assertThat(said).doesNotContain("live for the first team only");
    }
}
