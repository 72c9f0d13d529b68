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
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The happy and quiet calls read like a person who knows them (read 20): a thank-you said once, and only where the
 * call is about it; the silence after a purchase counted from the thing the call names. Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}).
 */
class BriefWarmCallTest {
    private static final Product WASHER = new Product(UUID.randomUUID(), "Nordvik 8 kg washing machine", "Laundry",
            Complexity.COMPLEX, new BigDecimal("549"));
    private static final Product RANGE = new Product(UUID.randomUUID(), "Castello 100 cm range cooker", "Cooking",
            Complexity.COMPLEX, new BigDecimal("1899"));
    private static final Product COLOUR = new Product(UUID.randomUUID(), "Full head colour", "Colour", Complexity.SIMPLE,
            new BigDecimal("82"));
    private static final Product KETTLE_FOR_GIFT = new Product(UUID.randomUUID(), "Brio kettle & toaster set", "Small appliances",
            Complexity.SIMPLE, new BigDecimal("49"));

    private static String said(Brief brief) {
        Brief.Conversation c = brief.conversation();
        StringBuilder all = new StringBuilder(c.owner().text()).append('\n').append(c.goal().text()).append('\n').append(c.opener().text());
        c.talkingPoints().forEach(point -> all.append('\n').append(point.text()));
        return all.toString();
    }

    // ---- the silence after a purchase is counted from the thing the call names --------------------------------------

    @Test
    void aPlanSignedMonthsAfterTheMachineIsNoSilenceSinceTheMachine() {
        Given given = new Given().bought(WASHER, 230, "549")
                .touchpoint(230, Channel.VISIT, Direction.INBOUND, "Sold the washing machine to Mateo; delivery booked for Monday.",
                        "Deposit taken.", Mood.EXCITED)
                .touchpoint(224, Channel.CALL, Direction.OUTBOUND, "Called Mateo to check the washing machine is level and not vibrating.",
                        "Minor question answered.", Mood.HAPPY)
                .touchpoint(120, Channel.MESSAGE, Direction.OUTBOUND, "Told Mateo about the free filter replacement.", "Said thanks.",
                        Mood.HAPPY)
                .touchpoint(43, Channel.VISIT, Direction.INBOUND, "Mateo signed up for the annual service plan. Thanked us twice.",
                        "Added to the invoice.", Mood.HAPPY);
        given.purchases.add(new Purchase(UUID.randomUUID(), CLIENT, null, "Annual appliance service plan", TODAY.minusDays(43),
                new BigDecimal("89"), null, TODAY.plusDays(322)));
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.ghosted");
        assertThat(said(brief)).doesNotContain("haven't checked in since").doesNotContain("nobody has been in touch since");
    }

