package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import static app.rapport.domain.brief.BriefAheadAndAsideTest.LICENCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filler out, and nothing said twice (issue 15; reads 50 and 51): one thing owed is one line, a line that tells the caller to
 * leave something alone is no talking point, and a thank-you whose moment has passed is not said.
 */
class BriefSaidOnceMoreTest {

    private static Given fieldClient() {
        return new Given().bought(LICENCE, 500, "3600").bought(LICENCE, 400, "3600")
                .touchpoint(300, Channel.EMAIL, Direction.INBOUND, "Renewed the Dispatch licence for another year", "Invoice sent.", Mood.HAPPY);
    }

    private static long linesNaming(Brief brief, String thing) {
        return brief.conversation().talkingPoints().stream().filter(line -> line.text().contains(thing)).count();
    }

    @Test
    void aQuoteTheyAskedForAndNeverGotIsOneLineNotTwo() {
        // "asked for a quote for the dash cams … Proposal requested": the quote owed and the proposal asked for are one ask, told once
        // (Ciarán Fontaine, read 50: the same March 17 words quoted in points 3 and 4)
        Brief brief = fieldClient()
                .touchpoint(200, Channel.MEETING, Direction.INBOUND, "Ciarán asked for a quote for the dash cams after seeing it at a user day", "Proposal requested.", Mood.HAPPY)
                .touchpoint(60, Channel.EMAIL, Direction.OUTBOUND, "Sent Ciarán tips for fitting the GPS trackers in the new vans", "Seemed pleased.", Mood.HAPPY)
                .touchpoint(40, Channel.CALL, Direction.INBOUND, "Asked for a pilot of the Dispatch licence at the second depot", "Passed on to the team.", Mood.NEUTRAL)
                .brief();
        assertThat(BriefEngineTest.spokenText(brief)).contains("dash cams");
        assertThat(linesNaming(brief, "dash cams")).isEqualTo(1);
    }

    @Test
    void aReviewTalkedOverThreeTimesSinceIsNotThankedMonthsLater() {
        // the review of late August, and three talks since that never thanked for it: a thank-you in December comes too late
        // (Olivia Kovač, read 51: "Thank them for the review they left us (August 27)", after five contacts)
        Given talkedOver = new Given().bought(BriefWeightTest.DISHWASHER, 330, "479")
                .touchpoint(100, Channel.VISIT, Direction.INBOUND, "Maggie came in to say the dishwasher is brilliant", "Left a five-star review.", Mood.EXCITED)
                .touchpoint(60, Channel.CALL, Direction.INBOUND, "Maggie asked about the energy rating of the washing machine", "Gave the brochure.", Mood.HAPPY)
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Maggie asked whether we stock dishwasher salt", "Put some by.", Mood.HAPPY)
                .touchpoint(14, Channel.VISIT, Direction.INBOUND, "Maggie collected the dishwasher salt", "Paid.", Mood.HAPPY);
        Brief brief = talkedOver.brief();
        assertThat(brief.conversation().talkingPoints()).noneMatch(line -> line.text().contains("Thank them for the review"));
        // a review of three weeks ago, with one talk since, is still thanked
        Brief fresh = new Given().bought(BriefWeightTest.DISHWASHER, 330, "479")
                .touchpoint(21, Channel.VISIT, Direction.INBOUND, "Maggie came in to say the dishwasher is brilliant", "Left a five-star review.", Mood.EXCITED)
                .touchpoint(10, Channel.CALL, Direction.INBOUND, "Maggie asked about the energy rating of the washing machine", "Gave the brochure.", Mood.HAPPY)
                .brief();
        assertThat(BriefEngineTest.spokenText(fresh)).contains("review");
    }
}
