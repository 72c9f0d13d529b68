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

import static app.rapport.domain.brief.BriefEngineTest.KETTLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Said once, and nothing stock: a point that asks the opener's question again gives way to it, even when it is the only
 * one; an opener does not "follow up" on our own note as if they had asked us something; the person they keep to is
 * offered where the call offers a time, from a note of ours as well as from their visits. Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}); the histories are hand-written from reads 27–29.
 */
class BriefSaidOnceOpenerTest {

    private static final Product MICROWAVE = new Product(UUID.randomUUID(), "Combination microwave", "kitchen", Complexity.SIMPLE,
            new BigDecimal("320"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut and blow-dry", "Hair", Complexity.SIMPLE, new BigDecimal("45"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    private static String opener(Brief brief) {
        return brief.conversation().opener().text();
    }

    private static BriefLine line(String text) {
        return new BriefLine(text, "test.rule");
    }

    // ---- the opener's question, asked again --------------------------------------------------------------------------

    @Test
    void theOnlyPointThatAsksTheOpenersQuestionAgainGivesWayAndTheBriefSaysLess() {
        BriefLine opener = line("Hi Francesca, it's been eight months since you renewed the analytics module: is it still doing what you need, and is anything missing?");
        List<Brief.Dropped> dropped = new ArrayList<>();

        List<BriefLine> kept = OpenerOnce.points(List.of(line("They bought the analytics module about eight months ago: ask whether it still does everything they need.")),
                opener, dropped);

        assertThat(kept).isEmpty();
        assertThat(dropped).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("the opener already asks it"));
    }

    @Test
    void howIsItGoingAskedInOtherWordsIsTheOpenerAgainWhileAPointThatAddsSomethingStays() {
        BriefLine opener = line("Hi Amara, you chose the combination microwave about two months ago and we haven't checked in since. That's on us: how is it going?");
        List<Brief.Dropped> dropped = new ArrayList<>();
        BriefLine again = line("Ask how the combination microwave has been so far, and listen.");
        BriefLine more = line("They got the combination microwave about two months ago (October 10): ask how it is settling in, and whether anything about it is still unclear.");
        BriefLine other = line("Offer help with anything that has not gone as expected.");

        assertThat(OpenerOnce.points(List.of(again, other, more), opener, dropped)).containsExactly(other, more);
        // A point about something else that happens to ask how it is going is no repeat of the opener.
        assertThat(OpenerOnce.asksAgain(line("They talked with us about the kitchen renovation (October 2): ask how it is going, once."), opener)).isFalse();
    }

    @Test
    void aClauseThatAsksTheOpenersQuestionAgainLeavesThePointAndWhatItAddsStays() {
        BriefLine opener = line("Hi Niamh, it's been six months since you renewed the dispatch licence: is it still doing what you need, and is anything missing?");
        List<BriefLine> kept = OpenerOnce.points(List.of(line("They renewed the dispatch licence about six months ago (June 15): ask how it is used, "
                + "by whom, and whether anything is missing.")), opener, new ArrayList<>());

        assertThat(kept).extracting(BriefLine::text)
                .containsExactly("They renewed the dispatch licence about six months ago (June 15): ask how it is used, by whom.");
    }

    @Test
    void aGhostedBuyerIsAskedHowItIsGoingOnceNotThreeTimes() {
        Brief brief = new Given().bought(MICROWAVE, 60, "320").brief();

        assertThat(opener(brief)).contains("how is it going");
        assertThat(points(brief)).noneMatch(point -> point.startsWith("Ask how the combination microwave has been so far"));
    }

    // ---- openers after our own note ----------------------------------------------------------------------------------

