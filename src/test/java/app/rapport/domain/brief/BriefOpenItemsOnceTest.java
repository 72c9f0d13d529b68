package app.rapport.domain.brief;

import app.rapport.domain.Channel;
import app.rapport.domain.Direction;
import app.rapport.domain.Mood;
import app.rapport.domain.OpportunityKind;
import app.rapport.domain.OpportunityStatus;
import app.rapport.domain.brief.BriefEngineTest.Given;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each contact once in the open items: a touchpoint read both as an ask and as an offer they weigh
 * up, or a request on record in the words of the ask that opened it, is one line. Read on Sunday 15
 * March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefOpenItemsOnceTest {
    private static long linesNaming(Brief brief, String words) {
        return brief.openItems().stream().filter(line -> line.text().contains(words)).count();
    }

    @Test
    void anOfferTheyWeighUpThatIsAlsoTheirAskIsOneOpenItem() {
        Brief brief = new Given()
                .touchpoint(25, Channel.VISIT, Direction.OUTBOUND, "Suggested the gloss package to Jennifer; interested, will think about it.",
                        "Wants a quote.", Mood.HAPPY)
                .brief();
        assertThat(linesNaming(brief, "Suggested the gloss package to Jennifer")).isEqualTo(1);
    }

    @Test
    void aRequestOnRecordInTheWordsOfItsAskIsOneOpenItem() {
        Brief brief = new Given()
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Asked for a Spanish-language driver app", 30)
                .touchpoint(30, Channel.CALL, Direction.INBOUND, "Asked for a Spanish-language driver app.", null, Mood.NEUTRAL)
                .brief();
        assertThat(linesNaming(brief, "Spanish-language driver app")).isEqualTo(1);
    }

    @Test
    void twoDifferentAsksStayTwoOpenItems() {
        Brief brief = new Given()
                .touchpoint(30, Channel.EMAIL, Direction.INBOUND, "Asked for a Spanish-language driver app.", null, Mood.NEUTRAL)
                .opportunity(OpportunityKind.REQUEST, OpportunityStatus.OPEN, null, "Asked for a French-language driver app", 20)
                .brief();
        assertThat(linesNaming(brief, "Spanish-language driver app")).isEqualTo(1);
        assertThat(linesNaming(brief, "French-language driver app")).isEqualTo(1);
    }
}
