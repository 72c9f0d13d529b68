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
 * Something they were thinking over has gone quiet only if nobody spoke of it since: a question of
 * theirs about the same thing three weeks ago, or a visit to look at it and a quote we sent after,
 * make "nothing has been heard of it since" untrue. Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefQuietSinceTest {
    private static final Product RANGE = new Product(UUID.randomUUID(), "Aldo 90 cm range cooker", "Cooking", Complexity.COMPLEX,
            new BigDecimal("1299"));
    private static final Product DISHWASHER = new Product(UUID.randomUUID(), "Lumo 60 cm dishwasher", "Dishwashers", Complexity.COMPLEX,
            new BigDecimal("549"));

    private static String owner(Brief brief) {
        return brief.conversation().owner().rule();
    }

    private static String said(Brief brief) {
        return brief.conversation().owner().because() + " " + brief.conversation().opener().text() + " "
                + String.join(" ", brief.conversation().talkingPoints().stream().map(BriefLine::text).toList());
    }

    @Test
    void anInterestTheyAskedAboutAgainLatelyHasNotGoneQuiet() {
        for (String[] again : List.of(
                new String[] {"Katherine sent a photo of the look she is after and asked whether a bond-repair treatment would get there.",
                        "Sent the price list."},
                new String[] {"Asked how often the bond-repair treatment needs redoing.", "Answered by message."})) {
            Given given = new Given()
                    .touchpoint(110, Channel.MESSAGE, Direction.INBOUND,
                            "Instagram message: Katherine saw our before-and-after post and asked about the bond-repair treatment.",
                            "No booking yet.", Mood.HAPPY)
                    .touchpoint(20, Channel.MESSAGE, Direction.INBOUND, again[0], again[1], Mood.HAPPY);
            Brief brief = given.brief();
            assertThat(owner(brief)).as(again[0]).isNotEqualTo("situation.offer-gone-quiet");
            assertThat(said(brief)).as(again[0]).doesNotContain("nothing has been heard").doesNotContain("nothing since");
        }
    }

    @Test
    void anOfferTheyCameToLookAtAndWeQuotedForHasGoneQuietOnlySinceTheQuote() {
        Given given = new Given().bought(RANGE, 300, "1299")
                .touchpoint(140, Channel.VISIT, Direction.OUTBOUND, "Mentioned the dishwasher to Dev; would fit well with what they already have.",
                        "Will bring their partner to see it.", Mood.HAPPY)
                .touchpoint(120, Channel.VISIT, Direction.INBOUND, "Dev looked at the dishwasher on display for twenty minutes and asked lots of questions.",
                        "Will come in on Monday to see it.", Mood.NEUTRAL)
                .promised(105, "Send Dev the quote for the dishwasher", 103);
        given.products.put(DISHWASHER.id(), DISHWASHER);
        Brief brief = given.brief();
        assertThat(owner(brief)).isEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().owner().because()).startsWith("about three months ago").doesNotContain("four months").doesNotContain("five months");
        assertThat(said(brief)).contains("Send Dev the quote for the dishwasher");
        assertThat(brief.openItems()).map(BriefLine::text).filteredOn(text -> text.startsWith("Gone quiet"))
                .containsExactly("Gone quiet, 2 December 2025: Send Dev the quote for the dishwasher \u2014 done"); // the quote, 103 days ago
    }

    @Test
    void anOfferNobodySpokeOfSinceHasStillGoneQuiet() {
        Given given = new Given().bought(RANGE, 300, "1299")
                .touchpoint(140, Channel.VISIT, Direction.OUTBOUND, "Mentioned the dishwasher to Dev; would fit well with what they already have.",
                        "Will bring their partner to see it.", Mood.HAPPY)
                .touchpoint(30, Channel.CALL, Direction.OUTBOUND, "Called Dev: how is the range cooker doing?", "Happy with it.", Mood.HAPPY);
        given.products.put(DISHWASHER.id(), DISHWASHER);
        Brief brief = given.brief();
        assertThat(owner(brief)).isEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().owner().because()).contains("the dishwasher").contains("nothing has been heard of it since");
    }

    @Test
    void anOfferGoneQuietKeepsItsOwnDayWhenTheyHaveGoneQuietOnUsToo() {
        Given given = new Given().bought(RANGE, 400, "1299")
                .touchpoint(100, Channel.VISIT, Direction.OUTBOUND, "Mentioned the dishwasher to Finn; would fit well with what they already have.",
                        "Will bring their partner to see it.", Mood.HAPPY)
                .touchpoint(95, Channel.CALL, Direction.INBOUND, "Finn rang to check our opening hours over the holidays.", "Told them.", Mood.NEUTRAL)
                .touchpoint(40, Channel.EMAIL, Direction.OUTBOUND, "Email to Finn: the new warranty terms.", "No reply.", null);
        given.products.put(DISHWASHER.id(), DISHWASHER);
        Brief brief = given.brief();
        assertThat(owner(brief)).isEqualTo("situation.offer-gone-quiet");
        assertThat(brief.conversation().talkingPoints().get(0).text())
                .startsWith("They were thinking over the dishwasher (5 December 2025");
    }
}
