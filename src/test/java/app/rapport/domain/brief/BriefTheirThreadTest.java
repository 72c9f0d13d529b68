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
 * Their own thread over ours or a stock frame (issue 15). A visit they said they would make, or the next
 * one booked, that the record does not show is said, kindly: "will come in on Thursday to see the
 * microwave" seven weeks ago with no visit since is a question for the call (reads 28–29: Nikolai, Giulia);
 * kept promises, visits not yet due and refusals say nothing. And a prospect's newer thread of their own
 * (the balayage, asked six times, a patch test booked) leads over something older that went quiet (the
 * cut and blow-dry of August). Read on Sunday 15 March 2026.
 */
class BriefTheirThreadTest {
    private static final Product KETTLE = new Product(UUID.randomUUID(), "Kettle and toaster set", "Small appliances",
            Complexity.SIMPLE, new BigDecimal("91.50"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut and blow-dry", "Hair", Complexity.SIMPLE, new BigDecimal("55"));

    private static List<String> visitLines(Brief brief) {
        return brief.conversation().talkingPoints().stream().filter(line -> "thread.visit-unsaid".equals(line.rule()) || "thread.booking-unsaid".equals(line.rule()))
                .map(BriefLine::text).toList();
    }

    private static Given kettleLastYear() {
        return new Given().bought(KETTLE, 300, "91.50")
                .touchpoint(295, Channel.CALL, Direction.OUTBOUND, "Called Sam to check the kettle and toaster arrived safely.", "All fine.", Mood.HAPPY);
    }

    @Test
    void aVisitTheySaidTheyWouldMakeToSeeSomethingAndNoVisitSinceIsAskedAfterKindly() {
        Brief brief = kettleLastYear()
                .touchpoint(50, Channel.CALL, Direction.INBOUND, "Sam wanted to see the combination microwave working before buying.",
                        "Will come in on Thursday to see it.", Mood.HAPPY)
                .brief();
        List<String> lines = visitLines(brief);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("said they would come in on Thursday to see the combination microwave")
                .contains("no visit of theirs is logged since").contains("ask kindly");
    }

    @Test
    void aVisitSinceABookingSinceOrAPurchaseSinceKeptThePromise() {
        Brief visited = kettleLastYear()
                .touchpoint(50, Channel.CALL, Direction.INBOUND, "Sam wanted to see the combination microwave working before buying.",
                        "Will come in on Thursday to see it.", Mood.HAPPY)
                .touchpoint(46, Channel.VISIT, Direction.INBOUND, "Sam watched the microwave demo at the counter.", "Thinking about it.", Mood.HAPPY)
                .brief();
        assertThat(visitLines(visited)).isEmpty();
        Brief bought = kettleLastYear()
                .touchpoint(50, Channel.CALL, Direction.INBOUND, "Sam wanted to see the combination microwave working before buying.",
                        "Will come in on Thursday to see it.", Mood.HAPPY)
                .bought(KETTLE, 40, "91.50")
                .brief();
        assertThat(visitLines(bought)).isEmpty();
    }

    @Test
    void aVisitNotYetDueOrOneTheySaidTheyCouldNotMakeSaysNothing() {
        Brief soon = kettleLastYear()
                .touchpoint(3, Channel.CALL, Direction.INBOUND, "Sam wanted to see the combination microwave working before buying.",
                        "Will come in on Thursday to see it.", Mood.HAPPY)
                .brief();
        assertThat(visitLines(soon)).isEmpty();
        assertThat(TextSignals.visitPromised("Sam cannot come in on Thursday to see it after all.")).isNull();
        assertThat(TextSignals.visitPromised("Will come in soon.")).isNull(); // no day and no reason: a pleasantry, not a visit to look for
    }

    @Test
    void theNextVisitBookedAtTheEndOfOneIsLookedForOnceItsIntervalHasGoneBy() {
        Given cutWithNextBooked = new Given().bought(CUT, 70, "55")
                .touchpoint(70, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Priya; Giulia loved the shape.",
                        "Next visit booked in six weeks.", Mood.HAPPY);
        List<String> lines = visitLines(cutWithNextBooked.brief());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("booked their next visit, six weeks on, when they were last in").contains("ask kindly");
        Brief recent = new Given().bought(CUT, 20, "55")
                .touchpoint(20, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Priya; Giulia loved the shape.",
                        "Next visit booked in six weeks.", Mood.HAPPY)
                .brief();
        assertThat(visitLines(recent)).isEmpty();
    }

    @Test
    void aPromiseToBringSomeoneToSeeItIsAVisitToo() {
        TextSignals.VisitPromise promise = TextSignals.visitPromised("Nadia showed Renée the dryer; Renée asked for a written quote. Will bring her partner to see it.");
        assertThat(promise).isNotNull();
        assertThat(promise.said()).isEqualTo("said they would bring their partner to see it");
        assertThat(promise.dayNamed()).isFalse();
    }

    @Test
    void whenTheVisitWasPromisedInTheVeryContactThatWentQuietItsOpenerAsksAfterItAndNoSecondLineSaysIt() {
        Brief brief = kettleLastYear()
                .touchpoint(75, Channel.CALL, Direction.INBOUND, "Phone enquiry from Sam: is the robot vacuum in stock?",
                        "Will come in on Monday to see it.", Mood.HAPPY)
                .brief();
        Brief.Conversation call = brief.conversation();
        assertThat(call.owner().rule()).isEqualTo("situation.offer-gone-quiet");
        assertThat(call.opener().text()).contains("You said you would come in on Monday to see it, and I don't think we caught you then.");
        assertThat(visitLines(brief)).isEmpty();
    }

    private static Given cutAndBlowDryGoneQuiet() {
        return new Given()
                .touchpoint(120, Channel.VISIT, Direction.INBOUND, "Andrzej asked about the cut and blow-dry after seeing another client's result.",
                        "Will decide after payday.", Mood.NEUTRAL);
    }

    @Test
    void aProspectsNewerThreadOfTheirOwnLeadsOverSomethingOlderGoneQuietWhichStaysALineUnderIt() {
        Brief brief = cutAndBlowDryGoneQuiet()
                .touchpoint(60, Channel.MESSAGE, Direction.INBOUND, "Instagram message: Andrzej saw our before-and-after post and asked about the balayage.",
                        "Will call back after checking with Maya.", Mood.NEUTRAL)
                .touchpoint(35, Channel.MESSAGE, Direction.INBOUND, "Andrzej wondered whether the balayage would work on hair that was box-dyed last year.",
                        null, Mood.HAPPY)
                .touchpoint(13, Channel.CALL, Direction.INBOUND, "Andrzej asked whether Maya could do the balayage, having seen their work on a friend.",
                        "Booked a patch test.", Mood.EXCITED)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("prospect.history");
        assertThat(brief.conversation().opener().text()).contains("balayage").doesNotContain("cut and blow-dry");
        assertThat(brief.openItems()).anySatisfy(line -> assertThat(line.text()).contains("Gone quiet").contains("cut and blow-dry"));
        // Outrun, not forgotten: what went quiet is still a line under their newer thread
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> {
            assertThat(line.rule()).isEqualTo("thread.quiet-outrun");
            assertThat(line.text()).contains("asked us about the cut and blow-dry").contains("without chasing");
        });
    }

    @Test
    void whatWentQuietStillLeadsWhenTheirOtherThreadIsOlderOrTheSameThing() {
        Brief older = new Given()
                .touchpoint(200, Channel.MESSAGE, Direction.INBOUND, "Andrzej asked about the balayage.", "Will call back after checking with Maya.", Mood.NEUTRAL)
                .touchpoint(180, Channel.CALL, Direction.INBOUND, "Andrzej asked whether Maya could do the balayage.", "Booked a patch test.", Mood.HAPPY)
                .touchpoint(120, Channel.VISIT, Direction.INBOUND, "Andrzej asked about the cut and blow-dry after seeing another client's result.",
                        "Will decide after payday.", Mood.NEUTRAL)
                .brief();
        assertThat(older.conversation().owner().rule()).isEqualTo("situation.offer-gone-quiet");
    }

    @Test
    void aConsultationOrPatchTestTheyBookedIsAVisitToLookFor() {
        Brief brief = new Given().bought(CUT, 200, "55")
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Cut and blow-dry with Priya.", "Loved it.", Mood.HAPPY)
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Femke asked how often the bond-repair treatment needs refreshing and what the aftercare involves.",
                        "Booked a consultation.", Mood.HAPPY)
                .brief();
        List<String> lines = visitLines(brief);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("booked a consultation for the bond-repair treatment").contains("ask kindly");
        assertThat(TextSignals.visitPromised("Demo booked for the dispatch licence.")).isNull(); // a demo is ours to give, often at their site
    }
}
