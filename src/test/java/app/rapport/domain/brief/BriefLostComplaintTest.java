package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Complexity;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.Product;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint closed as lost was never put right: no line asks whether all has been well "since we
 * put it right", even when the touchpoint of the complaint said a fix was booked. One closed as won
 * still is. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefLostComplaintTest {
    private static final Product COLOUR = new Product(UUID.randomUUID(), "Full head colour", "Colour", Complexity.COMPLEX,
            new BigDecimal("120"));

    private static String allSaid(Brief brief) {
        Brief.Conversation c = brief.conversation();
        return c.owner().because() + " " + c.goal().text() + " " + c.opener().text() + " "
                + String.join(" ", c.talkingPoints().stream().map(BriefLine::text).toList());
    }

    private static Given brassyColour(OpportunityStatus closedAs) {
        return new Given().bought(COLOUR, 300, "120")
                .touchpoint(286, Channel.CALL, Direction.INBOUND, "Andrzej unhappy: the full head colour turned brassy within two weeks.",
                        "Apologised; fix booked.", Mood.FRUSTRATED)
                .opportunity(OpportunityKind.COMPLAINT, closedAs, COLOUR.id(), "The full head colour went brassy; wants it put right", 286)
                .touchpoint(150, Channel.CALL, Direction.OUTBOUND, "Called Andrzej after a few quiet weeks to make sure everything was alright.",
                        "All good.", Mood.HAPPY);
    }

    @Test
    void aComplaintClosedAsLostIsNoFixToAskAfter() {
        Brief brief = brassyColour(OpportunityStatus.LOST).brief();
        assertThat(allSaid(brief)).doesNotContain("since we put it right").doesNotContain("we fixed");
        assertThat(brief.conversation().talkingPoints()).noneMatch(line -> line.rule().equals("mature.fix-held"));
    }

    @Test
    void aComplaintClosedAsWonIsAFixToAskAfter() {
        Brief brief = brassyColour(OpportunityStatus.WON).brief();
        assertThat(brief.conversation().talkingPoints()).anyMatch(line -> line.rule().equals("mature.fix-held"));
    }
}
