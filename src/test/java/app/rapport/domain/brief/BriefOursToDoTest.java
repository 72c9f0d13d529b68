package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When what they last asked is something for us to do (send references, send a price, offer a time), the
 * silence after it is ours (issue 15, reads 36-39: Greystone's references read as "quiet, their side",
 * Kestrel's Dispatch price as "thinking it over", Ethan's asks as "without chasing"): the call answers it
 * and owns the wait. An ask answered since (the thing sent, in its own outcome or a contact of ours) is not
 * open, and an offer of ours they were weighing up is still theirs to weigh. Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}).
 */
class BriefOursToDoTest {
    private static final Product APP = new Product(UUID.randomUUID(), "FieldLine mobile app add-on (annual)", "Software licences",
            Complexity.COMPLEX, new BigDecimal("1100"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts", Complexity.SIMPLE, new BigDecimal("55"));

    private static String wholeCall(Brief brief) {
        Brief.Conversation call = brief.conversation();
        List<String> lines = new ArrayList<>();
        lines.add(call.owner().text());
        lines.add(call.goal().text());
        lines.add(call.opener().text());
        call.talkingPoints().forEach(line -> lines.add(line.text()));
        call.avoid().forEach(line -> lines.add(line.text()));
        lines.add(call.nextStep().text());
        return String.join("\n", lines);
    }

    /** A client of a year and a half whose last word, eight months ago, asked us for references; since then only our unanswered notes. */
    private static Given referencesAskedThenOnlyOurNotes() {
        return new Given().bought(APP, 540, "1100")
                .touchpoint(540, Channel.MEETING, Direction.INBOUND, "Signed the mobile app add-on contract; kick-off set for Monday.", null, Mood.HAPPY)
                .touchpoint(240, Channel.EMAIL, Direction.INBOUND,
                        "Yuki wanted references from a company of a similar size before looking at the Fleet Tracking licence.",
                        "Qualified; budget next quarter.", Mood.HAPPY)
                .touchpoint(150, Channel.EMAIL, Direction.OUTBOUND, "Sent Yuki our newsletter: customer stories and the next user day.", "No reply yet.", null)
                .touchpoint(90, Channel.EMAIL, Direction.OUTBOUND, "Let Yuki know that Claire is their new account manager.", "No reply yet.", null);
    }

    @Test
    void referencesTheyAskedForAndNeverGotLeadAndTheWaitIsOurs() {
        Given given = referencesAskedThenOnlyOurNotes();
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.theirs-open");
        assertThat(brief.conversation().opener().text()).contains("references from a company of a similar size").contains("sorry");
        assertThat(wholeCall(brief)).doesNotContain("no news and no offers").doesNotContain("just wanted to say hello");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void referencesSentSinceAreNoAskStillOpen() {
        Brief brief = referencesAskedThenOnlyOurNotes()
                .touchpoint(230, Channel.EMAIL, Direction.OUTBOUND, "Emailed Yuki two references from removal firms of their size.", "No reply yet.", null)
                .brief();
        assertThat(brief.conversation().owner().rule()).isNotEqualTo("situation.theirs-open");
        assertThat(wholeCall(brief)).doesNotContain("no answer of ours is logged");
    }

    @Test
    void referencesSentThereAndThenAreNoAskStillOpen() {
        Brief brief = new Given().bought(APP, 540, "1100")
                .touchpoint(240, Channel.CALL, Direction.INBOUND, "Yuki wanted references before looking at the Fleet Tracking licence.",
                        "Sent references.", Mood.HAPPY)
                .touchpoint(150, Channel.EMAIL, Direction.OUTBOUND, "Sent Yuki our newsletter: customer stories and the next user day.", "No reply yet.", null)
                .brief();
        assertThat(wholeCall(brief)).doesNotContain("asked for references");
    }

    @Test
    void aSessionAskedForAtTheEndOfOurLastNoteIsOursToArrangeAndAMeetingSinceAnswersIt() {
        Given asked = new Given().bought(APP, 600, "1100")
                .touchpoint(600, Channel.MEETING, Direction.INBOUND, "Signed the mobile app add-on contract.", null, Mood.HAPPY)
                .touchpoint(250, Channel.EMAIL, Direction.OUTBOUND, "Sent Benjamin a usage report: the add-on cut empty miles by 11% last quarter.",
                        "Asked for a session.", Mood.NEUTRAL)
                .touchpoint(120, Channel.EMAIL, Direction.OUTBOUND, "Sent Benjamin our newsletter: customer stories and the next user day.", "No reply yet.", null);
        Brief brief = asked.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.theirs-open");
        assertThat(wholeCall(brief)).contains("for a session").contains("offer them a time").doesNotContain("how have things been");

        Brief met = asked.touchpoint(200, Channel.MEETING, Direction.OUTBOUND, "Training session with Benjamin's dispatchers.", "Went well.", Mood.HAPPY)
                .brief();
        assertThat(wholeCall(met)).doesNotContain("asked for a session");
    }

    @Test
    void aPriceAskedForAndAnsweredWithReferencesIsStillOwed() {
        Brief brief = new Given()
                .touchpoint(100, Channel.EMAIL, Direction.INBOUND, "Inbound enquiry from Kestrel: pricing for the Dispatch licence with 30 users.",
                        "Sent references.", Mood.NEUTRAL)
                .brief();
        String call = wholeCall(brief);
        assertThat(call).contains("never sent").contains("the next move is ours").doesNotContain("without chasing");
    }

    @Test
    void aPriceSentThereAndThenLeavesTheThinkingTheirs() {
        Brief brief = new Given()
                .touchpoint(100, Channel.EMAIL, Direction.INBOUND, "Inbound enquiry from Kestrel: pricing for the Dispatch licence with 30 users.",
                        "Sent the pricing.", Mood.NEUTRAL)
                .brief();
        assertThat(wholeCall(brief)).doesNotContain("never sent").doesNotContain("the next move is ours");
    }

    @Test
    void somethingTheyAskedUsAboutIsSaidAsTheirAskAndTheStepWeBookedIsOursToOfferAgain() {
        Brief brief = new Given()
                .touchpoint(200, Channel.MESSAGE, Direction.INBOUND, "Ethan asked what the scalp treatment costs and how long it takes.", "Sent the price list.",
                        Mood.NEUTRAL)
                .touchpoint(85, Channel.MESSAGE, Direction.INBOUND, "Instagram message: Ethan saw our post and asked about the scalp treatment.",
                        "Booked a consultation.", Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        String call = wholeCall(brief);
        assertThat(call).contains("asked us about the scalp treatment").doesNotContain("thinking over").doesNotContain("without chasing")
                .contains("offer them a time");
    }

    @Test
    void anOfferOfOursTheyWereWeighingUpStaysTheirsToWeigh() {
        Brief brief = new Given().bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Next visit booked.", Mood.HAPPY)
                .touchpoint(80, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Maggie; interested, will think about it.", null, Mood.HAPPY)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(wholeCall(brief)).contains("were thinking over the gloss package").contains("without chasing")
                .doesNotContain("the next move is ours");
    }

    @Test
    void anOfferTheySaidYesToWithNothingSinceIsOursToSetUpNotTheirsToWeigh() {
        Given given = new Given().bought(CUT, 300, "55")
                .touchpoint(300, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Maya.", "Next visit booked.", Mood.HAPPY)
                .touchpoint(100, Channel.VISIT, Direction.INBOUND, "Maggie asked about the coffee machine after seeing it in the window.", "Thinking it over.", Mood.NEUTRAL)
                .touchpoint(80, Channel.VISIT, Direction.OUTBOUND, "Invited Maggie to test a new coffee machine at home for a week.", "Agreed to try it.", Mood.EXCITED);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().opener().text()).contains("you agreed to try the coffee machine").contains("sorry we never set the trial up");
        assertThat(wholeCall(brief)).doesNotContain("thinking over").doesNotContain("without chasing").contains("the next move is ours");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }
}