    @Test
    void aMachineNobodyAskedAfterIsStillASilenceOwned() {
        Given given = new Given().bought(WASHER, 60, "549")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Sold the washing machine to Mateo; delivery booked for Monday.",
                        "Deposit taken.", Mood.EXCITED);
        assertThat(given.brief().conversation().owner().rule()).isEqualTo("situation.ghosted");
    }

    // ---- a review or a mention thanked at the time is not thanked again ---------------------------------------------

    private static Given rangeCookerSevenMonthsOn() {
        return new Given().bought(RANGE, 210, "1899")
                .touchpoint(210, Channel.VISIT, Direction.INBOUND, "Sold the ex-display range cooker to Agnieszka with a small discount.",
                        "Financing approved.", Mood.HAPPY)
                .touchpoint(205, Channel.CALL, Direction.OUTBOUND, "Called Agnieszka two days after delivery: is the range cooker running?",
                        "All fine.", Mood.HAPPY)
                .touchpoint(60, Channel.VISIT, Direction.OUTBOUND, "Chatted with Agnieszka about the kitchen renovation.", "Thanked us.",
                        Mood.NEUTRAL);
    }

    @Test
    void aMentionWeThankedThemForAtTheTimeIsNotThankedAgain() {
        Brief brief = rangeCookerSevenMonthsOn()
                .touchpoint(200, Channel.EMAIL, Direction.INBOUND, "Agnieszka mentioned us on the local community page.", "Thanked them.",
                        Mood.HAPPY)
                .brief();
        assertThat(said(brief)).doesNotContainIgnoringCase("thank them for the review");
        assertThat(brief.dropped()).anyMatch(d -> d.reason().contains("thanked them for the review at the time"));
    }

    @Test
    void aReviewRewardedWithACodeIsNotThankedAgain() {
        Brief brief = rangeCookerSevenMonthsOn()
                .touchpoint(150, Channel.MESSAGE, Direction.INBOUND, "Posted a review and tagged us.", "Discount code sent.", Mood.HAPPY)
                .brief();
        assertThat(said(brief)).doesNotContainIgnoringCase("thank them for the review");
    }

    @Test
    void aReviewWeNeverThankedThemForIsThankedOnce() {
        Brief brief = rangeCookerSevenMonthsOn()
                .touchpoint(150, Channel.MESSAGE, Direction.INBOUND, "Posted a review and tagged us.", null, Mood.HAPPY)
                .brief();
        assertThat(said(brief)).containsIgnoringCase("thank them for the review");
    }

    // ---- a thank-you for their loyalty is the call, or it is not said -----------------------------------------------

    private static final Product HOB = new Product(UUID.randomUUID(), "Castello 80 cm induction hob", "Cooking", Complexity.COMPLEX,
            new BigDecimal("749"));

    private static Given happyForOverAYear() {
        return new Given().bought(COLOUR, 500, "82").bought(COLOUR, 300, "82").bought(COLOUR, 82, "82")
                .touchpoint(82, Channel.VISIT, Direction.INBOUND, "Regular visit: full head colour with Maya. Ana said it is the best it has looked in ages.",
                        "Paid in full.", Mood.EXCITED);
    }

    @Test
    void aLoyaltyThankYouDoesNotPadACallAboutSomethingElse() {
        Brief brief = new Given().bought(KETTLE_FOR_GIFT, 400, "49").bought(KETTLE_FOR_GIFT, 200, "49").bought(HOB, 30, "749")
                .touchpoint(30, Channel.VISIT, Direction.INBOUND, "Induction hob ordered for Ciaran; it comes from the warehouse, so about a week.",
                        "Financing approved.", Mood.HAPPY)
                .touchpoint(22, Channel.EMAIL, Direction.OUTBOUND,
                        "Checked in with Ciaran a few days after delivery; walked through cleaning the filter on the induction hob.",
                        "Sent the video guide again.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.ours-under-way");
        assertThat(brief.conversation().talkingPoints()).noneMatch(point -> point.text().contains("their custom means to us"));
        assertThat(brief.dropped()).anyMatch(d -> d.reason().startsWith("a thank-you for their loyalty pads a call about something else"));
    }

    @Test
    void aLoyaltyThankYouStaysWhereTheCallIsTheThanks() {
        Brief brief = happyForOverAYear().brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("mature.happy");
        assertThat(brief.conversation().talkingPoints()).anyMatch(point -> point.text().contains("their custom means to us"));
    }

    // ---- a birthday treat still waiting for them is said, once --------------------------------------------------------

    @Test
    void aBirthdayTreatWaitingForTheNextVisitIsSaidOnce() {
        Brief brief = happyForOverAYear()
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Birthday message to Ana with a small treat on the next visit.",
                        "Replied with a heart.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().talkingPoints()).extracting(BriefLine::text)
                .filteredOn(text -> text.startsWith("A birthday treat from us (") && text.endsWith("is still waiting for their next visit: mention it warmly, once."))
                .hasSize(1);
    }

    @Test
    void aBirthdayVoucherIsSaidAsAVoucher() {
        Brief brief = happyForOverAYear()
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Birthday email to Ana with a 10% voucher.", "Thanked us.", Mood.HAPPY)
                .brief();
        assertThat(said(brief)).contains("Their birthday voucher (").contains(") is still waiting for their next visit");
    }

    @Test
    void aTreatTheyHadTheChanceToUseIsNotSaid() {
        Given cameIn = happyForOverAYear()
                .touchpoint(40, Channel.MESSAGE, Direction.OUTBOUND, "Birthday message to Ana with a small treat on the next visit.",
                        "Replied with a heart.", Mood.HAPPY)
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Ana popped in for a fringe trim.", "Paid in full.", Mood.HAPPY);
        assertThat(said(cameIn.brief())).doesNotContain("birthday treat");
        Given longAgo = happyForOverAYear()
                .touchpoint(400, Channel.MESSAGE, Direction.OUTBOUND, "Birthday message to Ana with a small treat on the next visit.",
                        "Replied with a heart.", Mood.HAPPY);
        assertThat(said(longAgo.brief())).doesNotContain("birthday treat");
        Given aCardOnly = happyForOverAYear()
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Sent Ana a birthday card from the team.", "Thanked us.", Mood.HAPPY);
        assertThat(said(aCardOnly.brief())).doesNotContain("birthday");
    }

    // ---- the opener refers back to a conversation, not to our own note answered with thanks ---------------------------

    @Test
    void anOpenerDoesNotReferBackToOurOwnNoteAnsweredWithThanks() {
        Brief brief = happyForOverAYear()
                .touchpoint(10, Channel.EMAIL, Direction.OUTBOUND, "Email to Ana: Tash is on leave for two weeks; offered another stylist.",
                        "Acknowledged.", Mood.NEUTRAL)
                .touchpoint(5, Channel.EMAIL, Direction.OUTBOUND, "Sent Ana tips for keeping the colour fresh between visits.", "Said thanks.",
                        Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().opener().text()).doesNotContain("by email").contains("in person about three months ago");
    }

    @Test
    void anAnswerOfTheirsToOurNoteIsAConversation() {
        Brief brief = happyForOverAYear()
                .touchpoint(5, Channel.EMAIL, Direction.OUTBOUND, "Sent Ana tips for keeping the colour fresh between visits.",
                        "Asked a follow-up question.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().opener().text()).contains("by email");
    }

    // ---- no honeymoon cheer under a note that says the relationship is at risk ---------------------------------------

    @Test
    void aNewClientOurNoteSaysIsAtRiskHearsNoHoneymoonCheer() {
        Brief brief = new Given().bought(HOB, 40, "749")
                .touchpoint(40, Channel.VISIT, Direction.INBOUND, "Sold the induction hob to Zoe.", "Paid by card.", Mood.EXCITED)
                .touchpoint(30, Channel.CALL, Direction.OUTBOUND, "Called Zoe: the hob is in and working.", "All good.", Mood.HAPPY)
                .note("At risk: unhappy with support response times; weekly check-in until it settles.", true, 20)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("notes.at-risk");
        assertThat(said(brief)).doesNotContain("enjoy most").doesNotContain("Share one tip");
    }
}
