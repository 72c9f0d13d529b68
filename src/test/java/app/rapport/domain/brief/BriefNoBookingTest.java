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

import static app.rapport.domain.brief.BriefOurPromiseTest.wholeCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thing they asked about that takes no time with us (a warranty, a plan, a licence, a product to order) is no booking: the
 * call brings the details and the price, and offers no time or dates; a service does. A quote of ours for it sent in the weeks
 * before, with no reply, is asked after ("did it reach you?"), not offered as new. Read 49: Sebastián Dubois's extended warranty.
 * Read on Sunday 15 March 2026.
 */
class BriefNoBookingTest {
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento robot vacuum", "Floorcare", Complexity.SIMPLE, new BigDecimal("499"));

    @Test
    void aQuoteForAnExtendedWarrantyOffersNoTimeAndNoDates() {
        Brief brief = new Given().bought(VACUUM, 60)
                .touchpoint(6, Channel.VISIT, Direction.OUTBOUND,
                        "Dev showed Maggie the extended warranty during a visit; Maggie asked for a written quote.", "Thinking about it.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(wholeCall(brief)).contains("extended warranty").contains("price")
                .doesNotContain("offer them a time").doesNotContain("two or three dates").doesNotContain("a time that suits");
    }

    @Test
    void aQuoteForAServiceStillOffersATime() {
        Brief brief = new Given().bought(VACUUM, 60)
                .touchpoint(6, Channel.VISIT, Direction.OUTBOUND,
                        "Dev showed Maggie the annual descale and service during a visit; Maggie asked for a written quote.", "Thinking about it.",
                        Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(wholeCall(brief)).containsAnyOf("offer them a time", "two or three dates");
    }

    @Test
    void aDemoTheyAskedForStillOffersATimeWhateverItShows() {
        Brief brief = new Given().bought(VACUUM, 60)
                .touchpoint(6, Channel.MEETING, Direction.INBOUND, "Maggie asked for a demo of the analytics module.", "Thinking about it.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(wholeCall(brief)).containsAnyOf("offer them a time", "two or three dates");
    }

    @Test
    void aQuoteWeSentWeeksBeforeWithNoReplyIsAskedAfter() {
        Brief brief = new Given().bought(VACUUM, 60)
                .touchpoint(23, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a written quote for the extended warranty.", null, null)
                .touchpoint(6, Channel.VISIT, Direction.OUTBOUND,
                        "Dev showed Maggie the extended warranty during a visit; Maggie asked for a written quote.", "Thinking about it.", Mood.NEUTRAL)
                .brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("situation.interest");
        assertThat(wholeCall(brief)).contains("reached").contains("20 February")
                .doesNotContain("Send the price and two or three dates");
    }
}
