package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.Touchpoint;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A late follow-up is a promise of ours to own only when they wait on it: one that gives them something or gets back to them
 * leads the call with a sorry, over an ask they are still weighing; a reminder of our own (a call in three months, a thank-you,
 * a deal to close, a check on how a thing runs) is listed as ours and leaves the call to what is going on. An old request of
 * theirs is still said when a late promise leads. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefOurPromiseTest {
    private static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik heat-pump dryer", "Laundry", Complexity.SIMPLE,
            new BigDecimal("744"));

    /** The opener, goal, talking points and next step, one a line. */
    static String wholeCall(Brief brief) {
        StringBuilder said = new StringBuilder(brief.conversation().opener().text()).append('\n').append(brief.conversation().goal().text());
        brief.conversation().talkingPoints().forEach(point -> said.append('\n').append(point.text()));
        return said.append('\n').append(brief.conversation().nextStep().text()).toString();
    }

    @Test
    void aWarrantyClaimWePromisedToChaseAndDidNotLeadsOverTheirRangeCookerQuestion() {
        Brief brief = new Given().bought(DRYER, 400)
                .touchpoint(33, Channel.CALL, Direction.INBOUND, "Lars asked whether we take the old appliance away when delivering the range cooker.",
                        "Gave the brochure.", Mood.HAPPY)
                .touchpoint(26, Channel.CALL, Direction.INBOUND, "Lars asked what the warranty covers on the dryer.", "Answered.", Mood.NEUTRAL)
                .promised(23, "Chase the warranty claim for Maggie", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise");
        assertThat(brief.conversation().opener().text())
                .contains("we said we'd chase the warranty claim for you by 20 February, and I'm sorry it has taken longer than we said");
        assertThat(wholeCall(brief)).contains("warranty claim").contains("range cooker");
    }

    @Test
    void aCallInThreeMonthsThatIsLateIsAReminderOfOursNotAPromiseToSaySorryFor() {
        Brief brief = new Given().bought(DRYER, 400)
                .touchpoint(100, Channel.CALL, Direction.INBOUND, "Maggie asked whether the kettle and toaster is easy to clean.", "No decision yet.", Mood.NEUTRAL)
                .promised(10, "Call Maggie in three months", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
        assertThat(wholeCall(brief)).doesNotContain("I'm sorry it has taken longer");
        assertThat(brief.openItems()).extracting(BriefLine::text)
                .contains("Overdue follow-up: Call Maggie in three months (5 March; a reminder of ours)");
    }

    @Test
    void aDealToCloseAThankYouAndARunningCheckAreOursToo() {
        for (String reminder : new String[]{"Close the Dispatch licence renewal with Harbourside", "Thank Maggie for the introduction",
                "Check the induction hob is still running fine", "Ask Maggie about the highlights again"}) {
            Brief brief = new Given().bought(DRYER, 400)
                    .touchpoint(40, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the dryer doing?", "All fine.", Mood.HAPPY)
                    .promised(5, reminder, null)
                    .brief();
            assertThat(brief.conversation().owner().rule()).as(reminder).isNotEqualTo("situation.late-promise");
        }
    }

    @Test
    void anOldRequestOfTheirsIsStillSaidWhenALatePromiseLeads() {
        Brief brief = new Given().bought(DRYER, 400)
                .touchpoint(70, Channel.EMAIL, Direction.INBOUND, "Maggie asked for a quote for the coffee machine.", null, Mood.NEUTRAL)
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Asked for a quote for the coffee machine", 70)
                .touchpoint(26, Channel.VISIT, Direction.INBOUND, "Maggie asked about the annual service plan.", "Wants a written quote.", Mood.NEUTRAL)
                .promised(19, "Send Maggie a written quote for the annual service plan", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise");
        assertThat(wholeCall(brief)).contains("annual service plan").contains("coffee machine");
    }

    @Test
    void aPriceListSentInTheAnswerToTheirAskIsNotOwedAgainByTheFollowUpLeftOpen() {
        Brief brief = new Given()
                .touchpoint(2, Channel.MESSAGE, Direction.INBOUND, "Maggie asked for a rough price for the fringe trim on shoulder-length hair.",
                        "Sent the price list.", Mood.NEUTRAL)
                .promised(-13, "Send Maggie the price list", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.ours-owed");
        assertThat(wholeCall(brief)).doesNotContain("as promised").contains("price list");
    }

    @Test
    void aQuoteSentBeforeTheFollowUpFellDueIsNoLatePromise() {
        Brief brief = new Given()
                .touchpoint(34, Channel.CALL, Direction.INBOUND, "Maggie asked about the dishwasher.", "Sent a quote.", Mood.NEUTRAL)
                .promised(23, "Send Maggie the quote for the dishwasher", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
        assertThat(wholeCall(brief)).doesNotContain("sorry it has taken longer");
        assertThat(brief.openItems()).extracting(BriefLine::text).anyMatch(text -> text.contains("given on record, so close it"));
    }

    @Test
    void aStepOfOursIsSaidToThemWithTheirNameMadeYou() {
        java.util.List<String> names = java.util.List.of("Svetlana Mwangi", "Sveta", "Svetlana");
        assertThat(OwedWords.step("Check whether Maya can fit Sveta in", names)).isEqualTo("check whether Maya can fit you in");
        assertThat(OwedWords.step("Tell Svetlana what we did with the feedback", names)).isEqualTo("tell you what we did with the feedback");
        assertThat(OwedWords.step("Chase Sveta's warranty claim", names)).isEqualTo("chase your warranty claim");
        assertThat(OwedWords.step("Check the stock levels", names)).as("not about them").isNull();
        assertThat(OwedWords.step("Review the account notes for Sveta", names)).as("no step of ours for them").isNull();
    }

    @Test
    void aCallBackAboutDeliveryTimesMonthsAfterTheirLastPurchaseIsAnAnswerWeOweNotThatPurchaseAwaited() {
        Brief brief = new Given().bought(DRYER, 90)
                .touchpoint(2, Channel.CALL, Direction.INBOUND, "Maggie asked whether we take the old appliance away when delivering the dishwasher.",
                        "Sent a quote.", Mood.NEUTRAL)
                .promised(-10, "Call Maggie back about delivery times", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.awaiting-delivery");
        assertThat(wholeCall(brief)).doesNotContain("still to be delivered");
    }
    private static final Product KERATIN = new Product(UUID.randomUUID(), "Keratin smoothing treatment", "Treatments", Complexity.SIMPLE,
            new BigDecimal("220"));

    /** A contact that sets a follow-up's day, as the app records it. */
    private static Given contactSetting(Given given, int daysAgo, Channel channel, Direction direction, String summary, String outcome,
                                        int dueDaysAgo) {
        given.touchpoints.add(new Touchpoint(UUID.randomUUID(), BriefEngineTest.CLIENT, BriefEngineTest.NOW.minus(daysAgo, ChronoUnit.DAYS),
                channel, direction, summary, outcome, Mood.HAPPY, BriefEngineTest.TODAY.minusDays(dueDaysAgo)));
        return given;
    }

    @Test
    void ourOwnReminderToRebookThemAfterNoRebookingYetIsNoPromiseTheyHeard() {
        // Read 51, Keiko Andersen: "we said we'd book your next appointment by September 19, and I'm sorry", for our own reminder
        Given given = new Given().bought(KERATIN, 80, "220");
        contactSetting(given, 80, Channel.VISIT, Direction.INBOUND, "First keratin treatment with us. Priya explained how often to repeat it.",
                "No rebooking yet.", 78);
        Brief brief = given.promised(78, "Book Maggie's next appointment", null).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
        assertThat(wholeCall(brief)).doesNotContain("sorry it has taken longer").doesNotContain("we said we'd book");
        assertThat(brief.openItems()).extracting(BriefLine::text).anyMatch(text -> text.contains("next appointment") && text.contains("a reminder of ours"));
    }

    @Test
    void aRebookingWeToldThemWeWouldSeeToIsStillAPromise() {
        Given given = new Given().bought(KERATIN, 20, "220");
        contactSetting(given, 20, Channel.VISIT, Direction.INBOUND, "First keratin treatment with us. Priya explained how often to repeat it.",
                "We'll book the next one once the rota is out.", 12);
        Brief brief = given.promised(12, "Book Maggie's next appointment", null).brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.late-promise");
        assertThat(brief.conversation().opener().text()).contains("we said we'd book your next appointment");
    }

    @Test
    void aHandOverAnAftercareCheckOrABareFollowUpOfOursIsNoPromiseToSaySorryFor() {
        // Read 51, Jana Wang: "Introduce Jana to the onboarding lead", fourteen months on, led as a thing to hand over
        for (String step : new String[]{"Introduce Maggie to the onboarding lead", "Check the kick-off is scheduled for Harbourside",
                "Check how the keratin smoothing treatment is holding up", "Follow up with Maggie"}) {
            Given given = new Given().bought(KERATIN, 60, "220");
            contactSetting(given, 60, Channel.MEETING, Direction.INBOUND, "Maggie signed up; kick-off meeting set for Monday.", "Invoice sent.", 45);
            Brief brief = given.promised(45, step, null).brief();
            assertThat(brief.conversation().owner().rule()).as(step).isNotEqualTo("situation.late-promise");
            assertThat(wholeCall(brief)).as(step).doesNotContain("sorry it has taken longer");
        }
    }

    @Test
    void aDemoNobodyAskedForOrWasToldOfIsOurReminderNotAPromise() {
        // Sanjay Clarke, read 53's books: "Book the barcode scanners demo with Sanjay", when he had only asked about lead times, led as
        // "we said we'd book the barcode scanners demo with you"
        Given given = new Given().bought(KERATIN, 60, "220");
        contactSetting(given, 29, Channel.CALL, Direction.INBOUND, "Maggie asked about lead times for barcode scanners for the whole fleet.",
                "Qualified; budget next quarter.", 18);
        Brief brief = given.promised(18, "Book the barcode scanners demo with Maggie", null).brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.late-promise");
        assertThat(wholeCall(brief)).doesNotContain("we said we'd book");

        Given asked = new Given().bought(KERATIN, 60, "220");
        contactSetting(asked, 29, Channel.CALL, Direction.INBOUND, "Maggie asked about lead times for barcode scanners; keen to see a demo.",
                "Qualified; budget next quarter.", 18);
        assertThat(asked.promised(18, "Book the barcode scanners demo with Maggie", null).brief().conversation().owner().rule())
                .isEqualTo("situation.late-promise");
    }
}
