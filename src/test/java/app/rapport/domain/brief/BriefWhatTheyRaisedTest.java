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
 * The thread: what they raised last leads the call. A fresh ask of theirs, an offer they are weighing
 * up or a demo booked since leads over an older invitation, which stays a line; a follow-up of ours
 * that saw to something else does not answer what they asked; a brochure handed over after their
 * question leaves them weighing up the thing itself, which leads over an older interest gone quiet.
 * Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefWhatTheyRaisedTest {
    private static final Product TRACKING = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4460"));
    private static final Product PREMIUM = new Product(UUID.randomUUID(), "Premium support plan (annual)", "Support plans",
            Complexity.SIMPLE, new BigDecimal("2400"));
    private static final Product TRACKERS = new Product(UUID.randomUUID(), "GPS tracker units (pack of 10)", "Hardware",
            Complexity.COMPLEX, new BigDecimal("1490"));
    private static final Product WASHER = new Product(UUID.randomUUID(), "Nordvik 8 kg washing machine", "Laundry", Complexity.COMPLEX,
            new BigDecimal("489"));
    private static final Product FRIDGE = new Product(UUID.randomUUID(), "Halden 70 cm fridge freezer", "Refrigeration", Complexity.SIMPLE,
            new BigDecimal("649"));
    private static final Product COFFEE = new Product(UUID.randomUUID(), "Brewline capsule coffee maker", "Coffee", Complexity.SIMPLE,
            new BigDecimal("129"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    private static String owner(Brief brief) {
        return brief.conversation().owner().rule();
    }

    private static final Product COLOUR = new Product(UUID.randomUUID(), "Full head colour", "Colour", Complexity.SIMPLE, new BigDecimal("95"));

    @Test
    void aPriceAskedForAndTheThingBoughtTheNextDayIsDecidedNotGoneQuiet() {
        Brief brief = new Given().bought(COLOUR, 97, "95")
                .touchpoint(98, Channel.MESSAGE, Direction.INBOUND, "Astrid wanted a rough price for the full head colour on shoulder-length hair. Warm conversation.",
                        null, Mood.HAPPY)
                .touchpoint(97, Channel.VISIT, Direction.INBOUND, "First full head colour with us. Priya talked Astrid through the aftercare.",
                        "Used a gift voucher for part of it.", Mood.EXCITED)
                .brief();
        assertThat(owner(brief)).isNotEqualTo("situation.offer-gone-quiet");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("never sent").doesNotContain("thinking over");
    }

    @Test
    void anAskAboutAServiceWithAShortWordInItsNameIsAnsweredByBookingIt() {
        // "Cut" is too short a word to be a topic of its own: the service is still what they asked about
        Brief brief = new Given().bought(COLOUR, 120, "95")
                .touchpoint(120, Channel.VISIT, Direction.INBOUND, "First full head colour with us. Marco talked Ben through the aftercare.", null, Mood.EXCITED)
                .touchpoint(90, Channel.MESSAGE, Direction.INBOUND, "Instagram message: Ben saw our before-and-after post and asked about the cut and blow-dry. Thanked us twice.",
                        null, Mood.HAPPY)
                .bought(BLOW_DRY_CUT, 78, "51.50")
                .touchpoint(78, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Marco. Ben brought a reference photo and we matched it closely.",
                        "Left a five-star review.", Mood.EXCITED)
                .brief();
        assertThat(owner(brief)).isNotEqualTo("situation.offer-gone-quiet");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("still of interest").doesNotContain("nothing since");
        assertThat(brief.openItems()).extracting(BriefLine::text).noneMatch(line -> line.startsWith("Gone quiet"));
    }

    private static final Product BOND = new Product(UUID.randomUUID(), "Bond-repair treatment", "Treatments", Complexity.SIMPLE, new BigDecimal("45"));

    @Test
    void aComplaintStillOpenAfterTheyCameBackHappyIsAskedAfterAndClosedNotReopened() {
        Given given = new Given().bought(COLOUR, 40, "95")
                .touchpoint(18, Channel.VISIT, Direction.INBOUND, "Ingrid felt rushed during the cut and said so on the way out.",
                        "Logged; calling back tomorrow.", Mood.REGRETFUL)
                .opportunity(app.rapport.domain.OpportunityKind.COMPLAINT, app.rapport.domain.OpportunityStatus.OPEN, null,
                        "Felt rushed during the cut", 18)
                .bought(BOND, 1, "45")
                .touchpoint(1, Channel.VISIT, Direction.INBOUND, "Ingrid had the bond-repair treatment today and loved the head massage.",
                        "Paid by card.", Mood.HAPPY);
        Brief mended = given.brief();
        assertThat(owner(mended)).isEqualTo("situation.complaint-mended");
        assertThat(mended.conversation().opener().text()).contains("coming back").doesNotContain("where it stands");
        Brief stillSore = given.touchpoint(0, Channel.MESSAGE, Direction.INBOUND, "Still annoyed about how rushed the cut was.", null,
                Mood.FRUSTRATED).brief();
        assertThat(owner(stillSore)).isNotEqualTo("situation.complaint-mended");
    }

    // ---- newer over older: an invitation gives way to what they raised since ----------------------

    @Test
    void aFreshAskOfTheirsLeadsOverAnOlderInvitationWhichStaysALine() {
        for (String[] ask : List.of(
                new String[] {"Elizabeth asked for a quote for the Premium support plan after seeing it at a user day.", "Thinking about it."},
                new String[] {"Asked what the Premium support plan would cost for their second depot.", "Sent pricing."},
                new String[] {"Rang to ask about the Premium support plan; wants to talk it over with finance.", "Will decide next week."})) {
            Given given = new Given().bought(TRACKING, 240, "4460")
                    .touchpoint(22, Channel.MEETING, Direction.OUTBOUND, "Coffee with Elizabeth near their office; no agenda, good conversation.",
                            "Invited us to their site.", Mood.HAPPY)
                    .touchpoint(2, Channel.CALL, Direction.INBOUND, ask[0], ask[1], Mood.HAPPY);
            given.products.put(PREMIUM.id(), PREMIUM);
            Brief brief = given.brief();
            assertThat(owner(brief)).as(ask[0]).isEqualTo("situation.interest");
            assertThat(brief.conversation().opener().text()).as(ask[0]).contains("Premium support plan");
            assertThat(points(brief)).as(ask[0]).anyMatch(text -> text.contains("invited us to see their site") && text.contains("agree a day"));
            assertThat(BriefCritic.check(given.input(), brief)).as(ask[0]).isEmpty();
        }
    }

    @Test
    void anInvitationNewerThanTheAskStillOwnsTheCall() {
        Given given = new Given().bought(TRACKING, 240, "4460")
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Elizabeth asked for a quote for the Premium support plan after seeing it at a user day.",
                        "Thinking about it.", Mood.HAPPY)
                .touchpoint(3, Channel.MEETING, Direction.OUTBOUND, "Lunch with Elizabeth; talked about the expansion to a second depot.",
                        "Invited us to their site.", Mood.HAPPY);
        given.products.put(PREMIUM.id(), PREMIUM);
        Brief brief = given.brief();
        assertThat(owner(brief)).isEqualTo("situation.invitation");
        assertThat(points(brief)).noneMatch(text -> text.contains("also invited us"));
    }

    @Test
    void aDemoBookedSinceTheInvitationLeadsAndTheInvitationIsALine() {
        Given given = new Given()
                .touchpoint(60, Channel.MEETING, Direction.OUTBOUND, "Coffee with Isabella near their office; no agenda, good conversation.",
                        "Invited us to their site.", Mood.EXCITED)
                .touchpoint(33, Channel.CALL, Direction.INBOUND, "Isabella asked how the analytics module handles jobs that run over and need rescheduling.",
                        "Demo booked.", null);
        Brief brief = given.brief();
        assertThat(owner(brief)).isNotEqualTo("situation.invitation");
        assertThat(brief.conversation().opener().text()).contains("demo");
        assertThat(points(brief)).anyMatch(text -> text.contains("also invited us to see their site"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    // ---- what they asked is not answered by a follow-up about something else ----------------------

    @Test
    void aRequestAtACheckInIsNotAnsweredByAFollowUpAboutSomethingElse() {
        for (String other : List.of("Introduce Ana to the onboarding lead", "Book the kick-off with the dispatch team", "Check the tablets arrived")) {
            Given given = new Given().bought(TRACKING, 13, "4460")
                    .touchpoint(99, Channel.MEETING, Direction.INBOUND, "Ana asked for a quote for the GPS trackers after seeing them at a user day.",
                            null, Mood.HAPPY)
                    .touchpoint(9, Channel.CALL, Direction.OUTBOUND, "Quarterly check-in with Ana: adoption, open tickets and plans.",
                            "Wants a roadmap update.", Mood.NEUTRAL)
                    .promised(1, other, 1);
            given.products.put(TRACKERS.id(), TRACKERS);
            Brief brief = given.brief();
            assertThat(owner(brief)).as(other).isEqualTo("situation.asked-in-words");
            assertThat(brief.conversation().goal().text()).as(other).contains("roadmap update");
        }
    }

    @Test
    void aFollowUpThatGaveTheAnswerStillAnswersIt() {
        for (String answer : List.of("Send Ana the roadmap update", "Call Ana back", "Send Ana the details")) {
            Given given = new Given().bought(TRACKING, 13, "4460")
                    .touchpoint(9, Channel.CALL, Direction.OUTBOUND, "Quarterly check-in with Ana: adoption, open tickets and plans.",
                            "Wants a roadmap update.", Mood.NEUTRAL)
                    .promised(1, answer, 1);
            Brief brief = given.brief();
            assertThat(owner(brief)).as(answer).isNotEqualTo("situation.asked-in-words");
        }
    }

    // ---- a brochure after their question: they are weighing up the thing itself ------------------

    @Test
    void aQuestionAnsweredWithABrochureIsAnInterestThatLeadsOverAnOlderOneGoneQuiet() {
        for (String given : List.of("Gave the brochure.", "Sent them the leaflet.", "Handed them the brochure to take home.")) {
            Given history = new Given().bought(WASHER, 100, "489")
                    .touchpoint(70, Channel.VISIT, Direction.INBOUND, "Tariq asked about the difference between the capsule coffee maker and the cheaper model.",
                            "No decision yet.", Mood.HAPPY)
                    .touchpoint(19, Channel.VISIT, Direction.INBOUND, "Tariq wanted to know the energy rating and running costs of the fridge freezer.",
                            given, Mood.EXCITED);
            history.products.put(FRIDGE.id(), FRIDGE);
            history.products.put(COFFEE.id(), COFFEE);
            Brief brief = history.brief();
            assertThat(owner(brief)).as(given).isEqualTo("situation.interest");
            assertThat(brief.conversation().opener().text()).as(given).contains("fridge freezer").doesNotContain("coffee");
            assertThat(BriefCritic.check(history.input(), brief)).as(given).isEmpty();
        }
    }

    @Test
    void aQuestionAnsweredThereAndThenWithoutAnythingToReadIsNoInterest() {
        Given history = new Given().bought(WASHER, 100, "489")
                .touchpoint(19, Channel.VISIT, Direction.INBOUND, "Tariq wanted to know the energy rating and running costs of the fridge freezer.",
                        "Explained it at the counter.", Mood.HAPPY);
        history.products.put(FRIDGE.id(), FRIDGE);
        assertThat(owner(history.brief())).isNotEqualTo("situation.interest");
    }

    // ---- the last word: their kind answer to our note is the call's thread -------------------------

    private static final Product CUT = new Product(UUID.randomUUID(), "Short cut & finish", "Cuts & styling", Complexity.SIMPLE,
            new BigDecimal("38"));

    @Test
    void aKindAnswerToOurNoteAskingThemInIsWhatTheCallPicksUp() {
        for (String[] note : List.of(
                new String[] {"Sent Giulia a note to say we would love to see them soon, with the booking link.", "Thanked us."},
                new String[] {"Message to Giulia: it's time for her next cut, here is the booking link.", "Replied with a heart."},
                new String[] {"Invited Giulia to pop in for a fringe tidy whenever she is passing.", "Said thanks, will pop in soon."})) {
            Given given = new Given().bought(CUT, 420, "38")
                    .touchpoint(230, Channel.MESSAGE, Direction.OUTBOUND, "Birthday message to Giulia with a small treat on the next visit.",
                            "Replied with a heart.", Mood.HAPPY)
                    .touchpoint(6, Channel.MESSAGE, Direction.OUTBOUND, note[0], note[1], Mood.HAPPY);
            Brief brief = given.brief();
            assertThat(brief.conversation().opener().text()).as(note[0]).contains("thank you for your kind reply")
                    .doesNotContain("how have things been since");
            assertThat(brief.conversation().nextStep().text()).as(note[0]).contains("Book a time");
            assertThat(BriefCritic.check(given.input(), brief)).as(note[0]).isEmpty();
        }
    }

    @Test
    void aNoteUnansweredOrAlreadyBookedOrLongAgoIsNoThread() {
        for (Object[] note : List.of(
                new Object[] {"Sent Giulia a note to say we would love to see them soon, with the booking link.", "No reply yet.", 6},
                new Object[] {"Sent Giulia a note to say we would love to see them soon, with the booking link.", "Thanked us; booked for Friday.", 6},
                new Object[] {"Sent Giulia a note to say we would love to see them soon, with the booking link.", "Thanked us.", 40})) {
            Given given = new Given().bought(CUT, 420, "38")
                    .touchpoint((Integer) note[2], Channel.MESSAGE, Direction.OUTBOUND, (String) note[0], (String) note[1], Mood.HAPPY);
            assertThat(given.brief().conversation().opener().text()).as(note[1] + " " + note[2]).doesNotContain("kind reply");
        }
    }

    // ---- something bought and still to come is no silence ------------------------------------------

    @Test
    void aDepositWithTheBalanceOnDeliveryIsAPurchaseStillToComeNotASilence() {
        Product dishwasher = new Product(UUID.randomUUID(), "Halden 60 cm dishwasher", "Dishwashers", Complexity.COMPLEX, new BigDecimal("479"));
        Given given = new Given().bought(WASHER, 130, "489").bought(dishwasher, 14, "479")
                .touchpoint(130, Channel.VISIT, Direction.INBOUND, "Ivan replaced a fifteen-year-old one with the washing machine.", "Delivery booked.",
                        Mood.HAPPY)
                .touchpoint(14, Channel.VISIT, Direction.INBOUND, "Ivan bought the dishwasher in store with Gareth; paid a deposit, balance on delivery.",
                        null, Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(owner(brief)).isNotEqualTo("situation.ghosted");
        assertThat(brief.conversation().opener().text()).contains("dishwasher").doesNotContain("haven't checked in");
    }

    @Test
    void somethingElsePickedUpSinceDoesNotDeliverTheOvenStillToBeInstalled() {
        // Lina Adeyemi, read 53: the oven ordered on Friday with its installation set for Wednesday, and a microwave picked up on
        // Saturday as a gift; "picked up" is the microwave's, and "collected the receipt" is no delivery either
        Product oven = new Product(UUID.randomUUID(), "Castello built-in pyrolytic oven", "Cooking", Complexity.COMPLEX, new BigDecimal("899"));
        Product microwave = new Product(UUID.randomUUID(), "Brio combination microwave", "Small appliances", Complexity.SIMPLE, new BigDecimal("219"));
        Given given = new Given().bought(oven, 2, "899").bought(microwave, 1, "234");
        given.touchpoints.add(new app.rapport.domain.Touchpoint(UUID.randomUUID(), BriefEngineTest.CLIENT, BriefEngineTest.NOW.minus(java.time.Duration.ofHours(45)),
                Channel.VISIT, Direction.INBOUND, "Maggie ordered the oven online and collected the receipt at the counter.", "Delivery booked.",
                Mood.NEUTRAL, null));
        given.touchpoints.add(new app.rapport.domain.Touchpoint(UUID.randomUUID(), BriefEngineTest.CLIENT, BriefEngineTest.NOW.minus(java.time.Duration.ofHours(24)),
                Channel.VISIT, Direction.OUTBOUND, "Confirmed the installation slot on Wednesday with Maggie.", "Confirmed.", Mood.EXCITED, null));
        given.touchpoints.add(new app.rapport.domain.Touchpoint(UUID.randomUUID(), BriefEngineTest.CLIENT, BriefEngineTest.NOW.minus(java.time.Duration.ofHours(21)),
                Channel.VISIT, Direction.INBOUND, "Maggie picked up the combination microwave as a gift.", "Paid in full.", Mood.EXCITED, null));
        Brief brief = given.brief();
        assertThat(owner(brief)).isEqualTo("situation.awaiting-delivery");
        assertThat(BriefEngineTest.spokenText(brief)).contains("oven").doesNotContain("enjoy most").contains("(set for 18 March)");
    }

    // ---- a quote they asked for, whatever they said next, is owed until one is sent ----------------

    @Test
    void aQuoteAskedForWhileTheyThoughtItOverIsStillOwedAsALine() {
        for (String outcome : List.of("Thinking about it.", "Needs approval.", "")) {
            Given given = new Given().bought(TRACKING, 330, "4460")
                    .touchpoint(300, Channel.MEETING, Direction.OUTBOUND, "Showed Noah how to use the tracking data in the weekly driver review.",
                            "Forwarded to the team.", Mood.HAPPY)
                    .touchpoint(236, Channel.MEETING, Direction.INBOUND, "Noah asked for a quote for the GPS trackers after seeing them at a user day.",
                            outcome.isEmpty() ? null : outcome, Mood.HAPPY);
            given.products.put(TRACKERS.id(), TRACKERS);
            Brief brief = given.brief();
            assertThat(owner(brief)).as(outcome).isNotEqualTo("owed.quote-never-sent");
            assertThat(points(brief)).as(outcome).anyMatch(text -> text.startsWith("They wanted a quote for the GPS trackers"));
        }
    }

    @Test
    void aQuoteGivenThereAndThenIsNotOwed() {
        for (String outcome : List.of("Sent pricing.", "Quoted on the spot.", "Booked a site survey.")) {
            Given given = new Given().bought(TRACKING, 330, "4460")
                    .touchpoint(236, Channel.MEETING, Direction.INBOUND, "Noah asked for a quote for the GPS trackers after seeing them at a user day.",
                            outcome, Mood.HAPPY);
            given.products.put(TRACKERS.id(), TRACKERS);
            assertThat(points(given.brief())).as(outcome).noneMatch(text -> text.startsWith("They wanted a quote"));
        }
    }

    @Test
    void aQuoteAnsweredByAnOfferWithItsPriceIsNotOwed() {
        Given offered = new Given().bought(TRACKING, 330, "4460")
                .touchpoint(196, Channel.VISIT, Direction.OUTBOUND, "Mentioned the GPS trackers to Noah; would fit well with what they have.", "Wants a quote.",
                        Mood.HAPPY)
                .touchpoint(182, Channel.EMAIL, Direction.OUTBOUND, "Offered Noah the GPS trackers at 10% off as a returning customer.", "Thinking about it.",
                        Mood.HAPPY);
        offered.products.put(TRACKERS.id(), TRACKERS);
        assertThat(points(offered.brief())).noneMatch(text -> text.startsWith("They wanted a quote"));
    }

    // ---- our notice with a deadline for something they use ----------------------------------------

    @Test
    void ourNoticeThatSomethingTheyUseStopsIsALineUntilSomethingSinceSpeaksOfIt() {
        for (String notice : List.of("Notice to Bauer Facilities Services: the old mobile app version stops working next quarter.",
                "Let Kai know that the legacy routing API will be switched off in January.",
                "Notice to Kai: support for the version 2 tablets ends in March.")) {
            Given given = new Given().bought(TRACKING, 250, "4460")
                    .touchpoint(130, Channel.CALL, Direction.OUTBOUND, notice, "Forwarded to their IT team.", Mood.NEUTRAL);
            Brief brief = given.brief();
            assertThat(points(brief)).as(notice).anyMatch(text -> text.startsWith("We told them") && text.contains("check they are"));
            assertThat(BriefCritic.check(given.input(), brief)).as(notice).isEmpty();
        }
        Given since = new Given().bought(TRACKING, 250, "4460")
                .touchpoint(130, Channel.CALL, Direction.OUTBOUND, "Notice to Bauer Facilities Services: the old mobile app version stops working next quarter.",
                        "Forwarded to their IT team.", Mood.NEUTRAL)
                .touchpoint(40, Channel.EMAIL, Direction.INBOUND, "Kai confirmed all drivers now use the new mobile app.", "All done.", Mood.HAPPY);
        assertThat(points(since.brief())).noneMatch(text -> text.startsWith("We told them"));
        Given closedDay = new Given().bought(TRACKING, 250, "4460")
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Let Kai know the shop is closed on Wednesday for a stock count.", "No reply needed.", null);
        assertThat(points(closedDay.brief())).noneMatch(text -> text.startsWith("We told them"));
    }



    private static final Product BLOW_DRY_CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts", Complexity.SIMPLE, new BigDecimal("55"));

    @Test
    void aReviewTheyPostedAfterARatingThatFellShortIsThankedAndTheCriticAgrees() {
        Given given = new Given().bought(BLOW_DRY_CUT, 240, "55")
                .touchpoint(150, Channel.EMAIL, Direction.OUTBOUND, "Sent Jen a two-question survey about the last appointment.",
                        "Rated the visit 4/5; would like shorter waits.", Mood.HAPPY)
                .touchpoint(45, Channel.VISIT, Direction.INBOUND, "Posted a review and tagged us.", null, Mood.EXCITED)
                .opportunity(app.rapport.domain.OpportunityKind.REFERRAL, app.rapport.domain.OpportunityStatus.WON, null,
                        "Posted a review and tagged us", 45);
        Brief brief = given.brief();
        assertThat(BriefEngineTest.spokenText(brief)).contains("shorter waits");
        assertThat(BriefCritic.check(given.input(), brief)).noneMatch(issue -> issue.kind().equals("rating-thanked"));
    }

    @Test
    void anAskAnsweredByAFollowUpThatNamesItIsAnsweredHoweverLateItWasDue() {
        Given given = new Given().bought(TRACKING, 300, "4460")
                .touchpoint(92, Channel.CALL, Direction.OUTBOUND, "Called Mathieu for a quick health check on the account.",
                        "Wants a roadmap update.", Mood.HAPPY)
                .promised(55, "Share the roadmap outcome with Mathieu", 55);
        Brief brief = given.brief();
        assertThat(owner(brief)).isNotEqualTo("situation.live-ask");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("nobody has come back").doesNotContain("taken us this long");
    }

    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3275"));

    @Test
    void twoLicencesOfTenUsersAreTwentySeatsToAskAbout() {
        Given given = new Given();
        given.products.put(DISPATCH.id(), DISPATCH);
        given.purchases.add(new app.rapport.domain.Purchase(UUID.randomUUID(), BriefEngineTest.CLIENT, DISPATCH.id(),
                "2 \u00d7 FieldLine Dispatch licence (annual, 10 users)", BriefEngineTest.TODAY.minusDays(150), new BigDecimal("6550"), null, null));
        given.touchpoint(150, Channel.MEETING, Direction.OUTBOUND, "Contract signed for the Dispatch licences.", "PO received.", Mood.HAPPY);
        String said = BriefEngineTest.spokenText(given.brief());
        assertThat(said).contains("all 20 users").doesNotContain("all 10 users");
    }
}
