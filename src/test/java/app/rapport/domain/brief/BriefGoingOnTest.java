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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before a stock frame ("what would they like from us next", "nothing else is going on", "how is it going, one to
 * five?") is chosen, what the record holds that is going on makes the call (issue 15, reads 34-35): something bought
 * that we hold on a day and never set (Highmoor's two training days), something they agreed to do with us (Niamh's
 * customer panel), a plan they just started beside what they have (Granite's support plan after a hard winter), a
 * set-up only just handed to onboarding (Riverside).
 */
class BriefGoingOnTest {
    private static final Product DISPATCH = new Product(UUID.randomUUID(), "FieldLine Dispatch licence (annual, 10 users)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("3600"));
    private static final Product TRAINING_DAY = new Product(UUID.randomUUID(), "On-site training day", "Professional services",
            Complexity.SIMPLE, new BigDecimal("950"));
    private static final Product SUPPORT_PLAN = new Product(UUID.randomUUID(), "Standard support plan (annual)", "Support",
            Complexity.SIMPLE, new BigDecimal("900"));
    private static final Product FRIDGE = new Product(UUID.randomUUID(), "Halden American-style fridge freezer", "Large appliances",
            Complexity.SIMPLE, new BigDecimal("1299"));

    static List<String> allText(Brief brief) {
        List<String> text = new ArrayList<>();
        Brief.Conversation call = brief.conversation();
        text.add(call.owner().text());
        call.talkingPoints().forEach(line -> text.add(line.text()));
        if (call.opener() != null) {
            text.add(call.opener().text());
        }
        if (call.goal() != null) {
            text.add(call.goal().text());
        }
        return text;
    }

    private static Given buy(Given given, Product product, String description, int daysAgo, String amount, Integer renewsInDays) {
        given.products.put(product.id(), product);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, product.id(), description, TODAY.minusDays(daysAgo), new BigDecimal(amount), null,
                renewsInDays == null ? null : TODAY.plusDays(renewsInDays)));
        return given;
    }

    /** A dispatch client since last summer, content, who signed for two on-site training days {@code daysAgo}. */
    private static Given trainingDaysBought(int daysAgo) {
        Given given = buy(new Given(), DISPATCH, null, 160, "3310", 205)
                .touchpoint(160, Channel.VISIT, Direction.INBOUND, "Declan signed for the Dispatch licence after a two-month pilot.", "PO received.", Mood.EXCITED);
        return buy(given, TRAINING_DAY, "2 \u00d7 On-site training day", daysAgo, "1900", null)
                .touchpoint(daysAgo, Channel.MEETING, Direction.OUTBOUND, "Statement of work for the training day signed by Highmoor Vending.",
                        "Contract signed.", Mood.EXCITED);
    }

    @Test
    void trainingDaysBoughtAndNeverSetLeadTheCallAsOursToBook() {
        Brief brief = trainingDaysBought(19).brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.step-owed");
        assertThat(call.opener().text()).contains("two training days").contains("set the days");
        assertThat(call.talkingPoints()).anySatisfy(line -> assertThat(line.text()).startsWith("They bought two training days (")
                .contains("ask kindly whether they have been held"));
        assertThat(allText(brief)).noneMatch(text -> text.contains("like from us next") || text.contains("nothing else is going on"));
    }

    @Test
    void trainingDaysHeldOrSetSinceAreNoStep() {
        Brief held = trainingDaysBought(40)
                .touchpoint(12, Channel.VISIT, Direction.OUTBOUND, "Ran the first training day with the depot team.", "Went well.", Mood.HAPPY)
                .brief();
        assertThat(allText(held)).noneMatch(text -> text.contains("training days (") || text.contains("set the days"));
        Brief set = trainingDaysBought(30)
                .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "Proposed dates for the two training days.", "Booked for the 14th and 15th of next month.",
                        Mood.HAPPY)
                .brief();
        assertThat(allText(set)).noneMatch(text -> text.contains("training days (") || text.contains("set the days"));
    }

    @Test
    void trainingDaysBoughtLongAgoAreHistoryNotAStep() {
        Brief brief = trainingDaysBought(150).brief();
        assertThat(allText(brief)).noneMatch(text -> text.contains("training days (") || text.contains("set the days"));
    }

    /** A shop client who got a fridge freezer three months ago, asked since only by us. */
    private static Given fridgeThreeMonthsAgo() {
        return buy(new Given(), FRIDGE, null, 88, "1299", null)
                .touchpoint(88, Channel.VISIT, Direction.INBOUND, "Niamh ordered the American fridge freezer and collected the receipt at the counter.",
                        "Paid in full.", Mood.EXCITED)
                .touchpoint(82, Channel.CALL, Direction.OUTBOUND, "Onboarding call with Niamh: went through the fridge freezer programmes.", "All clear.",
                        Mood.HAPPY);
    }

    @Test
    void somethingTheyAgreedToDoWithUsLeadsAndNothingElseIsGoingOnIsNotSaid() {
        Brief brief = fridgeThreeMonthsAgo()
                .touchpoint(63, Channel.EMAIL, Direction.OUTBOUND, "Asked Niamh to join our customer panel on the new showroom layout.", "Agreed to join.",
                        Mood.EXCITED)
                .brief();
        // nothing else is going on, so what they agreed to leads the call (asked3): thank them and say what comes next
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.agreed");
        assertThat(call.goal().text()).startsWith("Thank Maggie for agreeing to join our customer panel on the new showroom layout")
                .contains("tell them what comes next");
        assertThat(allText(brief)).noneMatch(text -> text.contains("nothing else is going on"));
    }

    @Test
    void aCaseStudyInTheirOwnWordsIsTheSameThreadButAReferenceIsTheReferralRulesToThank() {
        Brief caseStudy = fridgeThreeMonthsAgo()
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Niamh rang about the trade magazine piece.", "Happy to be a case study for the magazine.",
                        Mood.EXCITED)
                .brief();
        assertThat(caseStudy.conversation().owner().text()).startsWith("they agreed to be a case study for the magazine (");
        Brief reference = fridgeThreeMonthsAgo()
                .touchpoint(40, Channel.EMAIL, Direction.INBOUND, "Agreed to be a reference customer for prospects.", "Introduction made.", Mood.EXCITED)
                .brief();
        assertThat(reference.conversation().talkingPoints()).noneMatch(line -> line.rule().equals("thread.agreed"));
    }

    @Test
    void aPanelSpokenOfSinceOrDeclinedOrLongAgoIsNoThread() {
        Brief since = fridgeThreeMonthsAgo()
                .touchpoint(63, Channel.EMAIL, Direction.OUTBOUND, "Asked Niamh to join our customer panel on the new showroom layout.", "Agreed to join.",
                        Mood.EXCITED)
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Niamh came to the first panel evening and liked the new layout.", "Thanked us.", Mood.HAPPY)
                .brief();
        Brief declined = fridgeThreeMonthsAgo()
                .touchpoint(63, Channel.EMAIL, Direction.OUTBOUND, "Asked Niamh to join our customer panel on the new showroom layout.", "Not for now.",
                        Mood.NEUTRAL)
                .brief();
        Brief old = fridgeThreeMonthsAgo()
                .touchpoint(200, Channel.EMAIL, Direction.OUTBOUND, "Asked Niamh to join our customer panel on the new showroom layout.", "Agreed to join.",
                        Mood.EXCITED)
                .brief();
        for (Brief brief : List.of(since, declined, old)) {
            assertThat(brief.conversation().talkingPoints()).noneMatch(line -> line.rule().equals("thread.agreed"));
        }
    }

    /** A dispatch client for over a year who renewed last month at the same size. */
    private static Given renewedLastMonth() {
        Given given = buy(new Given(), DISPATCH, null, 425, "3530", null)
                .touchpoint(425, Channel.MEETING, Direction.INBOUND, "Ananya signed for the Dispatch licence after a two-month pilot.", "Invoice sent.",
                        Mood.HAPPY);
        return buy(given, DISPATCH, null, 59, "3380", 306)
                .touchpoint(59, Channel.EMAIL, Direction.INBOUND, "Granite Electrical renewed the Dispatch licence for another year; invoice sent.",
                        "Acknowledged.", Mood.NEUTRAL);
    }

    @Test
    void aSupportPlanJustStartedBesideTheLicenceIsAskedAfterWithTheirReason() {
        Brief brief = buy(renewedLastMonth(), SUPPORT_PLAN, null, 40, "864", 325)
                .touchpoint(40, Channel.CALL, Direction.OUTBOUND, "Upgraded Granite Electrical to the Standard support plan after a busy winter of support calls.",
                        "Handed over to onboarding.", Mood.EXCITED)
                .brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.fresh-purchase");
        assertThat(call.owner().text()).contains("started the standard support plan").contains("after a busy winter of support calls");
        assertThat(allText(brief)).noneMatch(text -> text.contains("staying with us") || text.contains("like from us next"));
    }

    @Test
    void aSupportPlanRenewedIsNoNewThing() {
        Given given = buy(renewedLastMonth(), SUPPORT_PLAN, null, 400, "864", null);
        Brief brief = buy(given, SUPPORT_PLAN, null, 40, "864", 325)
                .touchpoint(40, Channel.EMAIL, Direction.INBOUND, "Renewed the Standard support plan for another year.", "Acknowledged.", Mood.NEUTRAL)
                .brief();
        assertThat(allText(brief)).noneMatch(text -> text.contains("started the standard support plan"));
    }

    @Test
    void aNewClientWhoseSetUpHasOnlyJustStartedIsNotAskedToRateIt() {
        Given given = new Given()
                .touchpoint(80, Channel.EMAIL, Direction.INBOUND, "Finn asked whether the dispatch licence integrates with their accounting package.",
                        "Demo booked.", Mood.NEUTRAL);
        Brief brief = buy(given, DISPATCH, null, 5, "3460", 360)
                .touchpoint(5, Channel.MEETING, Direction.OUTBOUND, "Signed the Dispatch licence with Riverside Logistics; Sophie handed over to the onboarding team.",
                        "Invoice sent.", Mood.NEUTRAL)
                .brief();
        assertThat(allText(brief)).noneMatch(text -> text.contains("one to five"));
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> assertThat(line.text()).startsWith("Not finished yet: the set-up of"));
    }

    @Test
    void aMeetingLatelyIsWhatTheCallPicksUpEvenWhenWeHeardFromThemThisFortnight() {
        Given given = buy(new Given(), DISPATCH, null, 215, "1200", 150)
                .touchpoint(215, Channel.VISIT, Direction.OUTBOUND, "Closed the Dispatch licence with Thomas; procurement approved the purchase order.",
                        "Invoice sent.", Mood.NEUTRAL)
                .touchpoint(95, Channel.MEETING, Direction.OUTBOUND, "Showed Thomas the new dashboard in the Dispatch licence.", "Forwarded to the team.",
                        Mood.NEUTRAL)
                .touchpoint(11, Channel.MEETING, Direction.OUTBOUND, "Brainstorm with Thomas on an integration with their parts supplier.",
                        "Feedback recorded.", Mood.NEUTRAL);
        Brief brief = given.brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.goal().text()).contains("what came of our meeting").contains("integration with their parts supplier");
        assertThat(allText(brief)).noneMatch(text -> text.contains("honest feedback"));
    }

    /** A dispatch client for a year, content, who renewed the licence as it was {@code daysAgo}. */
    private static Given renewedAsItWas(int daysAgo) {
        Given given = buy(new Given(), DISPATCH, null, 367, "3600", null)
                .touchpoint(367, Channel.MEETING, Direction.INBOUND, "Ngozi signed for the Dispatch licence after a two-month pilot.", "Contract signed.",
                        Mood.HAPPY)
                .touchpoint(300, Channel.CALL, Direction.OUTBOUND, "Called Ngozi to check the drivers are all logging in.", "On track.", Mood.HAPPY);
        return buy(given, DISPATCH, null, daysAgo, "3240", 365 - daysAgo)
                .touchpoint(daysAgo, Channel.EMAIL, Direction.INBOUND, "Okafor Glazing renewed the Dispatch licence for another year; invoice sent.",
                        "Thanked us.", Mood.NEUTRAL);
    }

    @Test
    void aRenewalDaysAgoIsThankedBeforeAStockFeedbackFrame() {
        Brief brief = renewedAsItWas(2).brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("mature.renewed-lately");
        assertThat(call.opener().text()).contains("thank you for renewing the dispatch licence");
        assertThat(allText(brief)).noneMatch(text -> text.contains("honest feedback"));
        assertThat(allText(renewedAsItWas(40).brief())).noneMatch(text -> text.contains("thank you for renewing"));
    }
}
