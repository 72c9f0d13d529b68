package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time a client named for coming back ("budget next quarter", "might be back for a dryer next year"), once it has come:
 * the thing they named is the reason to call, said with their words and the day they said them. Read on Sunday 15 March 2026
 * ({@link BriefEngineTest#NOW}).
 */
class BriefTimeComeTest {
    /** A content client: a kettle bought over a year ago and a friendly check a while back. */
    private static Given content() {
        return new Given().bought(BriefEngineTest.KETTLE, 420)
                .touchpoint(300, Channel.CALL, Direction.OUTBOUND, "Called Maggie: how is the kettle doing?", "All fine.", Mood.HAPPY);
    }

    @Test
    void theirBudgetQuarterThatHasComeIsTheReasonToCall() {
        // asked in December, "budget next quarter" in the outcome: January to March is now, two weeks from its end
        Brief brief = content()
                .touchpoint(85, Channel.CALL, Direction.INBOUND, "Maggie asked about lead times for GPS trackers for the whole fleet.",
                        "Qualified; budget next quarter.", Mood.NEUTRAL)
                .brief();
        String said = BriefEngineTest.spokenText(brief);
        assertThat(brief.conversation().opener().text())
                .contains("when you asked about lead times for GPS trackers for the whole fleet and said the budget would come next quarter")
                .contains("did the budget come through");
        assertThat(said).contains("That quarter (January to March) is now");
    }

    @Test
    void aBudgetQuarterComeAndGoneIsStillAskedAfterWhileNothingSpeaksOfIt() {
        // said last August: October to December is over, and a notice since that names only them says nothing of it
        Brief brief = content()
                .touchpoint(200, Channel.EMAIL, Direction.INBOUND, "Maggie asked about lead times for barcode scanners for the whole fleet.",
                        "Qualified; budget next quarter.", Mood.HAPPY)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Let Maggie know that Sophie is her new account manager.", "Asked a question.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief))
                .contains("That quarter (October to December) is over")
                .contains("ask whether the budget came through");
    }

    @Test
    void aYearTheyNamedOverAYearAgoIsSaidWhileItRuns() {
        // "might be back for a dryer next year", said in January 2025: 2026 is this year, and it is said gently
        Brief brief = content()
                .touchpoint(430, Channel.MESSAGE, Direction.OUTBOUND, "Sent Maggie a short how's-it-going message about the kettle",
                        "Might be back for a dryer next year.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief))
                .contains("\u201cMight be back for a dryer next year\u201d")
                .contains("That is this year")
                .contains("whether a dryer is still on their mind");
    }
}
