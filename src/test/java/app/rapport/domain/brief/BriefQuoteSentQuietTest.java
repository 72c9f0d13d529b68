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
 * Something gone quiet whose last word is a quote of ours: the call names the quote and asks whether it reached them, rather
 * than "you were thinking over the descale" as if nothing had been sent (Frank Hernández, Kingsley Holiday Cottages, read 50).
 */
class BriefQuoteSentQuietTest {
    private static final Product COFFEE = new Product(UUID.randomUUID(), "Aurelio bean-to-cup coffee machine", "Coffee", Complexity.COMPLEX,
            new BigDecimal("649"));

    private static Given quoteAskedFor() {
        return new Given().bought(COFFEE, 400, "623")
                .touchpoint(400, Channel.VISIT, Direction.INBOUND, "Sold the coffee machine; showed Maggie the main settings at the counter.", "Paid in full.",
                        Mood.HAPPY)
                .touchpoint(82, Channel.VISIT, Direction.OUTBOUND, "Gareth showed Maggie the descale and service during a visit; Maggie asked for a written quote.",
                        "Wants a quote.", Mood.NEUTRAL);
    }

    @Test
    void aQuoteWeSentThatWentQuietIsNamedAndAskedAfter() {
        Given given = quoteAskedFor()
                .touchpoint(66, Channel.EMAIL, Direction.OUTBOUND, "Sent Maggie a written quote for the descale and service.", null, null)
                .promised(65, "Send Maggie a written quote for the descale and service", 66);
        Brief brief = given.brief();
        String spoken = BriefEngineTest.spokenText(brief);
        assertThat(brief.conversation().owner().rule()).as(spoken).isEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().opener().text()).as(spoken).contains("We sent you the written quote for it on").contains("did it reach you");
        assertThat(brief.conversation().talkingPoints().get(0).text()).as(spoken).contains("we sent the written quote then")
                .contains("whether it reached them");
        assertThat(BriefCritic.check(given.input(), brief)).isEmpty();
    }

    @Test
    void aQuoteNeverSentIsStillOwnedWithASorry() {
        Brief brief = quoteAskedFor().brief();
        assertThat(BriefEngineTest.spokenText(brief)).doesNotContain("did it reach you").contains("sorry");
    }
}
