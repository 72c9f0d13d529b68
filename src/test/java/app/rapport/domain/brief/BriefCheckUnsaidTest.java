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
 * A problem they told us of, a check we booked for it months ago, and nothing on record since that
 * says it was done: the brief still asks whether it was seen to, as a line, whatever frame leads. A
 * check booked is one of our steps ({@link VisitUnsaid}), said by {@code thread.step-unsaid}.
 * Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefCheckUnsaidTest {
    private static final Product VACUUM = new Product(UUID.randomUUID(), "Vento cordless vacuum", "Floor care", Complexity.SIMPLE, new BigDecimal("366"));

    private static Given rattleMonthsAgo() {
        return new Given().bought(VACUUM, 700, "366")
                .touchpoint(300, Channel.MESSAGE, Direction.OUTBOUND, "Sent Inês a short message to ask how the cordless vacuum is doing.",
                        "Mentioned a small rattle; booked a check.", Mood.HAPPY);
    }

    @Test
    void aCheckBookedMonthsAgoThatNothingSaysWasDoneIsAskedAfter() {
        Brief brief = rattleMonthsAgo()
                .touchpoint(200, Channel.VISIT, Direction.INBOUND, "Inês stopped for a coffee at the demo counter and talked about her garden.",
                        "Will come in soon.", Mood.HAPPY)
                .promised(185, "Check in with Inês", 185)
                .brief();
        assertThat(brief.conversation().talkingPoints()).anySatisfy(line -> {
            // a line under another frame, or the frame itself when nothing else is going on (the stock check-in gives way to it)
            assertThat(line.rule()).isIn("thread.step-unsaid", "situation.step-owed-quiet");
            assertThat(line.text()).contains("booked a check").contains("small rattle").contains("cordless vacuum").contains("nothing on record since");
        });
    }

    @Test
    void aCheckDoneSinceOrAFollowUpAboutItEndsIt() {
        Brief checked = rattleMonthsAgo()
                .touchpoint(280, Channel.VISIT, Direction.OUTBOUND, "Engineer looked at the cordless vacuum: a loose brush head, tightened.", "Fixed.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(checked)).doesNotContain("booked a check");
        Brief followedUp = rattleMonthsAgo()
                .promised(290, "Send the engineer to check Inês's cordless vacuum", 288)
                .brief();
        assertThat(BriefEngineTest.spokenText(followedUp)).doesNotContain("booked a check");
    }

    @Test
    void aCheckBookedLatelyIsUnderWayAndOneOverAYearOldIsHistory() {
        Brief lately = new Given().bought(VACUUM, 700, "366")
                .touchpoint(10, Channel.MESSAGE, Direction.OUTBOUND, "Sent Inês a short message to ask how the cordless vacuum is doing.",
                        "Mentioned a small rattle; booked a check.", Mood.HAPPY)
                .brief();
        assertThat(lately.conversation().talkingPoints()).noneSatisfy(line -> assertThat(line.rule()).isEqualTo("thread.step-unsaid"));
        Brief old = new Given().bought(VACUUM, 700, "366")
                .touchpoint(400, Channel.MESSAGE, Direction.OUTBOUND, "Sent Inês a short message to ask how the cordless vacuum is doing.",
                        "Mentioned a small rattle; booked a check.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(old)).doesNotContain("rattle");
    }
}
