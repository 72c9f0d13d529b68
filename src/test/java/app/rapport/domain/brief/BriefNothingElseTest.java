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
 * A content long-time client's call says "nothing else is going on" only when nothing is open: an
 * ask of theirs never answered is going on. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefNothingElseTest {
    private static final Product TRACKING = new Product(UUID.randomUUID(), "FieldLine Fleet Tracking licence (annual, 25 vehicles)",
            "Software licences", Complexity.COMPLEX, new BigDecimal("4460"));

    private static Given contentForNineMonths() {
        return new Given().bought(TRACKING, 270, "4460")
                .touchpoint(250, Channel.CALL, Direction.OUTBOUND, "Called Lars to see how the first weeks with the tracking went.",
                        "All good, drivers like it.", Mood.HAPPY);
    }

    @Test
    void nothingOpenIsSaidAsNothingElseGoingOn() {
        Brief brief = contentForNineMonths().brief();
        assertThat(brief.conversation().owner().rule()).isEqualTo("mature.book-knows");
        assertThat(brief.conversation().owner().because()).endsWith("and nothing else is going on");
    }

    @Test
    void anAskOfTheirsNeverAnsweredIsSomethingGoingOn() {
        Given given = contentForNineMonths()
                .touchpoint(100, Channel.CALL, Direction.OUTBOUND, "Called Lars for a quick health check on the account.",
                        "Wants a roadmap update.", Mood.NEUTRAL);
        Brief brief = given.brief();
        assertThat(brief.openItems()).isNotEmpty();
        assertThat(brief.conversation().owner().because()).doesNotContain("nothing else is going on");
    }
}
