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
 * Renewals, warranty ends, set-ups, demos and asks a few days old, said as a thoughtful owner would
 * on the phone: what they have and what it costs, cover rather than a "renewal" of a warranty, the
 * thing a demo or a set-up is for, and nothing for anyone under an ask that is the whole call.
 * Read on Sunday 15 March 2026 ({@link BriefEngineTest#NOW}).
 */
class BriefRenewalAndSetUpTest {
    private static final Product DRYER = new Product(UUID.randomUUID(), "Nordvik 9 kg heat-pump dryer", "Laundry", Complexity.SIMPLE,
            new BigDecimal("729"));
    private static final Product CUT = new Product(UUID.randomUUID(), "Cut & blow-dry", "Cuts & styling", Complexity.SIMPLE,
            new BigDecimal("55"));

    private static List<String> points(Brief brief) {
        return brief.conversation().talkingPoints().stream().map(BriefLine::text).toList();
    }

    // ---- an ask a few days old is the whole call ------------------------------------------------------

    @Test
    void anAskAFewDaysOldTakesNoLineOfTheFrameThatCouldBeSaidToAnyone() {
        List<String[]> asks = List.of(
                new String[] {"OUT", "Suggested the annual service plan to Tariq; interested, wants to think it over. Busy, kept it quick.", "Wants a quote."},
                new String[] {"IN", "Asked how often the keratin treatment needs refreshing and what the aftercare involves.",
                        "Will call back after checking with Maya."},
                new String[] {"IN", "Maggie rang to ask whether the dryer comes in white, and how soon.", "Will get back to her on Monday."});
        for (int daysAgo : new int[] {3, 7, 12}) {
            for (String[] ask : asks) {
                Given given = new Given().bought(DRYER, 200, "729").bought(CUT, 150, "55")
                        .talked(160, Mood.HAPPY, "Checked the dryer is level; all good")
                        .touchpoint(daysAgo, Channel.CALL, ask[0].equals("IN") ? Direction.INBOUND : Direction.OUTBOUND, ask[1], ask[2], Mood.NEUTRAL);
                Brief brief = given.brief();
                String as = daysAgo + " days: " + ask[1];
                assertThat(brief.conversation().owner().rule()).as(as).isIn("situation.asked-in-words", "situation.open-request");
                assertThat(points(brief)).as(as).isNotEmpty()
                        .noneMatch(text -> text.startsWith("Say who is handling it") || text.startsWith("Check it is still what they need"))
                        .noneMatch(text -> text.contains("bothered them lately") || text.contains("could do better"));
                assertThat(brief.dropped()).as(as).anyMatch(d -> d.reason().contains("they asked only days ago"));
                assertThat(BriefCritic.check(given.input(), brief)).as(as).isEmpty();
            }
        }
    }

    @Test
    void anAskThatHasWaitedWeeksStillSaysWhoIsHandlingIt() {
        Given given = new Given().bought(DRYER, 200, "729")
                .touchpoint(21, Channel.CALL, Direction.INBOUND, "Maggie rang to ask whether the dryer comes in white, and how soon.",
                        "Will get back to her on Monday.", Mood.NEUTRAL);
        Brief brief = given.brief();
        assertThat(brief.conversation().owner().rule()).isIn("situation.asked-in-words", "situation.open-request");
        assertThat(points(brief)).anyMatch(text -> text.startsWith("Say who is handling it"));
    }
}
