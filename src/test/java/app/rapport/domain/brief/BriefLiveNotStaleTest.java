package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Opportunity;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static app.rapport.domain.brief.BriefEngineTest.CLIENT;
import static app.rapport.domain.brief.BriefEngineTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live thread, not a stale or a closed one: the brief leads with the newest thing still open, says the newest step
 * taken on it, and does not reopen a thread the record has closed. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefLiveNotStaleTest {
    private static final Product HOB = new Product(UUID.randomUUID(), "Castello 80 cm induction hob", "Cooking", Complexity.SIMPLE, new BigDecimal("899"));
    private static final Product WARRANTY = new Product(UUID.randomUUID(), "Extended warranty (3 years)", "Cover", Complexity.SIMPLE, new BigDecimal("129"));
    private static final Product APP = new Product(UUID.randomUUID(), "FieldLine mobile app add-on (annual)", "Software licences", Complexity.COMPLEX,
            new BigDecimal("1200"));
    private static final Product TABLET = new Product(UUID.randomUUID(), "Rugged tablet", "Hardware", Complexity.SIMPLE, new BigDecimal("689"));
    private static final Product TRAINING = new Product(UUID.randomUUID(), "On-site training day", "Services", Complexity.SIMPLE, new BigDecimal("950"));

    /** Marco Brennan (read 47): our own suggestion of cover ("Wants a quote"), and the opening for it closed lost the next day. */
    @Test
    void anOfferOfOursClosedLostSinceIsNoAnswerStillOwed() {
        Given given = new Given().bought(HOB, 400, "899")
                .touchpoint(400, Channel.VISIT, Direction.INBOUND, "Marco bought the induction hob; chose it for the quiet motor.", "Paid in full.", Mood.HAPPY)
                .touchpoint(70, Channel.VISIT, Direction.OUTBOUND, "Mentioned the extended warranty to Marco; would fit well with what they already have.",
                        "Wants a quote.", Mood.HAPPY);
        given.opportunities.add(new Opportunity(UUID.randomUUID(), CLIENT, OpportunityKind.UPSELL, OpportunityStatus.LOST, WARRANTY.id(), null, null,
                "Offer the extended warranty at the returning-customer rate", TODAY.minusDays(70), TODAY.minusDays(69)));
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.answer-owed-long");
        assertThat(BriefEngineTest.spokenWithWhyAndAvoid(brief)).doesNotContain("extended warranty").doesNotContain("sorry it has taken so long");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();

        // the opening still open: the quote is still owed, with a sorry
        Given open = new Given().bought(HOB, 400, "899")
                .touchpoint(400, Channel.VISIT, Direction.INBOUND, "Marco bought the induction hob; chose it for the quiet motor.", "Paid in full.", Mood.HAPPY)
                .touchpoint(70, Channel.VISIT, Direction.OUTBOUND, "Mentioned the extended warranty to Marco; would fit well with what they already have.",
                        "Wants a quote.", Mood.HAPPY);
        open.opportunities.add(new Opportunity(UUID.randomUUID(), CLIENT, OpportunityKind.UPSELL, OpportunityStatus.OPEN, WARRANTY.id(), null, null,
                "Offer the extended warranty at the returning-customer rate", TODAY.minusDays(70), null));
        assertThat(BriefEngineTest.spokenText(open.brief())).contains("extended warranty");
    }

    /** Deborah Nieminen (read 47): the price list sent again in July is the newest step, not the price sent in May. */
    @Test
    void thePriceSentAgainSinceIsTheStepSaid() {
        Given given = new Given()
                .touchpoint(200, Channel.MESSAGE, Direction.INBOUND, "Maggie asked what the root touch-up costs and how long the appointment takes.",
                        "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(150, Channel.CALL, Direction.INBOUND, "Maggie wondered whether the root touch-up would work on hair that was box-dyed last year.",
                        "Sent the price list.", Mood.NEUTRAL)
                .touchpoint(130, Channel.VISIT, Direction.INBOUND, "Maggie sent a photo of the look she is after and asked whether a root touch-up would get there.",
                        "No booking yet.", Mood.NEUTRAL)
                .touchpoint(120, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie the price list.", null, null)
                .promised(118, "Send Maggie the price list", 120);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("prospect.history");
        String said = BriefEngineTest.spokenText(brief);
        assertThat(said).containsPattern("we sent the price \\((?:November 15, 2025|15 November 2025)\\)").doesNotContainPattern("October 16|16 October");
    }

    /** Kenji Wang (read 47): a training day set for a Friday now passed, newer than the kick-off, is the set-up asked after. */
    @Test
    void theNewestSetUpStepPassedLeadsOverAnOlderKickOff() {
        // Thursday January 29: "kick-off meeting set for Monday" (February 2); Monday February 23: the training day "for Friday" (February 27)
        Given given = new Given().bought(APP, 45, "1200").bought(TABLET, 27, "2756").bought(TRAINING, 20, "950")
                .touchpoint(45, Channel.MEETING, Direction.INBOUND, "Kestrel Catering signed the mobile app add-on contract; kick-off meeting set for Monday.",
                        null, Mood.HAPPY)
                .touchpoint(27, Channel.VISIT, Direction.INBOUND, "Purchase order from Kenji for rugged tablets received. Absolutely thrilled.",
                        "Contract signed.", Mood.EXCITED)
                .touchpoint(20, Channel.MEETING, Direction.INBOUND, "Kenji ordered the training day; scheduled with our consultants for Friday.",
                        "Contract signed.", Mood.EXCITED);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.ours-under-way");
        assertThat(brief.conversation().opener().text()).containsPattern("the training day on Friday, (?:February 27|27 February) went ahead")
                .doesNotContain("kick-off");
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("the training day for the training day");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    /** Dmitri Chen and Jana Khan (read 46): a referral rewarded with a code at the time is thanked already. */
    @Test
    void aReferralRewardedWithACodeIsNotThankedAgain() {
        Given given = new Given().bought(HOB, 400, "899")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Maggie referred Declan, who booked a visit for next week.", "Discount code sent.", Mood.HAPPY)
                .touchpoint(20, Channel.CALL, Direction.OUTBOUND, "Chat about the induction hob.", null, Mood.HAPPY);
        Brief brief = given.brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("Thank them for sending").doesNotContain("recommending us");
        // not rewarded: the thanks is still owed
        Brief unthanked = new Given().bought(HOB, 400, "899")
                .touchpoint(60, Channel.VISIT, Direction.INBOUND, "Maggie referred Declan, who booked a visit for next week.", null, Mood.HAPPY)
                .touchpoint(20, Channel.CALL, Direction.OUTBOUND, "Chat about the induction hob.", null, Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(unthanked)).contains("Thank them for");
    }

    /** Renée Fontaine (read 46): "will recommend us at work" is a referral meant, not made: nobody to thank them for sending yet. */
    @Test
    void aReferralOnlyPromisedIsNotThankedAsMade() {
        Brief brief = new Given().bought(HOB, 400, "899").talked(20, Mood.NEUTRAL, "Chat about the induction hob")
                .opportunity(OpportunityKind.REFERRAL, OpportunityStatus.OPEN, null, "Will recommend us at work; says Christian is looking for a new kitchen", 40)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("Thank them for recommending us").doesNotContain("Thank them for sending");
    }

    /** Susan MacDonald (read 47): our offer asked about again since, with no answer: the brief knows it was asked already. */
    @Test
    void anOfferWeAskedAboutAgainIsNotAskedAsIfForTheFirstTime() {
        Given given = new Given().bought(HOB, 400, "899")
                .touchpoint(47, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Maggie; interested, will think about it.",
                        "Will decide after payday.", Mood.NEUTRAL)
                .touchpoint(41, Channel.CALL, Direction.OUTBOUND, "Called Maggie to ask about the gloss package again.", null, null);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-pending");
        assertThat(BriefEngineTest.spokenText(brief)).containsPattern("asked about it again \\((?:February 2|2 February)\\)");
        assertThat(brief.conversation().opener().text()).containsPattern("I asked on (?:February 2|2 February) too").doesNotContain("Have any questions come up since?");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }
}
