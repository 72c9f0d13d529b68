package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the record knows of them that belongs in the call (read 34 and 35), each said once, in the record's words and with
 * the day: a project of theirs (a new kitchen, a move, a second depot), told in a chat, in what they bought a thing for, or
 * in a note of ours, and lasting longer than a holiday; their account passed to someone new of ours, with no word of theirs
 * since; a no that named its own end ("not before the wedding; maybe after") once that end has passed; and, on a warranty
 * call, the fix we made on that very thing. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefTheirProjectTest {
    private static final Product OVEN = new Product(UUID.randomUUID(), "Castello built-in oven", "Cooking", Complexity.COMPLEX,
            new BigDecimal("899"));
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento cordless stick vacuum", "Floorcare", Complexity.SIMPLE,
            new BigDecimal("366"));

    private static String projectLine(Brief brief) {
        return brief.conversation().talkingPoints().stream().filter(line -> "hook.ask-after".equals(line.rule()))
                .map(BriefLine::text).findFirst().orElse(null);
    }

    /** Bought the oven for the new kitchen {@code daysAgo}, then a vacuum, then nothing since. */
    private static Given ovenForTheKitchen(int daysAgo, String summary) {
        return new Given().bought(OVEN, daysAgo, "899").bought(VACUUM, daysAgo - 25, "366")
                .touchpoint(daysAgo, Channel.VISIT, Direction.INBOUND, summary, null, Mood.EXCITED)
                .touchpoint(daysAgo - 25, Channel.VISIT, Direction.INBOUND, "Maggie bought the cordless vacuum in store.", "Paid by card.",
                        Mood.NEUTRAL);
    }

    @Test
    void whatTheyBoughtAThingForIsAskedAfterAYearOn() {
        String line = projectLine(ovenForTheKitchen(370, "Maggie bought the oven for the new kitchen; fitter will be there on Wednesday.")
                .brief());
        assertThat(line).isNotNull()
                .startsWith("\u201cMaggie bought the oven for the new kitchen\u201d (")
                .endsWith("ask how the new kitchen turned out, once.")
                .doesNotContain("Wednesday");
    }

    @Test
    void aKitchenBeingFittedLatelyIsAskedHowItIsComingAlong() {
        String line = projectLine(ovenForTheKitchen(40, "Maggie bought the oven for her new kitchen.").brief());
        assertThat(line).contains("ask how the new kitchen is coming along, once.");
    }

    @Test
    void aProjectMoreThanAYearAndAMonthOldIsLeftAlone() {
        assertThat(projectLine(ovenForTheKitchen(430, "Maggie bought the oven for the new kitchen.").brief())).isNull();
    }

    @Test
    void aHolidayAYearAgoIsNoProjectAndStaysUnsaid() {
        Given given = ovenForTheKitchen(300, "Maggie bought the oven.")
                .talked(200, Mood.HAPPY, "Chatted with Maggie about an upcoming holiday to Crete.");
        assertThat(projectLine(given.brief())).isNull();
    }

    @Test
    void aRenovationTalkedAboutLongAgoIsAskedHowItTurnedOut() {
        Given given = ovenForTheKitchen(300, "Maggie bought the oven.")
                .talked(250, Mood.HAPPY, "Chatted with Maggie about the kitchen renovation; showed photos of a similar one.");
        assertThat(projectLine(given.brief())).isEqualTo(
                "They talked with us about the kitchen renovation (8 July 2025): ask how it turned out, once.");
    }

    @Test
    void aProjectAskedAfterSinceIsNotAskedAgain() {
        Given given = ovenForTheKitchen(300, "Maggie bought the oven for the new kitchen.")
                .talked(100, Mood.HAPPY, "Asked Maggie how the new kitchen is coming along; nearly finished.");
        assertThat(projectLine(given.brief())).isNull();
    }

    @Test
    void aNoteOfOursThatTheKitchenIsBeingFittedIsAskedAfter() {
        Given given = ovenForTheKitchen(200, "Maggie bought the oven.")
                .note("Kitchen fitter: Davies Joinery. Coordinate delivery dates with them.", false, 2);
        assertThat(projectLine(given.brief())).isEqualTo(
                "Our note says \u201cKitchen fitter: Davies Joinery\u201d (13 March): ask how the kitchen is coming along, once.");
    }

    @Test
    void aNoteFromLastYearIsNoProjectUnderWay() {
        Given given = ovenForTheKitchen(200, "Maggie bought the oven.")
                .note("Kitchen fitter: Davies Joinery. Coordinate delivery dates with them.", false, 200);
        assertThat(projectLine(given.brief())).isNull();
    }

    @Test
    void aWelcomeToTheNewHouseIsAskedHowTheyHaveSettledIn() {
        Given given = ovenForTheKitchen(200, "Maggie bought the oven.")
                .touchpoint(150, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a card to welcome her to the new house.", "Thanked us.",
                        Mood.HAPPY);
        assertThat(projectLine(given.brief())).isEqualTo(
                "\u201cSent Maggie a card to welcome her to the new house\u201d (16 October 2025): ask how they have settled in to the new house, once.");
    }

    @Test
    void hairExtensionsAndARivalMoveAreNoProjects() {
        Given given = ovenForTheKitchen(200, "Maggie bought the oven.")
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Maggie asked about the price for her extensions.", null, Mood.NEUTRAL)
                .note("Moving to Zoho next year for the invoicing.", false, 10);
        assertThat(projectLine(given.brief())).isNull();
    }

    @Test
    void aSecondDepotTheyBoughtForIsAskedAfter() {
        Given given = ovenForTheKitchen(200, "Maggie bought the oven.")
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Maggie asked for a quote for the dash cams for the second depot.",
                        "Sent pricing.", Mood.HAPPY);
        assertThat(projectLine(given.brief())).endsWith("ask how the second depot is going, once.");
    }

    // ---- their account passed to someone new of ours -----------------------------------------------------------------

    private static String handoverLine(Brief brief) {
        return brief.conversation().talkingPoints().stream().filter(line -> "handover.new-manager".equals(line.rule()))
                .map(BriefLine::text).findFirst().orElse(null);
    }

    @Test
    void aNewAccountManagerIsSaidOnce() {
        Given given = ovenForTheKitchen(200, "Maggie bought the oven.")
                .touchpoint(80, Channel.MEETING, Direction.OUTBOUND, "Let Maggie know that Martin is their new account manager.", null, Mood.NEUTRAL);
        assertThat(handoverLine(given.brief())).isEqualTo(
                "Martin became their account manager (25 December 2025): say so once, and ask how they would like Martin to work with them.");
    }

    @Test
    void theHandoverIsReadInOtherWordsToo() {
        assertThat(handoverLine(ovenForTheKitchen(200, "Maggie bought the oven.")
                .touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "Introduced Claire as account manager; Maggie asked about invoices.", "Said thanks.", Mood.HAPPY)
                .brief())).startsWith("Claire became their account manager");
        assertThat(handoverLine(ovenForTheKitchen(200, "Maggie bought the oven.")
                .touchpoint(20, Channel.CALL, Direction.OUTBOUND, "Told Maggie that Ravi takes over their account from January.", "Said thanks.", Mood.HAPPY)
                .brief())).startsWith("Ravi became their account manager");
    }

    @Test
    void aHandoverLongPastIsHowThingsAreAndUnsaid() {
        Given given = ovenForTheKitchen(300, "Maggie bought the oven.")
                .touchpoint(150, Channel.MEETING, Direction.OUTBOUND, "Let Maggie know that Martin is their new account manager.", null, Mood.NEUTRAL);
        assertThat(handoverLine(given.brief())).isNull();
    }

    @Test
    void anAccountManagerOfTheirsIsNoHandoverOfOurs() {
        Given given = ovenForTheKitchen(200, "Maggie bought the oven.")
                .touchpoint(20, Channel.CALL, Direction.INBOUND, "Maggie asked whether our account manager could visit the site.", null, Mood.NEUTRAL);
        assertThat(handoverLine(given.brief())).isNull();
    }

    @Test
    void aHandoverTheyHaveSpokenWithUsSinceIsHowThingsAre() {
        Given given = ovenForTheKitchen(200, "Maggie bought the oven.")
                .touchpoint(60, Channel.MEETING, Direction.OUTBOUND, "Let Maggie know that Martin is their new account manager.", null, Mood.NEUTRAL)
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Maggie called about the oven's self-clean setting.", "Explained it.", Mood.HAPPY);
        assertThat(handoverLine(given.brief())).isNull();
    }

    // ---- a no that named its own end -----------------------------------------------------------------------------

    private static String waitOverLine(Brief brief) {
        return brief.conversation().talkingPoints().stream().filter(line -> "refusal.wait-over".equals(line.rule()))
                .map(BriefLine::text).findFirst().orElse(null);
    }

    private static Given refused(String reason, int daysAgo) {
        Given given = ovenForTheKitchen(300, "Maggie bought the oven.");
        given.opportunities.add(new app.rapport.domain.Opportunity(UUID.randomUUID(), BriefEngineTest.CLIENT,
                app.rapport.domain.OpportunityKind.REFUSAL, app.rapport.domain.OpportunityStatus.LOST, null, null, reason,
                "Declined the repair mask", BriefEngineTest.TODAY.minusDays(daysAgo), BriefEngineTest.TODAY.minusDays(daysAgo)));
        return given;
    }

    @Test
    void aNoUntilAnEventLongPastMayBeMentionedAgainOnce() {
        Brief brief = refused("Not before the wedding; maybe after.", 400).brief();
        assertThat(waitOverLine(brief)).startsWith("They turned down the repair mask (")
                .contains("\u201cNot before the wedding; maybe after\u201d. That time has passed");
        assertThat(brief.conversation().avoid()).noneSatisfy(line -> assertThat(line.text()).startsWith("Offering again what they turned down"));
    }

    @Test
    void aNoUntilANamedTimeThatHasComeMayBeMentionedAgain() {
        // said in May 2025, "after the summer" began in June 2025
        assertThat(waitOverLine(refused("Reorganisation underway; revisit after the summer.", 300).brief())).isNotNull();
        // said six weeks ago, "next year" is still to come
        assertThat(waitOverLine(refused("Already has a contract with Corvex until next year.", 40).brief())).isNull();
    }

    @Test
    void anEventNamedLatelyAndANoForAReasonStayNo() {
        Brief lately = refused("Not before the wedding; maybe after.", 60).brief();
        assertThat(waitOverLine(lately)).isNull();
        assertThat(lately.conversation().avoid()).anySatisfy(line -> assertThat(line.text()).startsWith("Offering again what they turned down"));
        assertThat(waitOverLine(refused("Thinks the warranty costs too much for what it covers.", 400).brief())).isNull();
        assertThat(waitOverLine(refused("Old one still works; will replace it when it breaks.", 400).brief())).isNull();
    }

    // ---- a fix of ours on the very thing the call is about ------------------------------------------------------------

    private static String fixLine(Brief brief) {
        return brief.conversation().talkingPoints().stream().filter(line -> "date.ahead.fixed".equals(line.rule()))
                .map(BriefLine::text).findFirst().orElse(null);
    }

    /** The vacuum bought 700 days ago, its warranty ending in 45 days; it died in three weeks and a complaint was opened. */
    private static Given vacuumEndingSoon(app.rapport.domain.OpportunityStatus complaint, String fixSummary) {
        Given given = new Given();
        given.products.put(VACUUM.id(), VACUUM);
        given.purchases.add(new app.rapport.domain.Purchase(UUID.randomUUID(), BriefEngineTest.CLIENT, VACUUM.id(), null,
                BriefEngineTest.TODAY.minusDays(700), new BigDecimal("366"), BriefEngineTest.TODAY.plusDays(45), null));
        given.touchpoint(680, Channel.EMAIL, Direction.INBOUND, "Maggie says the cordless vacuum stopped working after three weeks.", null,
                Mood.FRUSTRATED);
        if (fixSummary != null) {
            given.touchpoint(675, Channel.VISIT, Direction.OUTBOUND, fixSummary, null, Mood.HAPPY);
        }
        given.touchpoint(600, Channel.EMAIL, Direction.OUTBOUND, "Birthday email to Maggie with a 10% voucher.", "Thanked us.", Mood.HAPPY);
        given.opportunities.add(new app.rapport.domain.Opportunity(UUID.randomUUID(), BriefEngineTest.CLIENT,
                app.rapport.domain.OpportunityKind.COMPLAINT, complaint, null, null, null, "Cordless vacuum stopped working within a month",
                BriefEngineTest.TODAY.minusDays(680), BriefEngineTest.TODAY.minusDays(675)));
        return given;
    }

    @Test
    void aWarrantyCallOnAThingWePutRightSaysWeRemember() {
        String line = fixLine(vacuumEndingSoon(app.rapport.domain.OpportunityStatus.WON,
                "Swapped the cordless vacuum for a new one at the counter; Maggie happy.").brief());
        assertThat(line).isNotNull().startsWith("About the cordless stick vacuum: it is the one we put right for them "
                + "(\u201cSwapped the cordless vacuum for a new one at the counter\u201d, ");
    }

    @Test
    void aComplaintLostIsNoFixToRemember() {
        assertThat(fixLine(vacuumEndingSoon(app.rapport.domain.OpportunityStatus.LOST, null).brief())).isNull();
        assertThat(fixLine(vacuumEndingSoon(app.rapport.domain.OpportunityStatus.WON, null).brief()))
                .contains("\u201cCordless vacuum stopped working within a month, put right\u201d");
    }
}
