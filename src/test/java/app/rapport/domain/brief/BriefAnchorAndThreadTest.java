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
 * The right anchor, and whose thread leads: the relationship's main product anchors the talk of a
 * content long-time client, not a support plan, an accessory or a small thing bought since; and
 * something we owe them in the days ahead (a price, a quote, a code we said we would send) is the
 * call's first point, with nothing asked of them before it is given. The brief is read on Sunday
 * 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefAnchorAndThreadTest {
    static final Product LICENCE = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3600"));
    static final Product SUPPORT = new Product(UUID.randomUUID(), "Standard support plan (annual)", "Service plans", Complexity.SIMPLE,
            new BigDecimal("900"));
    static final Product CHARGERS = new Product(UUID.randomUUID(), "Replacement tablet chargers (pack)", null, Complexity.SIMPLE, new BigDecimal("180"));
    static final Product OVEN = new Product(UUID.randomUUID(), "Castello built-in pyrolytic oven", "Cooking", Complexity.COMPLEX, new BigDecimal("863"));
    static final Product KETTLE = new Product(UUID.randomUUID(), "Brio glass kettle", "Small appliances", Complexity.SIMPLE, new BigDecimal("59"));
    static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik 9 kg heat-pump dryer", "Laundry", Complexity.SIMPLE, new BigDecimal("627"));
    static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts & styling", Complexity.SIMPLE, new BigDecimal("55"));

    // ---- the anchor: the relationship's main product ----------------------------------------------

    @Test
    void aSupportPlanTakenOutLaterDoesNotStandForTheLicence() {
        Brief brief = new Given().bought(LICENCE, 600, "3600").bought(LICENCE, 240, "3600").bought(SUPPORT, 145, "900")
                .touchpoint(240, Channel.EMAIL, Direction.INBOUND, "Renewed the Dispatch licence for another year", "Acknowledged.", Mood.NEUTRAL)
                .touchpoint(145, Channel.MEETING, Direction.INBOUND, "Marco took out the Standard support plan", null, Mood.HAPPY)
                .touchpoint(135, Channel.EMAIL, Direction.OUTBOUND, "Sent Marco a welcome pack and the support contacts", "Replied with the team list.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.opener().text()).contains("the dispatch licence").doesNotContain("support plan");
        assertThat(c.goal().text()).contains("the dispatch licence");
        assertThat(c.talkingPoints()).noneSatisfy(line -> assertThat(line.text()).contains("support plan"));
    }

    @Test
    void chargersBoughtSinceDoNotStandForTheLicence() {
        Brief brief = new Given().bought(LICENCE, 110, "3600").bought(CHARGERS, 75, "180")
                .touchpoint(110, Channel.MEETING, Direction.OUTBOUND, "Closed the Dispatch licence with Priya", "PO received.", Mood.HAPPY)
                .touchpoint(75, Channel.MEETING, Direction.INBOUND, "Priya ordered tablet chargers for the depot", "Contract signed.", Mood.HAPPY)
                .brief();
        String said = BriefEngineTest.spokenText(brief);
        assertThat(said).contains("dispatch licence").doesNotContain("tablet chargers");
    }

    @Test
    void aKettleBoughtSinceDoesNotStandForTheOven() {
        Brief brief = new Given().bought(OVEN, 300, "863").bought(KETTLE, 60, "59")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Søren bought the oven in store", "Delivery booked.", Mood.EXCITED)
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Søren picked up a kettle", "Paid in full.", Mood.HAPPY)
                .touchpoint(50, Channel.EMAIL, Direction.OUTBOUND, "Sent Søren the oven's cleaning checklist", "Said thanks.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("mature.book-knows");
        assertThat(c.goal().text()).contains("oven").doesNotContain("kettle");
        assertThat(c.opener().text()).contains("oven");
    }

    @Test
    void inItsFirstFortnightTheSmallThingIsStillWhatTheyJustGot() {
        Brief brief = new Given().bought(OVEN, 300, "863").bought(KETTLE, 5, "59")
                .touchpoint(5, Channel.VISIT, Direction.INBOUND, "Søren picked up a kettle", "Paid in full.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).contains("kettle");
    }

    @Test
    void twoThingsOfLikeWorthAreBothRealPurchases() {
        // a dryer next to a washing machine is a second appliance, not an accessory: the newest leads
        Product washer = new Product(UUID.randomUUID(), "Nordvik 8 kg washing machine", "Laundry", Complexity.SIMPLE, new BigDecimal("549"));
        Brief brief = new Given().bought(washer, 400, "549").bought(DRYER, 120, "627")
                .touchpoint(110, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie the dryer's care guide", "Thanked us.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().goal().text()).contains("dryer");
    }

    @Test
    void aNewClientIsHappyWithTheLicenceNotWithItsSupportPlanOrItsOnboarding() {
        Product onboarding = new Product(UUID.randomUUID(), "Onboarding & data migration", "Professional services", Complexity.COMPLEX,
                new BigDecimal("2500"));
        Product dashCam = new Product(UUID.randomUUID(), "Vehicle dash camera", "Hardware", Complexity.SIMPLE, new BigDecimal("259"));
        Brief brief = new Given().bought(LICENCE, 55, "3490").bought(dashCam, 52, "4144").bought(onboarding, 35, "2500").bought(SUPPORT, 7, "783")
                .touchpoint(7, Channel.MEETING, Direction.INBOUND, "Robert took out the Standard support plan", "Thrilled with it.", Mood.EXCITED)
                .brief();
        assertThat(brief.conversation().goal().text()).contains("the dispatch licence").doesNotContain("support plan").doesNotContain("onboarding");
    }

    // ---- whose thread leads ------------------------------------------------------------------------

    @Test
    void theirNewerAskLeadsOverAnOlderOfferOfOursWithNoReply() {
        Brief brief = new Given()
                .touchpoint(140, Channel.VISIT, Direction.INBOUND, "Josephine looked at the washing machine on display for twenty minutes and asked lots of questions",
                        "Sent a quote.", Mood.HAPPY)
                .touchpoint(60, Channel.EMAIL, Direction.INBOUND, "Josephine emailed measurements of the kitchen and asked which washing machine would fit",
                        "Booked a home measure.", Mood.EXCITED)
                .touchpoint(24, Channel.EMAIL, Direction.OUTBOUND, "Suggested the dryer to Josephine; interested, wants to think it over", "No reply yet.", null)
                .touchpoint(8, Channel.CALL, Direction.INBOUND, "Josephine asked whether the washing machine fits a 60 cm space and how loud it is",
                        "Gave the brochure.", Mood.DOUBTFUL)
                .touchpoint(5, Channel.VISIT, Direction.INBOUND, "Josephine asked whether we take the old appliance away when delivering the washing machine",
                        "Booked a home measure.", Mood.HAPPY)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isNotEqualTo("situation.offer-pending");
        assertThat(c.goal().text()).contains("washing machine").doesNotContain("dryer");
        assertThat(c.opener().text()).contains("washing machine");
    }

    // ---- something we owe them, due in the days ahead --------------------------------------------

    @Test
    void aPriceAndACodeWeOweLeadANewClientsCallAndNoReviewIsAsked() {
        Brief brief = new Given().bought(CUT, 20, "55")
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Robert came in for the cut and blow-dry; really pleased with the result", null, Mood.EXCITED)
                .touchpoint(10, Channel.VISIT, Direction.OUTBOUND, "Showed Robert what the repair mask could do for their hair type", "Wants a quote.", Mood.NEUTRAL)
                .touchpoint(6, Channel.MESSAGE, Direction.INBOUND, "Robert referred Lucía, who booked a cut for next week", "Friend booked in.", Mood.EXCITED)
                .promised(-4, "Send Robert the price for the repair mask", null)
                .promised(-6, "Send Robert the referral discount code", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.ours-owed");
        assertThat(c.opener().text()).contains("the price for the repair mask");
        assertThat(c.talkingPoints().get(0).text()).contains("the price for the repair mask").contains("the referral discount code");
        assertThat(c.offerPolicy()).isNotEqualTo(OfferPolicy.OFFER_NEW);
        assertThat(c.talkingPoints()).noneSatisfy(line -> assertThat(line.text()).containsIgnoringCase("review"));
        assertThat(c.nextStep().text()).contains("the price for the repair mask");
        assertThat(c.nextStep().rule()).isEqualTo(c.goal().rule());
    }

    @Test
    void aQuoteDueTomorrowLeadsAContentClientsCall() {
        Brief brief = new Given().bought(DRYER, 300, "627")
                .touchpoint(15, Channel.VISIT, Direction.INBOUND, "Asked if we price-match on the dishwasher; explained our policy", "Will come in on Monday to see it.",
                        Mood.HAPPY)
                .promised(-1, "Send Freya the quote for the dishwasher", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.ours-owed");
        assertThat(c.opener().text()).contains("the quote for the dishwasher");
        assertThat(c.goal().text()).contains("the quote for the dishwasher").contains("tomorrow");
    }

    @Test
    void onlySomethingTheyAwaitInTheDaysAheadIsOwed() {
        for (String reason : List.of("Check in with Freya", "Chase Jo on the GPS trackers budget decision", "Send Maggie our spring newsletter",
                "Ask Jana whether they decided on the washing machine")) {
            Brief brief = new Given().bought(DRYER, 300, "627").promised(-3, reason, null).brief();
            assertThat(brief.conversation().owner().rule()).as(reason).isNotEqualTo("situation.ours-owed");
        }
        // late: a promise we are late with, its own situation
        Brief late = new Given().bought(DRYER, 300, "627").promised(2, "Send Freya the quote for the dishwasher", null).brief();
        assertThat(late.conversation().owner().rule()).isEqualTo("situation.late-promise");
        // done, or a month off
        Brief done = new Given().bought(DRYER, 300, "627").promised(-3, "Send Freya the quote for the dishwasher", 1).brief();
        assertThat(done.conversation().owner().rule()).isNotEqualTo("situation.ours-owed");
        Brief far = new Given().bought(DRYER, 300, "627").promised(-30, "Send Freya the quote for the dishwasher", null).brief();
        assertThat(far.conversation().owner().rule()).isNotEqualTo("situation.ours-owed");
    }

    @Test
    void aProposalWeSentSinceIsNotOwedAgain() {
        // the follow-up to send it was seen to, and not ticked off
        Brief brief = new Given().bought(DRYER, 300, "627")
                .touchpoint(10, Channel.EMAIL, Direction.OUTBOUND, "Proposal for the rugged tablets sent to Harbourside Removals", null, null)
                .promised(-9, "Send Harbourside Removals the proposal for the rugged tablets", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.ours-owed");
    }

    @Test
    void aQuoteTheyWantedMonthsAgoAndNeverGotIsOwned() {
        Brief brief = new Given().bought(OVEN, 420, "863")
                .touchpoint(170, Channel.VISIT, Direction.OUTBOUND, "Nadia showed Søren the extended warranty during a visit; Søren asked for a written quote",
                        "Wants a quote.", Mood.EXCITED)
                .touchpoint(100, Channel.VISIT, Direction.INBOUND, "Søren dropped by to say the oven is the best purchase of the year", "Thanked us.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line ->
                assertThat(line.text()).startsWith("They wanted a quote for the extended warranty").contains("say sorry"));
        // sent since: nothing owed
        Brief sent = new Given().bought(OVEN, 420, "863")
                .touchpoint(170, Channel.VISIT, Direction.OUTBOUND, "Nadia showed Søren the extended warranty during a visit; Søren asked for a written quote",
                        "Wants a quote.", Mood.EXCITED)
                .touchpoint(160, Channel.EMAIL, Direction.OUTBOUND, "Sent Søren the quote for the extended warranty", null, null)
                .brief();
        assertThat(BriefEngineTest.spokenText(sent)).doesNotContain("They wanted a quote");
    }

    @Test
    void whatWeOweIsReadFromTheFollowUpsOwnWords() {
        assertThat(OwedWords.awaited("Send Freya the quote for the dishwasher")).isEqualTo("the quote for the dishwasher");
        assertThat(OwedWords.awaited("Send Sterling Security Services pricing for the Fleet Tracking licence"))
                .isEqualTo("pricing for the Fleet Tracking licence");
        assertThat(OwedWords.awaited("Email Ana the brochure.")).isEqualTo("the brochure");
        assertThat(OwedWords.awaited("Call Pierre back about delivery times")).isEqualTo("an answer about delivery times");
        assertThat(OwedWords.awaited("Send Maggie a thank-you card")).isNull();
        assertThat(OwedWords.awaited("Book a home measure for William")).isNull();
        // the code we send is ours to give, not a referral asked of them
        assertThat(LineIntent.guess("We owe them the referral discount code: give it first.")).isEqualTo(LineIntent.CARE);
        assertThat(LineIntent.guess("Ask whether they know anyone for a referral.")).isEqualTo(LineIntent.ADVOCACY);
    }
}