    @Test
    void ourThankYouAnsweredWithAHeartIsNoConversationToFollowUpOn() {
        Brief brief = new Given().bought(CUT, 5, "45")
                .touchpoint(5, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; Maggie loved it.", "Paid in full.", Mood.HAPPY)
                .touchpoint(1, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a before-and-after photo of the cut.", "Replied with a heart.", Mood.HAPPY)
                .brief();

        assertThat(opener(brief)).doesNotContain("following up").doesNotContain("anything else I can do")
                .contains("thank you for your kind reply yesterday");
    }

    @Test
    void ourNoteWithNoReplyAfterTheirVisitIsNotFollowedUpAsIfTheyAskedUsSomething() {
        Brief brief = new Given().bought(CUT, 2, "45")
                .touchpoint(2, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; Maggie said it is the best it has looked in ages.", "Paid in full.", Mood.EXCITED)
                .touchpoint(1, Channel.MESSAGE, Direction.OUTBOUND, "Thank-you note to Maggie after the visit.", "No reply.", null)
                .brief();

        assertThat(opener(brief)).doesNotContain("following up").doesNotContain("anything else I can do");
    }

    @Test
    void theirDoubtfulCallBeforeOurNoteIsStillFollowedUp() {
        Brief brief = new Given().bought(KETTLE, 20)
                .touchpoint(2, Channel.CALL, Direction.INBOUND, "Maggie asked whether the kettle can still be returned.", "Sent a comparison sheet.", Mood.DOUBTFUL)
                .touchpoint(1, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a care guide for the kettle.", "Opened it.", null)
                .brief();

        assertThat(opener(brief)).doesNotContain("I hope you're well").doesNotContain("kind reply");
    }

    @Test
    void theirOwnCallYesterdayIsStillFollowedStraightOn() {
        Brief brief = new Given().bought(KETTLE, 200)
                .touchpoint(1, Channel.CALL, Direction.INBOUND, "Maggie rang to ask how to descale the kettle; talked her through it.", "Sorted.", Mood.HAPPY)
                .brief();

        assertThat(opener(brief)).contains("just following up on your call yesterday");
    }

    // ---- the person they keep to -------------------------------------------------------------------------------------

    @Test
    void aNoteThatTheyAlwaysBookWithOneStylistNamesHerWhereTheCallOffersATime() {
        Brief brief = new Given().bought(CUT, 200, "45")
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry; happy with it.", "Paid in full.", Mood.HAPPY)
                .touchpoint(55, Channel.MESSAGE, Direction.OUTBOUND, "Quick \"how's it going?\" message to Maggie; all fine, busy month.",
                        "Wants to come in before the holidays.", Mood.EXCITED)
                .note("Always books with Ellie.", true, 90)
                .brief();

        assertThat(points(brief)).anyMatch(point -> point.startsWith("Ellie is who they come to (our note: \u201cAlways books with Ellie\u201d)")
                && point.contains("offer it with Ellie"));
        // Offering a time and offering it with Ellie are two things, both said.
        assertThat(points(brief)).anyMatch(point -> point.contains("before the holidays") && point.contains("offer a time"));
        assertThat(points(brief)).noneMatch(point -> point.contains("let it go kindly"));
    }

    @Test
    void aNoteThatTheyPreferOneFitterSaysSoAndANoteAboutDeliveriesNamesNobody() {
        Brief fitter = new Given().bought(KETTLE, 200).talked(30, Mood.HAPPY, "Checked in with Maggie; all fine.")
                .note("Prefers Gareth for any visit.", false, 100).brief();
        assertThat(points(fitter)).anyMatch(point -> point.startsWith("Gareth is who they prefer (our note: \u201cPrefers Gareth for any visit\u201d)"));

        for (String note : List.of("Prefers deliveries before noon.", "Prefers Email over calls.", "Always books on a Saturday.")) {
            Brief brief = new Given().bought(KETTLE, 200).talked(30, Mood.HAPPY, "Checked in with Maggie; all fine.").note(note, false, 100).brief();
            assertThat(points(brief)).as(note).noneMatch(point -> point.contains("is who they"));
        }
    }
}
