package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.CompetitorRelation;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static app.rapport.domain.brief.BriefEngineTest.Given;
import static app.rapport.domain.brief.BriefEngineTest.KETTLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief critic reads briefs as an owner would: on hand-written histories of every situation,
 * phase and mood it finds nothing, and on a brief that contradicts itself it names each problem.
 */
class BriefCriticTest {

    /** Every situation the playbook knows, as a change to a history: none at all first. */
    private static final List<UnaryOperator<Given>> SITUATIONS = List.of(
            given -> given,
            given -> given.complaint(true),
            given -> given.touchpoint(2, Channel.CALL, Direction.INBOUND, "Rang to say the kettle leaks", "Not fixed yet", Mood.FRUSTRATED),
            given -> given.promised(6, "Send the price list for descaler", null),
            given -> given.opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "A spare lid", 5),
            given -> given.opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Engraving", 200),
            given -> given.touchpoint(1, Channel.EMAIL, Direction.INBOUND, "Asked whether we deliver on Saturdays", null, Mood.NEUTRAL),
            given -> given.competitor(CompetitorRelation.CONSIDERING, "KettleKing", "Slow repairs").ours("We repair in-house"),
            given -> given.renewal(10),
            given -> given.touchpoint(20, Channel.EMAIL, Direction.OUTBOUND, "Sent the spring newsletter", null, Mood.HAPPY)
                    .touchpoint(15, Channel.MESSAGE, Direction.OUTBOUND, "Texted about the new opening hours", "No reply", null),
            given -> given.note("Hard of hearing; email rather than call.", true, 30).note("Do not call before 10am", false, 10),
            given -> given.bought(KETTLE, 1, "35"),
            given -> given.note("Speaks mostly Spanish at home; daughter handles the details.", false, 40).note("Not much chat.", true, 20)
                    .note("Never phone during school pick-up (3 to 4pm).", false, 15)
                    .note("At risk: unhappy with delivery times; weekly check-in until it settles.", false, 10),
            given -> given.touchpoint(6, Channel.EMAIL, Direction.OUTBOUND, "Asked them to rate the delivery", "Rated 2/5; the driver was rude.", Mood.NEUTRAL),
            given -> given.touchpoint(6, Channel.EMAIL, Direction.OUTBOUND, "Asked them to rate the fitting", "Rated 4/5; the fitters were late.", Mood.NEUTRAL),
            given -> given.touchpoint(2, Channel.CALL, Direction.OUTBOUND, "Called after the set-up; two sensors still not paired, agreed a plan", null, Mood.HAPPY));

    @Test
    void handWrittenHistoriesOfEverySituationPhaseAndMoodReadAsOneConversation() {
        List<String> problems = new ArrayList<>();
        int briefs = 0;
        for (int situation = 0; situation < SITUATIONS.size(); situation++) {
            for (Phase phase : Phase.values()) {
                for (Mood mood : Mood.values()) {
                    Given given = SITUATIONS.get(situation).apply(BriefEngineTest.forPhaseAndMood(phase, mood));
                    Brief brief = given.brief();
                    briefs++;
                    assertThat(brief.conversation().talkingPoints()).as("situation %d, %s, %s", situation, phase, mood).hasSizeBetween(1, 6);
                    for (BriefCritic.Incoherence found : BriefCritic.check(given.input(), brief)) {
                        problems.add("situation " + situation + ", " + phase + ", " + mood + ": " + found.kind() + ": " + found.detail());
                    }
                }
            }
        }
        assertThat(briefs).isEqualTo(SITUATIONS.size() * Phase.values().length * Mood.values().length);
        assertThat(problems).isEmpty();
    }

    @Test
    void aBriefThatContradictsItselfIsReportedClassByClass() {
        Given given = new Given().bought(KETTLE, 9).complaint(true)
                .note("Hard of hearing; email rather than call.", true, 20);
        Brief good = given.brief();
        Brief.Conversation c = good.conversation();
        Brief.Conversation bad = new Brief.Conversation(c.owner(), c.bySituation(), c.type(), c.typeRule(), c.tone(), c.goal(),
                new BriefLine("Hi Maggie, good to talk again. When we last spoke yesterday: how have things been since?", "opener.x"),
                OfferPolicy.NO_OFFER, c.offerPolicyRule(), Channel.CALL, c.channelWhy(),
                List.of(new BriefLine("Suggest one complementary product that fits the kettle.", "upsell.x"),
                        new BriefLine("Thank them sincerely for their loyalty.", "thanks.x"),
                        new BriefLine("Recall what we already fixed for them.", "filler.x"),
                        new BriefLine("Call them back on the phone tonight.", "call.x")),
                c.avoid(), new BriefLine("Send a thank-you note.", "other.rule"));
        Brief contradicting = new Brief(good.clientId(), good.clientName(), good.greetingName(), good.at(), good.headline(), Phase.MATURE,
                good.phaseWhy(), good.mood(), good.moodTrend(), good.ghosted(), good.silenceWeighs(), good.trust(), List.of(), good.shownFields(),
                good.priorTouchpoint(), bad, good.openItems(), good.lately(), good.competitors(), List.of(), List.of(), List.of());

        assertThat(BriefCritic.check(given.input(), good)).isEmpty();
        assertThat(BriefCritic.check(given.input(), contradicting)).extracting(BriefCritic.Incoherence::kind).contains(
                "sells-under-policy", "next-step-off-goal", "point-against-avoid", "new-client-called-mature", "misplaced-thanks",
                "recalls-a-fix-never-made", "opener-rings-false", "pinned-note-left-out", "calls-against-a-note");
        assertThat(BriefCritic.check(given.input(), contradicting)).allSatisfy(found -> {
            assertThat(found.clientId()).isEqualTo(good.clientId());
            assertThat(found.detail()).isNotBlank();
        });
    }

    @Test
    void aRivalsPriceAnsweredByAStrengthNotAboutPriceIsReported() {
        Given given = new Given().bought(KETTLE, 400).talked(30, Mood.HAPPY, "Chat");
        Brief good = given.brief();
        Brief.Conversation c = good.conversation();
        BriefLine paired = new BriefLine("If The Colour Lab comes up: their weak spot is \u201cExpensive for a simple cut\u201d, and our answer is \u201cSimple online booking\u201d.",
                "competitor.mentioned", "The Colour Lab's weakness \u201cExpensive for a simple cut\u201d; our strength \u201cSimple online booking\u201d", null);
        Brief.Conversation bad = new Brief.Conversation(c.owner(), c.bySituation(), c.type(), c.typeRule(), c.tone(), c.goal(), c.opener(),
                c.offerPolicy(), c.offerPolicyRule(), c.channel(), c.channelWhy(), List.of(paired), c.avoid(), c.nextStep());
        Brief contradicting = new Brief(good.clientId(), good.clientName(), good.greetingName(), good.at(), good.headline(), good.phase(),
                good.phaseWhy(), good.mood(), good.moodTrend(), good.ghosted(), good.silenceWeighs(), good.trust(), good.remember(), good.shownFields(),
                good.priorTouchpoint(), bad, good.openItems(), good.lately(), good.competitors(), List.of(), List.of(), List.of());

        assertThat(BriefCritic.check(given.input(), contradicting)).extracting(BriefCritic.Incoherence::kind).contains("price-answered-off-topic");
    }

    @Test
    void theCriticReadsTheAdviceNotTheClientsOwnWordsItQuotes() {
        // A promise about a referral code is a fact of the record, not the brief asking for a referral.
        Given given = new Given().bought(KETTLE, 400).talked(30, Mood.HAPPY, "Chat")
                .promised(8, "Send the referral discount code", null);
        assertThat(BriefCritic.check(given.input(), given.brief())).isEmpty();
    }
}
