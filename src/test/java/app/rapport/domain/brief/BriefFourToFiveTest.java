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
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a 4 to a 5: the right frame, said as a thoughtful owner would. Nothing said for anyone once
 * the call has its say, nothing the frame already says, what we owe named as the thing, everything
 * renewing on one day as one decision, an opener that says what the call is for, and a "Lately" that
 * shows their words rather than our notices. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefFourToFiveTest {
    private static final Product TRACKING = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4460"));
    private static final Product SUPPORT = new Product(UUID.randomUUID(), "Standard support plan (annual)", "Support plans",
            Complexity.SIMPLE, new BigDecimal("873"));
    private static final Product TRACKERS = new Product(UUID.randomUUID(), "GPS tracker units (pack of 10)", "Hardware",
            Complexity.SIMPLE, new BigDecimal("1490"));
    private static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik 9 kg heat-pump dryer", "Laundry", Complexity.SIMPLE,
            new BigDecimal("627"));
    private static final Product OVEN = new Product(UUID.randomUUID(), "Castello built-in oven", "Ovens", Complexity.SIMPLE,
            new BigDecimal("809"));
    private static final Product HOB = new Product(UUID.randomUUID(), "Castello 80 cm induction hob", "Cooking", Complexity.SIMPLE,
            new BigDecimal("749"));
    private static final Product TABLET = new Product(UUID.randomUUID(), "Rugged tablet", "Hardware", Complexity.COMPLEX,
            new BigDecimal("7579"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Event updo", "Occasions", Complexity.SIMPLE, new BigDecimal("65"));

    /** The lines that could be said to anyone, from the colour rules of a long-time client. */
    private static final List<String> FOR_ANYONE = List.of("bothered them lately", "ideas on what we could do better",
            "what they would like from us next", "one thing we could do better", "what they will need in the coming months");

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    // ---- no line for anyone once the call has its say --------------------------------------------

    @Test
    void aSituationWhoseOwnLineNamesTheThingTakesNoLineThatCouldBeSaidToAnyone() {
        for (String[] offer : List.of(
                new String[] {"Lucy showed Maggie the oven during a visit; Maggie asked for a written quote.", "Thinking about it."},
                new String[] {"Offered Maggie the oven at 10% off as a returning customer.", "Will think it over."},
                new String[] {"Suggested the oven to Maggie; interested, will think about it.", "Thinking about it."})) {
            Given given = new Given().bought(HOB, 330, "749").talked(320, Mood.HAPPY, "Checked the hob is level; all good")
                    .touchpoint(130, Channel.VISIT, Direction.OUTBOUND, offer[0], offer[1], Mood.HAPPY);
            given.products.put(OVEN.id(), OVEN);
            Brief brief = given.brief();
            assertThat(brief.conversation().owner().rule()).as(offer[0]).isEqualTo("situation.offer-gone-quiet");
            // Its own line names what the call is about; the next step says what to do with each answer.
            assertThat(points(brief)).as(offer[0]).isNotEmpty()
                    .noneMatch(text -> FOR_ANYONE.stream().anyMatch(text::contains));
            assertThat(brief.dropped()).as(offer[0]).anyMatch(d -> d.reason().contains("the call's own lines say what it is for"));
        }
    }

    @Test
    void aContentLongTimeClientAskedAboutWhatTheyGotHearsNoLineForAnyone() {
        for (Mood mood : List.of(Mood.HAPPY, Mood.EXCITED, Mood.NEUTRAL)) {
            Given given = new Given().bought(TABLET, 330, "7579")
                    .touchpoint(320, Channel.MEETING, Direction.OUTBOUND, "Showed Noah how to use the tablets in the weekly driver review",
                            "Forwarded to the team.", Mood.HAPPY)
                    .touchpoint(160, Channel.EMAIL, Direction.OUTBOUND, "Sent Noah the customer satisfaction survey", "Rated us 9/10.", Mood.HAPPY)
                    .touchpoint(40, Channel.MEETING, Direction.OUTBOUND, "Workshop at their office on how their dispatchers plan a day",
                            "Good session.", mood);
            Brief brief = given.brief();
            assertThat(brief.conversation().owner().rule()).as(mood.name()).isEqualTo("mature.book-knows");
            assertThat(points(brief)).as(mood.name()).noneMatch(text -> FOR_ANYONE.stream().anyMatch(text::contains));
            assertThat(brief.warnings()).as(mood.name()).isEmpty();
            assertThat(BriefCritic.check(given.input(), brief)).as(mood.name()).isEmpty();
        }
    }

    @Test
    void whatTheWholeCallIsAboutIsNotSaidAgainAsACatalogueLine() {
        Given given = new Given().bought(DRYER, 119, "627")
                // what he chose it for lets the value lines speak (BriefSupersededTest); the one naming only the dryer gives way
                .touchpoint(119, Channel.VISIT, Direction.INBOUND, "Anthony bought the dryer for the new kitchen and chose it for the quiet motor; fitter will be there on Wednesday",
                        "Paid in full.", Mood.EXCITED)
                .touchpoint(115, Channel.CALL, Direction.OUTBOUND, "Follow-up after the dryer installation: any leaks, noises or error codes?",
                        "All fine, thanks.", Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(brief.conversation().goal().text()).contains("the dryer");
        assertThat(brief.conversation().opener().text()).doesNotContain("next one");
        assertThat(points(brief)).isNotEmpty()
                .noneMatch(text -> text.contains("what they told us matters to them") || text.contains("may not have used yet"));
        assertThat(brief.dropped()).anyMatch(d -> d.reason().contains("the whole call is about it"));
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aMachinesLoadOnItsLabelIsNoQuantityUsedUp() {
        assertThat(ItemKind.of("Nordvik 9 kg heat-pump dryer", "Laundry", false, false)).isEqualTo(ItemKind.KEPT);
        assertThat(ItemKind.of("Halden 8kg washing machine", "Laundry", false, false)).isEqualTo(ItemKind.KEPT);
        assertThat(ItemKind.of("House blend coffee beans 1 kg", "Coffee", false, false)).isEqualTo(ItemKind.CONSUMABLE);
        assertThat(ItemKind.of("Colour-protect shampoo (250 ml)", "Retail care", false, false)).isEqualTo(ItemKind.CONSUMABLE);
    }

    @Test
    void anOfferIsNamedWholeNotCutOffAtAWordThatLooksLikeAVerb() {
        Product premium = new Product(UUID.randomUUID(), "Premium support plan (annual)", "Support plans", Complexity.SIMPLE,
                new BigDecimal("2400"));
        for (String summary : List.of("Demoed the Premium support plan to Jordan and their finance lead.",
                "Suggested the Premium support plan to Jordan as the fleet grows.")) {
            Given given = new Given().bought(TRACKING, 300, "4460")
                    .touchpoint(40, Channel.MEETING, Direction.OUTBOUND, summary, "Thinking about it.", Mood.NEUTRAL);
            given.products.put(premium.id(), premium);
            Brief brief = given.brief();
            assertThat(brief.conversation().owner().rule()).as(summary).isEqualTo("situation.offer-pending");
            assertThat(brief.conversation().opener().text()).as(summary).contains("the Premium support plan");
        }
    }

    @Test
    void aLicenceBoughtOnceIsNotSaidToBeRenewed() {
        Product analytics = new Product(UUID.randomUUID(), "FieldLine Insights analytics module (annual)", "Software licences",
                Complexity.COMPLEX, new BigDecimal("1580"));
        Brief once = new Given().bought(analytics, 500, "1580").bought(TRACKING, 290, "4460")
                .talked(200, Mood.HAPPY, "Shared three features of the tracking licence they are not using yet").brief();
        assertThat(once.conversation().owner().rule()).isEqualTo("mature.book-knows");
        assertThat(BriefEngineTest.spokenText(once)).doesNotContain("renewed").contains("you've had the tracking licence");
        Brief again = new Given().bought(TRACKING, 655, "4460").bought(TRACKING, 290, "4460")
                .talked(200, Mood.HAPPY, "Shared three features of the tracking licence they are not using yet").brief();
        assertThat(again.conversation().opener().text()).contains("since you renewed the");
    }

    // ---- what we owe, named as the thing ------------------------------------------------------------

    @Test
    void aLatePromiseNamesWhatWeOweNotOurToDo() {
        for (String[] owed : List.of(
                new String[] {"Send Maggie a written quote for the capsule coffee maker", "the written quote for the capsule coffee maker"},
                new String[] {"Send the price list to Maggie.", "the price list"},
                new String[] {"Email Maggie the quote for the washing machine", "the quote for the washing machine"},
                new String[] {"send Margaret Hale pricing for the Fleet Tracking licence", "the pricing for the Fleet Tracking licence"},
                new String[] {"Send her the brochure for the range cooker", "the brochure for the range cooker"})) {
            Brief brief = new Given().bought(BriefEngineTest.KETTLE, 300).talked(30, Mood.NEUTRAL, "Maggie asked about it")
                    .promised(9, owed[0], null).brief();
            Brief.Conversation c = brief.conversation();
            assertThat(c.owner().rule()).as(owed[0]).isEqualTo("situation.late-promise");
            assertThat(c.opener().text()).as(owed[0]).contains("we promised you " + owed[1] + " by ");
            assertThat(c.goal().text()).as(owed[0]).startsWith("Deliver " + owed[1] + ", or give Maggie an honest new date");
            assertThat(c.nextStep().text()).as(owed[0]).startsWith("Deliver " + owed[1]);
            assertThat(BriefEngineTest.spokenText(brief)).as(owed[0]).doesNotContain("\u201c").doesNotContainIgnoringCase(owed[0].substring(0, 5));
        }
    }

    @Test
    void aLatePromiseThatSendsNothingKeepsItsOwnWords() {
        // a call back about something is the call itself, and has its own frame (BriefPromisedCallTest)
        for (String reason : List.of("Book a home measure for Maggie", "Get back to Maggie")) {
            Brief brief = new Given().bought(BriefEngineTest.KETTLE, 300).talked(30, Mood.NEUTRAL, "Maggie asked about it")
                    .promised(9, reason, null).brief();
            Brief.Conversation c = brief.conversation();
            assertThat(c.owner().rule()).as(reason).isEqualTo("situation.late-promise");
            // a step of ours for them is said as that step ("we said we'd call you back about delivery times by"), else as getting back
            assertThat(c.opener().text()).as(reason).containsAnyOf("we promised to get back to you by ", "we said we'd call you back about delivery times by ",
                    "we said we'd book a home measure for you by ");
            assertThat(c.goal().text()).as(reason).contains("what we promised (\u201c" + reason + "\u201d)");
        }
        Brief codeOwed = new Given().bought(BriefEngineTest.KETTLE, 300).talked(30, Mood.NEUTRAL, "Maggie asked about it")
                .promised(9, "Send Maggie the referral discount code", null).brief();
        assertThat(codeOwed.conversation().opener().text()).as("a code is a thing we send")
                .contains("we promised you the referral discount code by ");
    }

    // ---- everything renewing on one day is one decision ---------------------------------------------

    @Test
    void everythingThatRenewsOnTheSameDayIsOneDecisionTheMainThingFirst() {
        Given given = new Given().talked(60, Mood.HAPPY, "Noah spoke at our user day about their results");
        for (Product p : List.of(SUPPORT, TRACKERS, TRACKING)) {
            given.products.put(p.id(), p);
        }
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, SUPPORT.id(), null, TODAY.minusDays(350), new BigDecimal("873"), null,
                TODAY.plusDays(15)));
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, TRACKERS.id(), null, TODAY.minusDays(350), new BigDecimal("1490"), null, null));
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, TRACKING.id(), null, TODAY.minusDays(350), new BigDecimal("4460"), null,
                TODAY.plusDays(15)));
        Brief brief = given.brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.renewal");
        assertThat(c.opener().text()).contains("the fleet tracking licence and the standard support plan are up for renewal on");
        assertThat(c.goal().text()).contains("about the fleet tracking licence and the standard support plan");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("tracker units");

        Given apart = new Given().talked(60, Mood.HAPPY, "Chat");
        apart.products.put(TRACKING.id(), TRACKING);
        apart.products.put(SUPPORT.id(), SUPPORT);
        apart.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, TRACKING.id(), null, TODAY.minusDays(350), new BigDecimal("4460"), null,
                TODAY.plusDays(15)));
        apart.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, SUPPORT.id(), null, TODAY.minusDays(300), new BigDecimal("873"), null,
                TODAY.plusDays(65)));
        assertThat(apart.brief().conversation().opener().text()).contains("the fleet tracking licence is up for renewal on")
                .doesNotContain("support plan");
    }

    // ---- an opener that says what the call is for ---------------------------------------------------

    @Test
    void theWaitForWhatTheyBoughtOpensWithItNotWithAnythingElseICanDo() {
        Brief brief = new Given().bought(OVEN, 1, "809")
                .touchpoint(1, Channel.VISIT, Direction.INBOUND, "Alexandra bought the oven in store with Gareth; paid a deposit, balance on delivery",
                        "Deposit taken.", Mood.EXCITED)
                .promised(-10, "Call Maggie after the oven is installed", null)
                .brief();
        Brief.Conversation c = brief.conversation();
        assertThat(c.owner().rule()).isEqualTo("situation.awaiting-delivery");
        assertThat(c.opener().text()).contains("the oven").doesNotContain("anything else I can do");
        assertThat(points(brief)).filteredOn(text -> text.toLowerCase(java.util.Locale.ROOT).contains("thank")).isEmpty();
    }

    @Test
    void aLineThatOpensWithAFactStartsWithACapital() {
        Brief brief = new Given().bought(BriefEngineTest.KETTLE, 10).talked(1, Mood.HAPPY, "Chat").rules("""
                {"rules": [
                  {"code": "when", "title": "When", "priority": 100, "when": {},
                   "suggest": {"goal": "Talk", "nextStep": "Note it", "talkingPoints": [{"text": "{purchaseWhen} they bought {lastPurchase}: ask how it is going.", "intent": "fact"}]}}
                ]}""").brief();
        assertThat(points(brief)).isNotEmpty().allMatch(text -> Character.isUpperCase(text.charAt(0)));
    }

    @Test
    void ourOwnLogLineShownInLatelyIsNotReadOutAgainInATalkingPoint() {
        Given given = new Given().bought(HOB, 330, "749").talked(320, Mood.HAPPY, "Checked the hob is level; all good")
                .touchpoint(130, Channel.VISIT, Direction.OUTBOUND, "Lucy showed Maggie the oven during a visit; Maggie asked for a written quote.",
                        "Thinking about it.", Mood.HAPPY);
        given.products.put(OVEN.id(), OVEN);
        Brief brief = given.brief();
        assertThat(brief.lately()).extracting(Brief.Recent::text).anyMatch(text -> text.startsWith("Lucy showed Maggie the oven"));
        assertThat(points(brief)).anyMatch(text -> text.startsWith("They were thinking over the oven (") && !text.contains("\u201c"))
                .noneMatch(text -> text.contains("Lucy showed"));

        Product dashCams = new Product(UUID.randomUUID(), "Vehicle dash camera", "Hardware", Complexity.SIMPLE, BigDecimal.TEN);
        Brief theirs = new Given().bought(BriefEngineTest.ALARM, 10, "4000").bought(dashCams, 6, "400")
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Maggie asked to move the dash camera delivery to Thursday.", "Moved.", Mood.HAPPY)
                .brief();
        assertThat(points(theirs)).anyMatch(text -> text.contains("\u201cMaggie asked to move the dash camera delivery to Thursday"));
    }

    // ---- Lately shows their words, not our notices ----------------------------------------------------

    @Test
    void aNoticeThatNeedsNoReplyGivesItsPlaceInLatelyToWhatTheyAsked() {
        Brief brief = new Given().bought(CUT, 580, "65")
                .touchpoint(320, Channel.CALL, Direction.INBOUND, "Aisha asked to be on the cancellation list for Friday", "On the waiting list.",
                        Mood.HAPPY)
                .touchpoint(250, Channel.EMAIL, Direction.OUTBOUND, "Let Aisha know that late opening moves from Thursday to Wednesday",
                        "No reply needed.", null)
                .touchpoint(170, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Aisha; all fine, busy month", "All good.",
                        null)
                .touchpoint(120, Channel.EMAIL, Direction.OUTBOUND, "Told Aisha the salon is closed on Tuesday for training; no reply needed", null,
                        null)
                .touchpoint(90, Channel.MESSAGE, Direction.OUTBOUND, "Sent Aisha a note to say we would love to see her soon, with the booking link",
                        "Lovely chat.", Mood.NEUTRAL)
                .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "New price list from January", "No reply needed", null)
                .brief();
        assertThat(brief.lately()).extracting(Brief.Recent::text)
                .anyMatch(text -> text.startsWith("Aisha asked to be on the cancellation list"))
                .noneMatch(text -> text.contains("late opening") || text.contains("closed on Tuesday") || text.contains("New price list"));
        assertThat(brief.lately()).extracting(Brief.Recent::what).noneMatch(what -> what.contains("no reply needed"));
    }

    @Test
    void aCardOfOursStaysInLatelyAndNoticesFillOnlyThePlacesLeft() {
        Brief brief = new Given().bought(CUT, 580, "65").talked(200, Mood.HAPPY, "Chat about the wedding")
                .touchpoint(30, Channel.EMAIL, Direction.OUTBOUND, "Told Maggie about the new opening hours", "No reply needed", null)
                .touchpoint(10, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a card after she mentioned a difficult few months", "No reply yet.", null)
                .brief();
        assertThat(brief.lately()).extracting(Brief.Recent::text)
                .containsExactly("Sent Maggie a card after she mentioned a difficult few months", "Told Maggie about the new opening hours",
                        "Chat about the wedding");
    }
}
